import type { LinkOutcome, Qualifier } from '../core/engine/index.ts';
import { seasonSummary } from '../core/engine/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { engineOf } from '../live/season-snapshot.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

export interface QualifierView {
  readonly team?: TeamRef;
  readonly certainty: Qualifier['certainty'];
  readonly source?: string;
}

/** A link's condition for one team: its place (or its club's first team's) and whether it made it. */
export interface ConditionCheckView {
  readonly team: TeamRef;
  readonly met: boolean | 'unknown';
  readonly position?: number;
  readonly recorded?: { readonly sources: readonly string[] };
}

export interface LinkView {
  readonly id: string;
  readonly description?: string;
  readonly kind: 'qualification' | 'promotion' | 'relegation' | 'adjustment';
  readonly status: LinkOutcome['status'];
  readonly teams: readonly TeamRef[];
  readonly certainty: LinkOutcome['certainty'];
  readonly condition?: {
    readonly met: boolean | 'unknown';
    readonly detail: string;
    readonly checks: readonly ConditionCheckView[];
  };
  readonly effect: string;
  readonly note?: string;
}

export interface SummaryView {
  readonly season: string;
  readonly asOf?: string;
  readonly competitions: readonly {
    readonly id: string;
    readonly name: string;
    readonly champion: QualifierView;
    readonly runnerUp: QualifierView;
  }[];
  readonly links: readonly LinkView[];
}

const qualifier = (s: SeasonSnapshot, q: Qualifier): QualifierView => ({
  ...(q.team ? { team: teamRef(s.index, q.team) } : {}),
  certainty: q.certainty,
  ...(q.source ? { source: q.source } : {}),
});

const kindOf = (l: LinkOutcome): LinkView['kind'] =>
  'qualification' in l.link.effect
    ? 'qualification'
    : 'promotion' in l.link.effect
      ? 'promotion'
      : 'relegation' in l.link.effect
        ? 'relegation'
        : 'adjustment';

const linkView = (s: SeasonSnapshot, l: LinkOutcome): LinkView => ({
  id: l.link.id,
  ...(l.link.description ? { description: l.link.description } : {}),
  kind: kindOf(l),
  status: l.status,
  teams: l.teams.map((t) => teamRef(s.index, t)),
  certainty: l.certainty,
  ...(l.condition
    ? {
        condition: {
          ...l.condition,
          checks: l.condition.checks.map((c) => ({ ...c, team: teamRef(s.index, c.team) })),
        },
      }
    : {}),
  effect: l.effect,
  ...(l.note ? { note: l.note } : {}),
});

/** Champions, runners-up and every link with what it did: the season resolved. */
export function summaryView(s: SeasonSnapshot, asOf?: string): SummaryView {
  const summary = seasonSummary(engineOf(s, asOf));
  return {
    season: summary.season,
    ...(asOf ? { asOf } : {}),
    competitions: summary.competitions.map((c) => ({
      id: c.competition.id,
      name: c.competition.name,
      champion: qualifier(s, c.champion),
      runnerUp: qualifier(s, c.runnerUp),
    })),
    links: [
      ...summary.qualifications,
      ...summary.promotions,
      ...summary.relegations,
      ...summary.adjustments,
    ].map((l) => linkView(s, l)),
  };
}
