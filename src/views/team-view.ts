import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { engineOf } from '../live/season-snapshot.ts';
import { matchSummary, type MatchSummaryView } from './match-view.ts';
import { teamSuspensions, type SuspensionView } from './suspensions-view.ts';
import { personName, teamRef, type TeamRef } from './team-ref.ts';

export interface PositionSeries {
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
  readonly table: string;
  readonly teams: number;
  /** The team's position at the end of each day it played. */
  readonly points: readonly { readonly date: string; readonly position: number }[];
}

export interface TeamView {
  readonly team: TeamRef;
  readonly club: { readonly id: string; readonly name: string; readonly city?: string };
  readonly venue?: { readonly id: string; readonly name: string };
  readonly manager?: string;
  readonly matches: readonly MatchSummaryView[];
  readonly positions: readonly PositionSeries[];
  /** Its players' bans from cards, in the competitions that have suspensions rules. */
  readonly suspensions: readonly SuspensionView[];
}

/** The tables (league, or a group) a team plays in. */
function tablesOf(s: SeasonSnapshot, team: string): { competition: string; stage: string; group?: string }[] {
  const out: { competition: string; stage: string; group?: string }[] = [];
  for (const c of s.doc.competitions) {
    for (const st of c.stages) {
      if (st.format === 'groups')
        for (const g of st.groups)
          if (g.teams?.includes(team)) out.push({ competition: c.id, stage: st.id, group: g.id });
      if (st.format === 'league' && (st.teams ?? c.teams).includes(team))
        out.push({ competition: c.id, stage: st.id });
    }
  }
  return out;
}

function series(
  s: SeasonSnapshot,
  team: string,
  where: { competition: string; stage: string; group?: string },
): PositionSeries {
  const dates = [
    ...new Set(
      s.matches
        .filter(
          (m) =>
            m.competition === where.competition &&
            m.stage === where.stage &&
            (where.group === undefined || m.group === where.group) &&
            (m.home === team || m.away === team) &&
            m.result &&
            m.date,
        )
        .map((m) => m.date!),
    ),
  ].sort();
  const full = engineOf(s).table(where.competition, where.stage, where.group);
  const points = dates.flatMap((date) => {
    const row = engineOf(s, date)
      .table(where.competition, where.stage, where.group)
      .rows.find((r) => r.team === team);
    return row ? [{ date, position: row.position }] : [];
  });
  return { ...where, table: full.name, teams: full.rows.length, points };
}

export function teamView(s: SeasonSnapshot, team: string): TeamView | undefined {
  const t = s.index.teams.get(team);
  if (!t) return undefined;
  const venue = t.venue ? s.index.venues.get(t.venue) : undefined;
  const manager = t.doc?.manager;
  return {
    team: teamRef(s.index, team),
    club: { id: t.club.id, name: t.club.name, ...(t.club.city ? { city: t.club.city } : {}) },
    ...(venue ? { venue: { id: venue.id, name: venue.name } } : {}),
    ...(manager ? { manager: personName(s.index, { player: manager }) } : {}),
    matches: s.matches
      .filter((m) => m.home === team || m.away === team)
      .map((m) => matchSummary(s, m))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    positions: tablesOf(s, team).map((w) => series(s, team, w)),
    suspensions: teamSuspensions(s, team),
  };
}
