import { dayNumber } from '../fixtures/calendar-date.ts';
import type { IsoDate, Match, TeamId } from '../model/index.ts';
import { minimizeLbfgs } from './minimize-lbfgs.ts';
import { dixonColesObjective, type FitColumns } from './dixon-coles-likelihood.ts';
import type { StrengthModel } from './strength-model.ts';

export interface FitOptions {
  /** Time decay ξ per day: a match d days before `asOf` weighs exp(−ξ·d). Default `DEFAULT_XI`. */
  readonly xi?: number;
  /** The day the decay counts back from; default the last match's day. */
  readonly asOf?: IsoDate;
  /**
   * The prior's standard deviation of attack and defence around the league mean. It is what a
   * team with few matches is shrunk toward the mean with; with many matches it hardly matters.
   */
  readonly priorSd?: number;
  /** Teams to give strengths to even if they have not played (they get the league mean). */
  readonly teams?: readonly string[];
  /** A previous fit to start from (same teams or not): fewer iterations, same optimum. */
  readonly start?: StrengthModel;
  readonly maxIterations?: number;
}

export const DEFAULT_PRIOR_SD = 0.35;

/**
 * ξ = 0.0018 a day: a match a year old counts about half as much as today's. The value
 * penaltyblog's documentation uses; on the English top division 2010/11–2019/20 it scores
 * better than no decay both with and without the previous season (see the bench).
 */
export const DEFAULT_XI = 0.0018;

/** Only matches decided on the pitch inform strengths: played, with a 90-minute score. */
const informs = (m: Match): boolean => m.status === 'played' && m.result !== undefined;

/**
 * Fits a Dixon–Coles model by maximum (penalised, time-weighted) likelihood. The 90-minute
 * score is what the model describes: extra time and shoot-outs are other games. Pure and
 * deterministic: the same matches give the same model.
 */
export function fitDixonColes(matches: readonly Match[], options: FitOptions = {}): StrengthModel {
  const played = matches.filter(informs);
  const teams: TeamId[] = [];
  const index = new Map<string, number>();
  const add = (t: string) => {
    if (!index.has(t)) {
      index.set(t, teams.length);
      teams.push(t as TeamId);
    }
  };
  for (const t of options.teams ?? []) add(t);
  for (const m of played) {
    add(m.home);
    add(m.away);
  }
  const n = teams.length;
  const last = played.reduce<IsoDate | undefined>(
    (d, m) => (m.date && (!d || m.date > d) ? m.date : d),
    undefined,
  );
  const asOf = options.asOf ?? last;
  const xi = options.xi ?? DEFAULT_XI;
  const columns = fitColumns(played, index, xi, asOf);
  const priorSd = options.priorSd ?? DEFAULT_PRIOR_SD;
  const objective = dixonColesObjective(columns, n, 1 / (priorSd * priorSd));
  const result = minimizeLbfgs(objective, startingPoint(columns, teams, options.start), {
    maxIterations: options.maxIterations ?? 1000,
    gradientTolerance: 1e-7,
  });
  const x = result.x;
  const playedCount = new Int32Array(n);
  for (let k = 0; k < columns.count; k++) {
    playedCount[columns.home[k]!]!++;
    playedCount[columns.away[k]!]!++;
  }
  return {
    teams,
    intercept: x[0]!,
    home: x[1]!,
    rho: x[2]!,
    attack: x.slice(3, 3 + n),
    defence: x.slice(3 + n, 3 + 2 * n),
    ...(asOf ? { asOf } : {}),
    xi,
    matches: columns.count,
    played: playedCount,
    iterations: result.iterations,
    converged: result.converged,
  };
}

function fitColumns(
  played: readonly Match[],
  index: ReadonlyMap<string, number>,
  xi: number,
  asOf: IsoDate | undefined,
): FitColumns {
  const count = played.length;
  const columns = {
    count,
    home: new Int32Array(count),
    away: new Int32Array(count),
    homeGoals: new Int32Array(count),
    awayGoals: new Int32Array(count),
    atHome: new Float64Array(count),
    weight: new Float64Array(count),
  };
  const reference = asOf ? dayNumber(asOf) : 0;
  played.forEach((m, k) => {
    columns.home[k] = index.get(m.home)!;
    columns.away[k] = index.get(m.away)!;
    columns.homeGoals[k] = m.result!.fullTime.home;
    columns.awayGoals[k] = m.result!.fullTime.away;
    columns.atHome[k] = m.neutral ? 0 : 1;
    const age = m.date && asOf ? Math.max(0, reference - dayNumber(m.date)) : 0;
    columns.weight[k] = Math.exp(-xi * age);
  });
  return columns;
}

/** The previous fit's values where it knew the team; else the mean, with typical league values. */
function startingPoint(columns: FitColumns, teams: readonly TeamId[], start?: StrengthModel): Float64Array {
  const n = teams.length;
  const x = new Float64Array(3 + 2 * n);
  let goals = 0;
  let weight = 0;
  for (let k = 0; k < columns.count; k++) {
    goals += columns.weight[k]! * (columns.homeGoals[k]! + columns.awayGoals[k]!);
    weight += 2 * columns.weight[k]!;
  }
  x[0] = start?.intercept ?? Math.log(weight > 0 && goals > 0 ? goals / weight : 1.3);
  x[1] = start?.home ?? 0.25;
  x[2] = start?.rho ?? -0.05;
  if (start) {
    teams.forEach((t, i) => {
      const j = start.teams.indexOf(t);
      if (j >= 0) {
        x[3 + i] = start.attack[j]!;
        x[3 + n + i] = start.defence[j]!;
      }
    });
  }
  return x;
}
