import type { SeededRandom } from '../random/index.ts';

/**
 * A simple seeded result model for simulations: each side's goals are Poisson distributed
 * with mean exp(base + strength difference (+ home advantage)). Strengths are drawn once per
 * club, about normal with a spread of 0.3; with the defaults a home side scores 1.5 goals on
 * average and an away side 1.1, close to what amateur league tables show.
 */
export interface ResultModel {
  /** log of the mean goals of a side between equals on neutral ground. */
  readonly base: number;
  readonly homeAdvantage: number;
  readonly strengthSpread: number;
}

export const DEFAULT_RESULT_MODEL: ResultModel = {
  base: Math.log(1.28),
  homeAdvantage: 0.16,
  strengthSpread: 0.3,
};

/** Knuth's multiplication method; fine for the small means of football scores. */
function poisson(random: SeededRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random.nextFloat();
  while (p > limit && k < 20) {
    k++;
    p *= random.nextFloat();
  }
  return k;
}

/** A club's strength: the sum of three uniforms, centred and scaled (roughly normal). */
export const drawStrength = (random: SeededRandom, model: ResultModel): number =>
  (random.nextFloat() + random.nextFloat() + random.nextFloat() - 1.5) * 2 * model.strengthSpread;

/** Goals of the two sides; `neutral` drops the home advantage. */
export function simulateScore(
  random: SeededRandom,
  model: ResultModel,
  home: number,
  away: number,
  neutral = false,
): [number, number] {
  const edge = home - away + (neutral ? 0 : model.homeAdvantage);
  return [poisson(random, Math.exp(model.base + edge / 2)), poisson(random, Math.exp(model.base - edge / 2))];
}
