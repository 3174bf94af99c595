import type { Objective } from './minimize-lbfgs.ts';

/** The matches a fit reads, as columns: team indices, 90-minute goals, home ground (1) or neutral (0), weight. */
export interface FitColumns {
  readonly count: number;
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly homeGoals: Int32Array;
  readonly awayGoals: Int32Array;
  readonly atHome: Float64Array;
  readonly weight: Float64Array;
}

/**
 * The negative penalised log-likelihood of a Dixon–Coles model and its analytic gradient, per
 * unit of match weight. Parameters: [intercept, home, ρ, attack × n, defence × n]. The prior is
 * a normal one on every attack and defence around the league mean (precision `precision`): it
 * makes the model identifiable without a sum-to-zero constraint and shrinks teams with few
 * matches toward the mean. ρ has a normal prior of its own around 0 (sd `RHO_PRIOR_SD`): with a
 * few dozen matches the likelihood alone can push it to values that leave no room for draws.
 * Factorials of the goals are constants and left out.
 */
export const RHO_PRIOR_SD = 0.1;

export function dixonColesObjective(columns: FitColumns, teamCount: number, precision: number): Objective {
  const n = teamCount;
  let total = 0;
  for (let k = 0; k < columns.count; k++) total += columns.weight[k]!;
  const scale = 1 / Math.max(total, 1);
  return (x, g) => {
    g.fill(0);
    const c = x[0]!;
    const h = x[1]!;
    const rho = x[2]!;
    let sum = 0;
    for (let k = 0; k < columns.count; k++) {
      const w = columns.weight[k]!;
      if (w === 0) continue;
      const i = columns.home[k]!;
      const j = columns.away[k]!;
      const hg = columns.homeGoals[k]!;
      const ag = columns.awayGoals[k]!;
      const eta1 = c + h * columns.atHome[k]! + x[3 + i]! - x[3 + n + j]!;
      const eta2 = c + x[3 + j]! - x[3 + n + i]!;
      const lambda = Math.exp(eta1);
      const mu = Math.exp(eta2);
      let ll = hg * eta1 - lambda + ag * eta2 - mu;
      let d1 = hg - lambda;
      let d2 = ag - mu;
      let dRho = 0;
      if (hg <= 1 && ag <= 1) {
        // τ of Dixon & Coles (1997), eq. 4.2, with its derivatives.
        let tau: number;
        if (hg === 0 && ag === 0) {
          tau = 1 - lambda * mu * rho;
          d1 += (-lambda * mu * rho) / tau;
          d2 += (-lambda * mu * rho) / tau;
          dRho = (-lambda * mu) / tau;
        } else if (hg === 0) {
          tau = 1 + lambda * rho;
          d1 += (lambda * rho) / tau;
          dRho = lambda / tau;
        } else if (ag === 0) {
          tau = 1 + mu * rho;
          d2 += (mu * rho) / tau;
          dRho = mu / tau;
        } else {
          tau = 1 - rho;
          dRho = -1 / tau;
        }
        if (!(tau > 0)) return Number.NaN;
        ll += Math.log(tau);
      }
      sum += w * ll;
      const w1 = w * d1;
      const w2 = w * d2;
      g[0] = g[0]! - w1 - w2;
      g[1] = g[1]! - w1 * columns.atHome[k]!;
      g[2] = g[2]! - w * dRho;
      g[3 + i] = g[3 + i]! - w1;
      g[3 + n + j] = g[3 + n + j]! + w1;
      g[3 + j] = g[3 + j]! - w2;
      g[3 + n + i] = g[3 + n + i]! + w2;
    }
    let penalty = 0;
    for (let p = 3; p < 3 + 2 * n; p++) {
      penalty += x[p]! * x[p]!;
      g[p] = g[p]! + precision * x[p]!;
    }
    const rhoPrecision = 1 / (RHO_PRIOR_SD * RHO_PRIOR_SD);
    g[2] = g[2]! + rhoPrecision * rho;
    for (let p = 0; p < g.length; p++) g[p] = g[p]! * scale;
    return (-sum + 0.5 * precision * penalty + 0.5 * rhoPrecision * rho * rho) * scale;
  };
}
