import type { StrengthModel } from './strength-model.ts';
import { teamIndex } from './strength-model.ts';

/** Scores up to this many goals a side are in the grid; what is beyond is folded into the last row and column. */
export const MAX_GOALS = 10;

/** One match's forecast: the probability of every scoreline, and what follows from them. */
export interface MatchForecast {
  /** `scores[h * (MAX_GOALS + 1) + a]`: the probability of h–a after 90 minutes. */
  readonly scores: Float64Array;
  readonly probabilities: { readonly home: number; readonly draw: number; readonly away: number };
  readonly expectedGoals: { readonly home: number; readonly away: number };
}

/** The Poisson rates of a match; a team the model never saw plays at the league mean. */
export function matchRates(
  model: StrengthModel,
  home: string,
  away: string,
  neutral = false,
): { home: number; away: number } {
  const h = teamIndex(model, home);
  const a = teamIndex(model, away);
  const attack = (t: number) => (t >= 0 ? model.attack[t]! : 0);
  const defence = (t: number) => (t >= 0 ? model.defence[t]! : 0);
  return {
    home: Math.exp(model.intercept + (neutral ? 0 : model.home) + attack(h) - defence(a)),
    away: Math.exp(model.intercept + attack(a) - defence(h)),
  };
}

/** The scoreline distribution of a match under the model, normalised to sum to 1. */
export function forecastMatch(
  model: StrengthModel,
  home: string,
  away: string,
  neutral = false,
): MatchForecast {
  const rates = matchRates(model, home, away, neutral);
  return forecastFromRates(rates.home, rates.away, model.rho);
}

export function forecastFromRates(lambda: number, mu: number, rho: number): MatchForecast {
  const size = MAX_GOALS + 1;
  const ph = poissonRow(lambda);
  const pa = poissonRow(mu);
  const scores = new Float64Array(size * size);
  let total = 0;
  for (let h = 0; h < size; h++) {
    for (let a = 0; a < size; a++) {
      let p = ph[h]! * pa[a]!;
      if (h <= 1 && a <= 1) p *= Math.max(0, tau(h, a, lambda, mu, rho));
      scores[h * size + a] = p;
      total += p;
    }
  }
  let home = 0;
  let draw = 0;
  let away = 0;
  for (let h = 0; h < size; h++) {
    for (let a = 0; a < size; a++) {
      const p = scores[h * size + a]! / total;
      scores[h * size + a] = p;
      if (h > a) home += p;
      else if (h === a) draw += p;
      else away += p;
    }
  }
  return { scores, probabilities: { home, draw, away }, expectedGoals: { home: lambda, away: mu } };
}

function tau(h: number, a: number, lambda: number, mu: number, rho: number): number {
  if (h === 0 && a === 0) return 1 - lambda * mu * rho;
  if (h === 0) return 1 + lambda * rho;
  if (a === 0) return 1 + mu * rho;
  return 1 - rho;
}

/** P(0 … MAX_GOALS − 1 goals), and the tail P(≥ MAX_GOALS) in the last cell. */
function poissonRow(rate: number): Float64Array {
  const row = new Float64Array(MAX_GOALS + 1);
  let p = Math.exp(-rate);
  let sum = 0;
  for (let k = 0; k < MAX_GOALS; k++) {
    row[k] = p;
    sum += p;
    p = (p * rate) / (k + 1);
  }
  row[MAX_GOALS] = Math.max(0, 1 - sum);
  return row;
}
