import type { CardCounts, TeamId } from '../model/index.ts';
import { fairPlayPoints } from '../tiebreakers/fair-play.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { competitionRanks } from './rank.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

export interface FairPlayRow {
  readonly rank: number;
  readonly shared: boolean;
  readonly team: TeamId;
  readonly played: number;
  readonly yellow: number;
  readonly secondYellow: number;
  readonly red: number;
  readonly yellowRed: number;
  /** FIFA fair-play points: 0 or negative, the higher the fairer. */
  readonly points: number;
}

/**
 * Cards by team and the fair-play table, FIFA weights (yellow −1, second yellow −3, straight
 * red −4, yellow then straight red −5; one deduction per player per match — the weights live in
 * `fairPlayPoints`, the same function the `fair_play` tie-breaker uses). Known only when every
 * match played has its cards recorded (a match without a card record is not a clean match).
 */
export function fairPlayTable(scope: StatsScope): Figure<readonly FairPlayRow[]> {
  const totals = new Map<
    TeamId,
    { -readonly [K in keyof Required<CardCounts>]: number } & { played: number }
  >();
  const add = (team: TeamId, c: CardCounts) => {
    const t = totals.get(team) ?? { played: 0, yellow: 0, secondYellow: 0, red: 0, yellowRed: 0 };
    t.played++;
    t.yellow += c.yellow;
    t.secondYellow += c.secondYellow;
    t.red += c.red;
    t.yellowRed += c.yellowRed ?? 0;
    totals.set(team, t);
  };
  const recorded = scope.played.filter((m) => m.cards !== undefined);
  for (const m of recorded) {
    add(m.home, m.cards!.home);
    add(m.away, m.cards!.away);
  }
  const sorted = [...totals.entries()]
    .map(([team, t]) => ({ team, ...t, points: fairPlayPoints(t) }))
    .sort((a, b) => b.points - a.points || a.team.localeCompare(b.team));
  const ranks = competitionRanks(sorted, (r) => r.points);
  const rows = sorted.map((r, i) => ({ ...ranks[i]!, ...r }));
  const coverage = coverageOf(scope, recorded.length, 'cards');
  const partial = rows.length ? rows : undefined;
  if (!resultsComplete(scope)) return unknownFigure('results_missing', coverage, partial);
  if (recorded.length < scope.played.length) return unknownFigure('cards_missing', coverage, partial);
  return knownFigure(rows, coverage);
}
