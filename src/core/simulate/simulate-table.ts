import type { TableRules } from '../model/index.ts';
import { outcomePoints, Totals, type MatchColumns, type TableStats } from '../standings/index.ts';
import { int32Columns } from '../standings/int32-columns.ts';
import {
  criteriaFor,
  LEVEL,
  splitLevelRange,
  splitTies,
  type Criterion,
  type PlayoffOutcome,
} from '../tiebreakers/index.ts';
import { RunRandom } from './run-stream.ts';
import { AWAY_GOALS_OF_CELL, HOME_GOALS_OF_CELL, ScorelineSampler } from './scoreline-sampler.ts';
import { SimulatedTieContext } from './simulated-tie-context.ts';

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
 * Plays the rest of one table many times. Each run starts from the played matches' running
 * totals (added up once), draws every remaining fixture's score from its precomputed
 * distribution (an alias table: one 32-bit word a match) and adds it to the totals and to the
 * run's columns, sorts the teams on points, and applies the table's full tie-breakers only to
 * the teams left level — head-to-head mini-tables on their own matches, lots drawn from the
 * run's own stream, a play-off played when the rules call for one. Nothing is allocated per
 * run unless a tie needs it. Run r draws only from `runStream(seed, r)`.
 */
export function simulateTable(
  input: TableSimulationInput,
  seed: number,
  from: number,
  to: number,
): TableCounts {
  const n = input.teamCount;
  const rules = input.rules;
  const p = input.played.home.length;
  const f = input.upcoming.home.length;
  const columns = tableColumns(input);
  const sampler = new ScorelineSampler(input.distributions);
  const positions = new Int32Array(n * n);
  const pointsSum = new Float64Array(n);

  const base = new Totals(columns);
  base.addUpTo(p);
  const baseAway = base.away();
  const adjustment = input.adjustments ?? new Int32Array(n);
  const [played, won, drawn, lost, goalsFor, goalsAgainst, awayGoalsFor, awayWon, points] = int32Columns(
    9,
    n,
  ) as Int32Array[] as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const stats: TableStats = {
    points,
    played,
    won,
    drawn,
    lost,
    goalsFor,
    goalsAgainst,
    awayGoalsFor,
    awayWon,
    conduct: base.zeros,
    adjustment,
  };
  const win = outcomePoints(rules.points, 'win');
  const draw = outcomePoints(rules.points, 'draw');
  const loss = outcomePoints(rules.points, 'loss');
  const basePoints = Int32Array.from(
    { length: n },
    (_, t) => base.all.won[t]! * win + base.all.drawn[t]! * draw + base.all.lost[t]! * loss + adjustment[t]!,
  );
  const ctx = new SimulatedTieContext(columns, rules.points, stats, input.lots ?? [], rules.playoffPositions);
  const ranker = new RunRanker(ctx, rules, n);
  const home = columns.home;
  const away = columns.away;
  const homeGoals = columns.homeGoals;
  const awayGoals = columns.awayGoals;
  const random = new RunRandom();
  // Module bindings read in the hot loop are held locally (a loader may turn them into getters).
  const homeGoalsOfCell = HOME_GOALS_OF_CELL;
  const awayGoalsOfCell = AWAY_GOALS_OF_CELL;

  for (let run = from; run < to; run++) {
    random.reset(seed, run);
    won.set(base.all.won);
    drawn.set(base.all.drawn);
    lost.set(base.all.lost);
    goalsFor.set(base.all.goalsFor);
    goalsAgainst.set(base.all.goalsAgainst);
    awayGoalsFor.set(baseAway.goalsFor);
    awayWon.set(baseAway.won);
    points.set(basePoints);
    for (let k = 0, m = p; k < f; k++, m++) {
      const cell = sampler.sample(k, random.uint32());
      const x = homeGoalsOfCell[cell]!;
      const y = awayGoalsOfCell[cell]!;
      homeGoals[m] = x;
      awayGoals[m] = y;
      const h = home[m]!;
      const a = away[m]!;
      goalsFor[h] = goalsFor[h]! + x;
      goalsAgainst[h] = goalsAgainst[h]! + y;
      goalsFor[a] = goalsFor[a]! + y;
      goalsAgainst[a] = goalsAgainst[a]! + x;
      awayGoalsFor[a] = awayGoalsFor[a]! + y;
      if (x > y) {
        won[h] = won[h]! + 1;
        lost[a] = lost[a]! + 1;
        points[h] = points[h]! + win;
        points[a] = points[a]! + loss;
      } else if (x < y) {
        won[a] = won[a]! + 1;
        awayWon[a] = awayWon[a]! + 1;
        lost[h] = lost[h]! + 1;
        points[a] = points[a]! + win;
        points[h] = points[h]! + loss;
      } else {
        drawn[h] = drawn[h]! + 1;
        drawn[a] = drawn[a]! + 1;
        points[h] = points[h]! + draw;
        points[a] = points[a]! + draw;
      }
    }
    for (let t = 0; t < n; t++) played[t] = won[t]! + drawn[t]! + lost[t]!;
    ctx.startRun(random.lotsSeed);
    let order = ranker.rank();
    if (ranker.pending.length > 0) {
      ctx.playoffs = playPlayoffs(ranker.pending, ranker.position, n, input.playoffWin, random);
      order = ranker.rank();
    }
    for (let i = 0; i < n; i++) positions[order[i]! * n + i]!++;
    for (let t = 0; t < n; t++) pointsSum[t] = pointsSum[t]! + points[t]!;
  }
  return { runs: to - from, positions, points: pointsSum };
}

/**
 * Ranks a run's totals with the table's rules. When the first criterion is an overall one read
 * from a key (points, nearly always), the teams are sorted on it here and only each run of
 * teams level on it goes through the remaining criteria (`splitLevelRange`) — what
 * `splitTies` would do, without its bookkeeping for tables that explain themselves. Otherwise
 * the whole table goes through `splitTies`.
 */
class RunRanker {
  readonly order: Int32Array;
  readonly position: Int32Array;
  pending: readonly number[] = [];
  private readonly separation: Int16Array;
  private readonly keys: Float64Array;
  private readonly criteria: readonly Criterion[];
  private readonly first: Criterion;

  constructor(
    private readonly ctx: SimulatedTieContext,
    private readonly rules: TableRules,
    private readonly n: number,
  ) {
    this.order = new Int32Array(n);
    this.position = new Int32Array(n);
    this.separation = new Int16Array(Math.max(0, n - 1));
    this.keys = new Float64Array(n);
    this.criteria = criteriaFor(rules.tiebreakers);
    this.first = this.criteria[0]!;
  }

  /** Team indices, best first (the ranker's own array, overwritten by the next call). */
  rank(): Int32Array {
    const { n, order, separation, ctx } = this;
    for (let t = 0; t < n; t++) order[t] = t;
    const key = this.first?.scope === 'overall' && !this.first.prepare ? this.first.key : undefined;
    if (key === undefined) {
      const split = splitTies(ctx, this.criteria, this.rules.headToHead, order);
      separation.set(split.separation);
      this.pending = split.pending;
    } else {
      separation.fill(LEVEL);
      this.pending = this.splitOnKey(key);
    }
    const { position } = this;
    for (let i = 0; i < n; i++)
      position[order[i]!] = i > 0 && separation[i - 1] === LEVEL ? position[order[i - 1]!]! : i + 1;
    return order;
  }

  /** Insertion sort on the first criterion's key (level teams in team order, as `sortRange` does), then the level runs. */
  private splitOnKey(key: NonNullable<Criterion['key']>): readonly number[] {
    const { n, order, keys, ctx, separation } = this;
    for (let t = 0; t < n; t++) keys[t] = key(ctx, t);
    for (let i = 1; i < n; i++) {
      const t = order[i]!;
      const kt = keys[t]!;
      let j = i - 1;
      for (; j >= 0; j--) {
        const u = order[j]!;
        if (keys[u]! >= kt) break;
        order[j + 1] = u;
      }
      order[j + 1] = t;
    }
    let pending: number[] | undefined;
    let lo = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && keys[order[i]!] === keys[order[lo]!]) continue;
      if (i < n) separation[i - 1] = 0;
      if (i - lo > 1) {
        const level = splitLevelRange(ctx, this.criteria, this.rules.headToHead, order, separation, lo, i, 1);
        if (level.length > 0) (pending ??= []).push(...level);
      }
      lo = i;
    }
    return pending ?? [];
  }
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
