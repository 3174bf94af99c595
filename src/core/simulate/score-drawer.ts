import type { Score } from '../model/index.ts';
import { forecastFromRates, matchRates, type StrengthModel } from '../predict/index.ts';
import type { RunRandom } from './run-stream.ts';
import { awayGoalsOf, homeGoalsOf, ScorelineSampler } from './scoreline-sampler.ts';

/**
 * Scores of matches whose teams only a run knows (knockout ties, play-offs): drawn from the
 * model's grid for the pairing, built on the pairing's first draw and kept for every later run.
 * `fraction` of a match's rates is extra time (a third: 30 minutes of 90).
 */
export class ScoreDrawer {
  private readonly grids = new Map<string, ScorelineSampler>();

  constructor(private readonly model: StrengthModel) {}

  draw(random: RunRandom, home: string, away: string, neutral: boolean, fraction = 1): Score {
    const key = `${home}|${away}|${neutral}|${fraction}`;
    let sampler = this.grids.get(key);
    if (!sampler) {
      const rates = matchRates(this.model, home, away, neutral);
      sampler = new ScorelineSampler([
        forecastFromRates(rates.home * fraction, rates.away * fraction, fraction === 1 ? this.model.rho : 0)
          .scores,
      ]);
      this.grids.set(key, sampler);
    }
    const cell = sampler.sample(0, random.uint32());
    return { home: homeGoalsOf(cell), away: awayGoalsOf(cell) };
  }
}
