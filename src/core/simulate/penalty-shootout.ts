import type { Score } from '../model/index.ts';
import type { RunRandom } from './run-stream.ts';

/** About three kicks in four are scored in shoot-outs (a commonly reported rate; each kick independent). */
const SCORED = 0.75;

/** A shoot-out kick by kick: five each, stopping when one side cannot catch up, then sudden death. */
export function penaltyShootout(random: RunRandom): Score {
  let home = 0;
  let away = 0;
  for (let kick = 0; kick < 5; kick++) {
    if (random.next() < SCORED) home++;
    if (home > away + (5 - kick)) return { home, away };
    if (random.next() < SCORED) away++;
    if (home > away + (4 - kick) || away > home + (4 - kick)) return { home, away };
  }
  while (home === away) {
    const h = random.next() < SCORED;
    const a = random.next() < SCORED;
    home += h ? 1 : 0;
    away += a ? 1 : 0;
  }
  return { home, away };
}
