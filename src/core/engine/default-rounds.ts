import type { KnockoutRoundDoc } from '../definition/index.ts';

const ROUND_NAMES: Record<number, [string, string]> = {
  2: ['final', 'Final'],
  4: ['semi-finals', 'Semi-finals'],
  8: ['quarter-finals', 'Quarter-finals'],
};

/**
 * The rounds of a knockout group that lists none, named by how many teams each starts with.
 * Who meets whom in the early rounds is not written, so those ties come from the matches
 * played (or a draw); only the final follows by itself, between the two semi-final winners.
 */
export function defaultKnockoutRounds(entrants: number): KnockoutRoundDoc[] {
  const rounds: KnockoutRoundDoc[] = [];
  let size = 2;
  while (size < entrants) size *= 2;
  for (let teams = size; teams >= 2; teams /= 2) {
    const [id, name] = ROUND_NAMES[teams] ?? [`round-of-${teams}`, `Round of ${teams}`];
    rounds.push({ id, name, ...(teams === 2 && size > 2 && { pairing: 'bracket' as const }) });
  }
  return rounds;
}
