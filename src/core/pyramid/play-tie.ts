import { resolveTie } from '../knockout/index.ts';
import { matchId, score, type Match, type Score, type TeamId } from '../model/index.ts';
import type { SeededRandom } from '../random/index.ts';
import { simulateScore } from './result-model.ts';
import type { PlayContext, TieResult } from './simulation-result.ts';
import type { LevelFormat } from './structure.ts';

type Knockout = Extract<LevelFormat, { kind: 'knockout' }>;

/** A shoot-out: five kicks each, three in four scored, then sudden death; it stops once decided. */
export function simulateShootout(random: SeededRandom): Score {
  let [home, away] = [0, 0];
  for (let kick = 0; kick < 5; kick++) {
    home += random.nextInt(0, 3) === 0 ? 0 : 1;
    if (home > away + (5 - kick) || away > home + (4 - kick)) break;
    away += random.nextInt(0, 3) === 0 ? 0 : 1;
    if (home > away + (4 - kick) || away > home + (4 - kick)) break;
  }
  while (home === away) {
    home += random.nextInt(0, 3) === 0 ? 0 : 1;
    away += random.nextInt(0, 3) === 0 ? 0 : 1;
  }
  return score(home, away);
}

/**
 * Plays one tie, `first` at home in the first leg, until the knockout engine (`resolveTie`)
 * declares a winner under the format's tie rules: it asks for extra time, a shoot-out, a
 * replay or a third match when the rules call for one, and the result model plays it. The
 * rules are applied in one place only — the same code that settles real ties.
 */
export function playTie(
  id: string,
  first: number,
  second: number,
  format: Knockout,
  ctx: PlayContext,
): { winner: number; loser: number; tie: TieResult } {
  const team = (c: number) => ctx.clubs[c] as TeamId;
  const clubOf = new Map<TeamId, number>([
    [team(first), first],
    [team(second), second],
  ]);
  const matches: Match[] = [];
  const play = (home: number, away: number, neutral: boolean) => {
    const [h, a] = simulateScore(
      ctx.random,
      ctx.model,
      ctx.strength[home] as number,
      ctx.strength[away] as number,
      neutral,
    );
    ctx.matches++;
    const leg = matches.length + 1;
    matches.push({
      id: matchId(`${id}/leg-${leg}`),
      tie: id,
      leg,
      home: team(home),
      away: team(away),
      ...(neutral && { neutral: true }),
      status: 'played',
      result: { fullTime: score(h, a) },
    });
  };
  const amend = (change: (m: Match) => Match) => {
    matches[matches.length - 1] = change(matches[matches.length - 1] as Match);
  };
  play(first, second, false);
  if (format.tie.legs === 2) play(second, first, false);
  for (;;) {
    const outcome = resolveTie(matches, format.tie, [], [team(first), team(second)]);
    if (outcome.status === 'decided') {
      const [winner, loser] = [clubOf.get(outcome.winner) as number, clubOf.get(outcome.loser) as number];
      return {
        winner,
        loser,
        tie: { matches, winner: outcome.winner, loser: outcome.loser, decidedBy: outcome.decidedBy },
      };
    }
    if (outcome.status === 'inconsistent')
      throw new Error(`simulated tie ${id} is inconsistent: ${outcome.reason}`);
    switch (outcome.awaiting) {
      case 'extra_time':
        amend((m) => {
          const full = m.result?.fullTime ?? score(0, 0);
          const [h, a] = simulateScore(
            ctx.random,
            { ...ctx.model, base: ctx.model.base - Math.log(3) },
            0,
            0,
            true,
          );
          return { ...m, result: { fullTime: full, extraTime: score(full.home + h, full.away + a) } };
        });
        break;
      case 'penalties':
        amend((m) => ({
          ...m,
          result: { ...(m.result ?? { fullTime: score(0, 0) }), penalties: simulateShootout(ctx.random) },
        }));
        break;
      case 'replay': {
        const last = matches[matches.length - 1] as Match;
        play(clubOf.get(last.away) as number, clubOf.get(last.home) as number, false);
        break;
      }
      case 'third_match':
        play(first, second, true);
        break;
      default:
        throw new Error(`simulated tie ${id} awaits ${outcome.awaiting}`);
    }
  }
}
