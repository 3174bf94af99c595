import type { IsoDate, TeamId } from '../model/ids.ts';
import type { Match } from '../model/match.ts';
import { StandingsError } from '../tiebreakers/standings-error.ts';
import { compactMatches, countsAsOf, indexTeams, inDateOrder } from './compact-matches.ts';
import { rankTotals } from './rank-columns.ts';
import type { StandingsInput } from './standings-input.ts';
import { adjustmentColumn, adjustmentsAsOf, lotsColumns, playoffOutcomes } from './table-decisions.ts';
import { HeadToHead } from './head-to-head.ts';
import { Totals } from './totals.ts';

export interface HistoryCheckpoint {
  /** The date, or the round's name. */
  readonly label: string;
  /** The table's "as of" date: the checkpoint's date, or the last match date of the rounds so far. */
  readonly date?: IsoDate;
  /** Matches counted so far. */
  readonly matches: number;
}

export interface PositionHistory {
  readonly checkpoints: readonly HistoryCheckpoint[];
  /** Each team's place after each checkpoint (checkpoints in chronological order), teams in the input order. */
  readonly teams: readonly { readonly team: TeamId; readonly positions: readonly number[] }[];
}

/**
 * Each team's place after each date, or after each round ('by-round': a round counts whole,
 * postponed matches included, rounds in the order of their first date). Incremental: the
 * matches are added once, in order, and each checkpoint only ranks the running totals — one
 * pass over the season plus a sort per checkpoint, never a table rebuilt from scratch.
 */
export function positionHistory(input: StandingsInput, at: readonly IsoDate[] | 'by-round'): PositionHistory {
  const { rules } = input;
  const side = input.side ?? 'all';
  const index = indexTeams(input.teams);
  const plan = at === 'by-round' ? roundPlan(input) : datePlan(input, at);
  const { columns } = compactMatches(index, plan.matches, {
    asOf: input.asOf,
    shootouts: rules.points.shootoutWin !== undefined || rules.points.shootoutLoss !== undefined,
    conduct: rules.tiebreakers.includes('fair_play'),
    keepOrder: true,
  });
  const lots = lotsColumns(index, input.decisions?.lots ?? []);
  const totals = new Totals(columns);
  const headToHead = new HeadToHead(columns, rules.points, side);
  const positions = input.teams.map(() => [] as number[]);
  const checkpoints: HistoryCheckpoint[] = [];
  for (const { label, date, end } of plan.checkpoints) {
    totals.addUpTo(end);
    const options = {
      side,
      adjustments: adjustmentColumn(index, adjustmentsAsOf(input.adjustments ?? [], date)),
      lots,
      playoffs: playoffOutcomes(index, input.decisions?.playoffs ?? [], date),
      ...(input.seed === undefined ? {} : { seed: input.seed }),
    };
    const ranking = rankTotals(totals, rules, options, headToHead);
    ranking.position.forEach((p, t) => positions[t]!.push(p));
    checkpoints.push({ label, ...(date === undefined ? {} : { date }), matches: end });
  }
  return { checkpoints, teams: input.teams.map((team, t) => ({ team, positions: positions[t]! })) };
}

interface Plan {
  /** The counted matches, in the order they are added. */
  readonly matches: readonly Match[];
  /** After each checkpoint, the first `end` matches count. */
  readonly checkpoints: readonly { label: string; date: IsoDate | undefined; end: number }[];
}

function datePlan(input: StandingsInput, dates: readonly IsoDate[]): Plan {
  const matches = inDateOrder(input.matches.filter((m) => m.date !== undefined && countsAsOf(m, input.asOf)));
  let end = 0;
  const checkpoints = [...dates].sort().map((date) => {
    while (end < matches.length && matches[end]!.date! <= date) end++;
    return { label: date, date, end };
  });
  return { matches, checkpoints };
}

function roundPlan(input: StandingsInput): Plan {
  const rounds = new Map<string, { first: number; date: IsoDate | undefined; matches: Match[] }>();
  input.matches.forEach((m, i) => {
    if (!countsAsOf(m, input.asOf)) return;
    if (m.round === undefined) {
      throw new StandingsError(
        { code: 'missing_round', path: ['matches', i, 'round'] },
        `match ${m.id} has no round`,
      );
    }
    const round = rounds.get(m.round) ?? { first: i, date: undefined, matches: [] };
    if (m.date !== undefined && (round.date === undefined || m.date < round.date)) round.date = m.date;
    round.matches.push(m);
    rounds.set(m.round, round);
  });
  const list = [...rounds.entries()];
  if (list.every(([, r]) => r.date !== undefined))
    list.sort(([, a], [, b]) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const matches: Match[] = [];
  let latest: IsoDate | undefined;
  const checkpoints = list.map(([label, round]) => {
    for (const m of round.matches) {
      matches.push(m);
      if (m.date !== undefined && (latest === undefined || m.date > latest)) latest = m.date;
    }
    return { label, date: latest, end: matches.length };
  });
  return { matches, checkpoints };
}
