import type { TableRules } from '../model/index.ts';
import { rankColumns, type MatchColumns } from '../standings/index.ts';
import type { PlayoffOutcome } from '../tiebreakers/criterion.ts';
import { runStream, type RunRandom } from './run-stream.ts';
import { awayGoalsOf, homeGoalsOf, ScorelineSampler } from './scoreline-sampler.ts';

/** One table to play out: what is played, what is left (with each fixture's scoreline distribution). */
export interface TableSimulationInput {
  readonly teamCount: number;
  readonly rules: TableRules;
  readonly played: {
    readonly home: Int32Array;
    readonly away: Int32Array;
    readonly homeGoals: Int32Array;
    readonly awayGoals: Int32Array;
  };
  readonly upcoming: { readonly home: Int32Array; readonly away: Int32Array };
  /** Per upcoming fixture, its scoreline probabilities (`MatchForecast.scores`). */
  readonly distributions: readonly Float64Array[];
  /** Points added or taken, by team index. */
  readonly adjustments?: Int32Array;
  /** Recorded drawings of lots, best first. */
  readonly lots?: readonly Int32Array[];
  /** `playoffWin[a * teamCount + b]`: P(a beats b) in a play-off on neutral ground, extra time and penalties included. */
  readonly playoffWin?: Float64Array;
}

/** What runs `from` … `to − 1` produced: counts, so that chunks from several threads add up exactly. */
export interface TableCounts {
  readonly runs: number;
  /** `positions[team * teamCount + place − 1]`: how many runs ended with the team in that place. */
  readonly positions: Int32Array;
  /** Sum over runs of each team's final points (adjustments included). */
  readonly points: Float64Array;
}

/**
 * Plays the rest of one table many times: each run draws every remaining fixture's score from
 * its precomputed distribution (an alias table, one uniform number a match) into the columns
 * after the played matches, and ranks the columns with the table's own tie-breakers — head-to-
 * head on the tied teams' matches, lots drawn from the run's own stream, a play-off played when
 * the rules call for one. Run r draws only from `runStream(seed, r)`.
 */
export function simulateTable(
  input: TableSimulationInput,
  seed: number,
  from: number,
  to: number,
): TableCounts {
  const n = input.teamCount;
  const p = input.played.home.length;
  const f = input.upcoming.home.length;
  const columns = tableColumns(input);
  const sampler = new ScorelineSampler(input.distributions);
  const positions = new Int32Array(n * n);
  const points = new Float64Array(n);
  const homeGoals = columns.homeGoals;
  const awayGoals = columns.awayGoals;
  for (let run = from; run < to; run++) {
    const random = runStream(seed, run);
    for (let k = 0; k < f; k++) {
      const cell = sampler.sample(k, random.next());
      homeGoals[p + k] = homeGoalsOf(cell);
      awayGoals[p + k] = awayGoalsOf(cell);
    }
    const options = {
      ...(input.adjustments ? { adjustments: input.adjustments } : {}),
      ...(input.lots ? { lots: input.lots } : {}),
      seed: random.lotsSeed,
    };
    let ranking = rankColumns(columns, input.rules, options);
    if (ranking.pending.length > 0) {
      const playoffs = playPlayoffs(ranking.pending, ranking.position, n, input.playoffWin, random);
      ranking = rankColumns(columns, input.rules, { ...options, playoffs });
    }
    const order = ranking.order;
    for (let i = 0; i < n; i++) positions[order[i]! * n + i]!++;
    for (let t = 0; t < n; t++) points[t] = points[t]! + ranking.stats.points[t]!;
  }
  return { runs: to - from, positions, points };
}

function tableColumns(input: TableSimulationInput): MatchColumns {
  const p = input.played.home.length;
  const total = p + input.upcoming.home.length;
  const join = (a: Int32Array, b: Int32Array) => {
    const out = new Int32Array(total);
    out.set(a);
    out.set(b, p);
    return out;
  };
  return {
    teamCount: input.teamCount,
    home: join(input.played.home, input.upcoming.home),
    away: join(input.played.away, input.upcoming.away),
    homeGoals: join(input.played.homeGoals, new Int32Array(total - p)),
    awayGoals: join(input.played.awayGoals, new Int32Array(total - p)),
  };
}

/** Every pair of teams level for a play-off place meets once on neutral ground. */
function playPlayoffs(
  pending: readonly number[],
  position: Int32Array,
  n: number,
  win: Float64Array | undefined,
  random: RunRandom,
): PlayoffOutcome[] {
  const out: PlayoffOutcome[] = [];
  for (let i = 0; i < pending.length; i++)
    for (let j = i + 1; j < pending.length; j++) {
      const a = pending[i]!;
      const b = pending[j]!;
      if (position[a] !== position[b]) continue;
      const pa = win ? win[a * n + b]! : 0.5;
      out.push({ home: a, away: b, winner: random.next() < pa ? a : b });
    }
  return out;
}

/** Adds one chunk's counts into another's. */
export function addTableCounts(into: TableCounts, chunk: TableCounts): TableCounts {
  const positions = Int32Array.from(into.positions, (x, i) => x + chunk.positions[i]!);
  const points = Float64Array.from(into.points, (x, i) => x + chunk.points[i]!);
  return { runs: into.runs + chunk.runs, positions, points };
}
