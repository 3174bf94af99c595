import type { SeededRandom } from '../random/index.ts';
import { simulateShootout } from './play-tie.ts';
import { simulateScore, type ResultModel } from './result-model.ts';

/** A score as the season format writes it: `2-1`. */
export const scoreText = ([home, away]: readonly [number, number]): string => `${home}-${away}`;

/** The goals of a score the season format wrote. */
export const goalsOf = (text: string): [number, number] => text.split('-').map(Number) as [number, number];

/** Scores from the seeded result model, each club with its own strength. */
export class MatchScorer {
  constructor(
    readonly random: SeededRandom,
    private readonly model: ResultModel,
    private readonly strength: (team: string) => number,
  ) {}

  score(home: string, away: string, neutral: boolean): [number, number] {
    return simulateScore(this.random, this.model, this.strength(home), this.strength(away), neutral);
  }

  /** Goals in extra time: a third of a match's rate, on neutral terms. */
  extraTime(): [number, number] {
    return simulateScore(this.random, { ...this.model, base: this.model.base - Math.log(3) }, 0, 0, true);
  }

  /** A shoot-out, as the season format writes it. */
  penalties(): string {
    const s = simulateShootout(this.random);
    return `${s.home}-${s.away}`;
  }

  /** A single match that must have a winner: 90 minutes, then extra time, then penalties. */
  decisive(home: string, away: string): { score: string; extraTime?: string; penalties?: string } {
    const [h, a] = this.score(home, away, true);
    if (h !== a) return { score: scoreText([h, a]) };
    const [eh, ea] = this.extraTime();
    const extraTime = scoreText([h + eh, a + ea]);
    if (eh !== ea) return { score: scoreText([h, a]), extraTime };
    return { score: scoreText([h, a]), extraTime, penalties: this.penalties() };
  }
}
