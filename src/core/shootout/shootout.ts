import type { Score, Side } from '../model/score.ts';

export type KickOutcome = 'scored' | 'missed' | 'saved';
export interface Kick {
  readonly side: Side;
  readonly outcome: KickOutcome;
  readonly player?: string;
}

export type ShootoutVerdict =
  | {
      readonly status: 'decided';
      readonly score: Score;
      readonly winner: Side;
      readonly kicks: readonly Kick[];
      readonly suddenDeath: boolean;
    }
  | { readonly status: 'unfinished'; readonly score: Score; readonly kicks: readonly Kick[] }
  | { readonly status: 'invalid'; readonly reason: string; readonly atKick: number };

/**
 * Replays a shoot-out kick by kick under IFAB Law 10: five kicks each, taken alternately; it
 * ends as soon as one team has scored more than the other could reach with all its remaining
 * kicks; level after five each, it goes on in pairs (sudden death) until one team has scored
 * and the other not from the same number of kicks.
 */
export function replayShootout(kicks: readonly Kick[], first: Side): ShootoutVerdict {
  const goals = { home: 0, away: 0 };
  const taken = { home: 0, away: 0 };
  for (let i = 0; i < kicks.length; i++) {
    const kick = kicks[i]!;
    const expected: Side = i % 2 === 0 ? first : first === 'home' ? 'away' : 'home';
    if (kick.side !== expected) {
      return {
        status: 'invalid',
        reason: `kick ${i + 1} should be taken by the ${expected} side (kicks alternate)`,
        atKick: i,
      };
    }
    if (decision(goals, taken) !== undefined) {
      return {
        status: 'invalid',
        reason: `kick ${i + 1} was taken after the shoot-out was already decided`,
        atKick: i,
      };
    }
    taken[kick.side]++;
    if (kick.outcome === 'scored') goals[kick.side]++;
  }
  const winner = decision(goals, taken);
  const score = { home: goals.home, away: goals.away };
  if (winner === undefined) return { status: 'unfinished', score, kicks };
  return { status: 'decided', score, winner, kicks, suddenDeath: taken.home > 5 };
}

function decision(
  goals: { home: number; away: number },
  taken: { home: number; away: number },
): Side | undefined {
  if (taken.home <= 5 && taken.away <= 5) {
    const homeLeft = 5 - taken.home;
    const awayLeft = 5 - taken.away;
    if (goals.home > goals.away + awayLeft) return 'home';
    if (goals.away > goals.home + homeLeft) return 'away';
    return undefined;
  }
  if (taken.home !== taken.away) return undefined;
  if (goals.home !== goals.away) return goals.home > goals.away ? 'home' : 'away';
  return undefined;
}

/**
 * Interleaves per-side kick lists. When the first kicker is not recorded, both orders are
 * tried: when only one is a valid shoot-out, that order is what happened.
 */
export function shootoutFromSides(
  home: readonly Omit<Kick, 'side'>[],
  away: readonly Omit<Kick, 'side'>[],
  first?: Side,
): ShootoutVerdict & { readonly first?: Side } {
  const orders: Side[] = first ? [first] : ['home', 'away'];
  let lastFailure: ShootoutVerdict | undefined;
  for (const f of orders) {
    const a = f === 'home' ? home : away;
    const b = f === 'home' ? away : home;
    const sideB: Side = f === 'home' ? 'away' : 'home';
    const kicks: Kick[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i < a.length) kicks.push({ ...a[i]!, side: f });
      if (i < b.length) kicks.push({ ...b[i]!, side: sideB });
    }
    if (a.length < b.length || a.length > b.length + 1) {
      lastFailure = {
        status: 'invalid',
        reason: `the ${f} side kicked first, so it cannot have taken ${a.length} kicks to ${b.length}`,
        atKick: kicks.length - 1,
      };
      continue;
    }
    const verdict = replayShootout(kicks, f);
    if (verdict.status !== 'invalid') return { ...verdict, first: f };
    lastFailure = verdict;
  }
  return lastFailure!;
}
