import type { CompetitionDoc, StageDoc } from '../core/definition/index.ts';
import { groupMembers, stageMembership } from '../core/engine/index.ts';
import { seasonOverview } from '../core/season/overview.ts';
import { engineOf, type SeasonSnapshot } from '../live/season-snapshot.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

export interface StageBrief {
  readonly id: string;
  readonly name: string;
  readonly format: StageDoc['format'];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly teams: readonly TeamRef[];
  }[];
  readonly rounds: readonly { readonly id: string; readonly name: string }[];
  readonly knownResults: number;
  readonly expectedMatches?: number;
  readonly unknown: readonly string[];
}

export interface CompetitionBrief {
  readonly id: string;
  readonly name: string;
  readonly kind: CompetitionDoc['kind'];
  readonly level?: number;
  readonly organiser?: string;
  readonly start?: string;
  readonly end?: string;
  readonly teams: readonly TeamRef[];
  readonly stages: readonly StageBrief[];
}

export interface SeasonView {
  readonly id: string;
  readonly name: string;
  readonly country?: string;
  readonly start?: string;
  readonly end?: string;
  readonly previous?: string;
  readonly next?: string;
  /** Changes whenever anything in the season changes. */
  readonly digest: string;
  readonly counts: {
    readonly clubs: number;
    readonly teams: number;
    readonly venues: number;
    readonly matches: number;
    readonly results: number;
  };
  readonly competitions: readonly CompetitionBrief[];
  /** The day the season is shown as of, when one was asked for. */
  readonly asOf?: string;
}

const groupName = (id: string, name?: string) => name ?? `Group ${id.toUpperCase()}`;

/** A competition's brief; as of a day, its counts are of the facts known then. */
export function competitionBrief(s: SeasonSnapshot, c: CompetitionDoc, asOf?: string): CompetitionBrief {
  const engine = engineOf(s, asOf);
  const overview = seasonOverview(engine.index, stageMembership(engine)).competitions.find(
    (o) => o.id === c.id,
  );
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    ...(c.level !== undefined ? { level: c.level } : {}),
    ...(c.organiser ? { organiser: c.organiser } : {}),
    ...(c.start ? { start: c.start } : {}),
    ...(c.end ? { end: c.end } : {}),
    teams: c.teams.map((t) => teamRef(s.index, t)),
    stages: c.stages.map((st) => {
      const o = overview?.stages.find((x) => x.id === st.id);
      return {
        id: st.id,
        name: st.name,
        format: st.format,
        groups:
          st.format === 'groups'
            ? st.groups.map((g) => ({
                id: g.id,
                name: groupName(g.id, g.name),
                // Listed, drawn or allocated (by department, by an earlier stage's qualifiers).
                teams: groupMembers(engine, c, st, g).map((t) => teamRef(s.index, t)),
              }))
            : [],
        rounds: st.format === 'knockout' ? st.rounds.map((r) => ({ id: r.id, name: r.name })) : [],
        knownResults: o?.knownResults ?? 0,
        ...(o?.expectedMatches !== undefined ? { expectedMatches: o.expectedMatches } : {}),
        unknown: o?.unknown ?? [],
      };
    }),
  };
}

/** The season's page data; as of a day, its counts are of the facts known then. */
export function seasonView(s: SeasonSnapshot, asOf?: string): SeasonView {
  const m = s.doc.season;
  const engine = engineOf(s, asOf);
  const o = seasonOverview(engine.index, stageMembership(engine));
  return {
    id: m.id,
    name: m.name,
    ...(m.country ? { country: m.country } : {}),
    ...(m.start ? { start: m.start } : {}),
    ...(m.end ? { end: m.end } : {}),
    ...(m.previous ? { previous: m.previous } : {}),
    ...(m.next ? { next: m.next } : {}),
    digest: s.digest,
    counts: {
      clubs: o.counts.clubs,
      teams: o.counts.teams,
      venues: o.counts.venues,
      matches: o.counts.matches,
      results: o.counts.results,
    },
    competitions: s.doc.competitions.map((c) => competitionBrief(s, c, asOf)),
    ...(asOf ? { asOf } : {}),
  };
}
