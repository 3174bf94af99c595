import type { KnockoutRoundDoc } from '../definition/index.ts';
import type { KnockoutRoundState, Qualifier } from './engine-types.ts';
import { tieSide } from './knockout-qualifiers.ts';

/** A tie as the regulations fix it: its id and, once known or derived, where each side comes from. */
export interface Pair {
  readonly id: string;
  readonly name?: string;
  /** Home in the first leg first. */
  readonly slots?: readonly [Qualifier, Qualifier];
}

/**
 * The pairings a round's `pairing` derives: from its entrants in order (`fold`: 1st v 4th,
 * 2nd v 3rd; `adjacent`: 1st v 2nd, 3rd v 4th) or from the round before (`bracket`: winner of
 * its first tie v winner of its second, …). Two entrants and no `pairing` make one tie, named
 * after the round (a final). A drawn round, or a round with nothing fixed, has no pairing
 * here: its ties come from a recorded draw or from the matches played.
 */
export function derivePairs(
  round: KnockoutRoundDoc,
  entrants: readonly Qualifier[] | undefined,
  previous: KnockoutRoundState | undefined,
): Pair[] {
  const sides = sidesOf(round, entrants, previous);
  if (sides === undefined) return [];
  const single = sides.length === 1;
  return sides.map(([higher, lower], k) => ({
    id: single ? round.id : `${round.id}-${k + 1}`,
    name: single ? round.name : `${round.name} ${k + 1}`,
    slots: round.homeFirst === 'lower' ? [lower, higher] : [higher, lower],
  }));
}

function sidesOf(
  round: KnockoutRoundDoc,
  entrants: readonly Qualifier[] | undefined,
  previous: KnockoutRoundState | undefined,
): [Qualifier, Qualifier][] | undefined {
  switch (round.pairing) {
    case 'fold':
      return entrants && halve(entrants, (i, n) => n - 1 - i);
    case 'adjacent':
      return entrants && halve(entrants, (i) => i + 1, 2);
    case 'bracket': {
      if (!previous) return undefined;
      const winners = previous.ties.map((t) => tieSide(t, true));
      return halve(winners, (i) => i + 1, 2);
    }
    case 'draw':
      return undefined;
    case undefined:
      return entrants?.length === 2 ? [[entrants[0]!, entrants[1]!]] : undefined;
  }
}

/** Pairs entrant i with entrant `partner(i)`, for the first half (fold) or every other one (adjacent). */
function halve(
  list: readonly Qualifier[],
  partner: (i: number, n: number) => number,
  step = 1,
): [Qualifier, Qualifier][] {
  const n = list.length - (list.length % 2);
  const out: [Qualifier, Qualifier][] = [];
  const limit = step === 1 ? n / 2 : n;
  for (let i = 0; i < limit; i += step) out.push([list[i]!, list[partner(i, n)]!]);
  return out;
}
