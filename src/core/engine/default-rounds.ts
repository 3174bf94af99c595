import type { KnockoutRoundDoc } from '../definition/index.ts';

const ROUND_NAMES: Record<number, [string, string]> = {
  2: ['final', 'Final'],
  4: ['semi-finals', 'Semi-finals'],
  8: ['quarter-finals', 'Quarter-finals'],
};

/**
 * The rounds of a knockout group that lists none: its entrants, in order, paired first v last
 * (`fold`), then winners of neighbouring ties (`bracket`) down to a final. A round is named by
 * how many teams it starts with.
 */
export function defaultKnockoutRounds(entrants: number): KnockoutRoundDoc[] {
  const rounds: KnockoutRoundDoc[] = [];
  let size = 2;
  while (size < entrants) size *= 2;
  for (let teams = size; teams >= 2; teams /= 2) {
    const [id, name] = ROUND_NAMES[teams] ?? [`round-of-${teams}`, `Round of ${teams}`];
    rounds.push({ id, name, pairing: rounds.length === 0 ? 'fold' : 'bracket' });
  }
  return rounds;
}
