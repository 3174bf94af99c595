import { resolveTie, type TieDecided } from '../knockout/index.ts';
import { countsInTable, teamId, type Match, type Score } from '../model/index.ts';
import { penaltyShootout } from './penalty-shootout.ts';
import { simulatedTieMatch } from './simulated-tie-match.ts';
import type { PlanTie } from './plan-ties.ts';
import type { RunRandom } from './run-stream.ts';
import type { ScoreDrawer } from './score-drawer.ts';

const MAX_TIE_STEPS = 16;

/**
 * Plays a tie of a run from its known matches: asks `resolveTie` what it waits for (a match, a
 * leg, extra time — a third of a match at the same rates —, penalties kick by kick, a third
 * match on neutral ground, a replay), plays exactly that and asks again until it is decided.
 * Undefined when the facts and the rules cannot decide it. The matches it played go into `kept`.
 */
export function playTie(
  tie: PlanTie,
  a: string,
  b: string,
  drawer: ScoreDrawer,
  random: RunRandom,
  kept?: Match[],
): TieDecided | undefined {
  const matches: Match[] = [...tie.known];
  const pairing = [teamId(a), teamId(b)] as const;
  const score = (home: string, away: string, neutral: boolean, fraction = 1): Score =>
    drawer.draw(random, home, away, neutral, fraction);
  const played = (m: Match): Match => ({
    ...m,
    status: 'played',
    result: { fullTime: score(m.home, m.away, m.neutral === true) },
  });
  const fresh = (home: string, away: string, leg: number | undefined, neutral: boolean): Match =>
    tie.waiting.find((m) => m.home === home && m.away === away && !matches.includes(m)) ??
    simulatedTieMatch(
      { competition: tie.comp, stage: tie.stage, round: tie.round, tie: tie.id },
      matches.length + 1,
      home,
      away,
      leg,
      neutral,
    );
  for (let step = 0; step < MAX_TIE_STEPS; step++) {
    const outcome = resolveTie(matches, tie.rules, [], pairing);
    if (outcome.status === 'decided') kept?.push(...matches.slice(tie.known.length));
    if (outcome.status === 'decided') return outcome;
    if (outcome.status === 'inconsistent') return undefined;
    const lastAt = matches.findLastIndex((m) => countsInTable(m.status));
    const last = matches[lastAt];
    switch (outcome.awaiting) {
      case 'match':
        matches.push(played(fresh(a, b, undefined, tie.neutral)));
        break;
      case 'first_leg':
        matches.push(played(fresh(a, b, 1, tie.neutral)));
        break;
      case 'second_leg':
        matches.push(played(fresh(b, a, 2, tie.neutral)));
        break;
      case 'third_match':
        matches.push(played(fresh(a, b, 3, true)));
        break;
      case 'replay':
        matches.push(played(fresh(last ? last.away : b, last ? last.home : a, undefined, tie.neutral)));
        break;
      case 'extra_time': {
        if (!last?.result) return undefined;
        const extra = score(last.home, last.away, last.neutral === true, 1 / 3);
        const ft = last.result.fullTime;
        matches[lastAt] = {
          ...last,
          result: { ...last.result, extraTime: { home: ft.home + extra.home, away: ft.away + extra.away } },
        };
        break;
      }
      case 'penalties':
        if (!last?.result) return undefined;
        matches[lastAt] = { ...last, result: { ...last.result, penalties: penaltyShootout(random) } };
        break;
    }
  }
  return undefined;
}
