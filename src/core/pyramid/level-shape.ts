import type { LevelFormat } from './structure.ts';

/** What a phase of a unit looks like before anyone has qualified for it. */
export type PhaseShape =
  | {
      readonly kind: 'groups';
      /** Group sizes, as equal as possible. */
      readonly groups: readonly number[];
      readonly cycles: number;
      /** How many leave each group: for the next phase, or the unit when it is the last. */
      readonly advancePerGroup: number;
      readonly matches: number;
    }
  | {
      readonly kind: 'knockout';
      readonly round: string;
      readonly ties: number;
      /** Entrants that skip this round (the first round when the entrants are not a power of two). */
      readonly byes: number;
      /** Legs of a tie; a replay or a third match, when the tie rules call for one, comes on top. */
      /** Legs of a tie; a replay or a third match, when the tie rules call for one, comes on top. */
      readonly legs: 1 | 2;
      /** A final for the title only: both finalists have already qualified. */
      readonly forTitle: boolean;
      readonly matches: number;
    };

/** Sizes of `count` entrants split into `groups` groups as equal as possible, larger first. */
export const groupSizes = (count: number, groups: number): number[] =>
  Array.from({ length: groups }, (_, g) => Math.floor(count / groups) + (g < count % groups ? 1 : 0));

/**
 * How many groups a mini-league phase of `entrants` uses: the fewest of at most `maxGroupSize`,
 * or one when splitting would not leave fewer clubs for the next phase.
 */
export function groupCount(entrants: number, qualifiers: number, maxGroupSize: number): number {
  const g = Math.max(1, Math.ceil(entrants / maxGroupSize));
  return g > 1 && g * qualifiers >= entrants ? 1 : g;
}

export function roundName(entrants: number): string {
  if (entrants === 2) return 'final';
  if (entrants === 4) return 'semi-finals';
  if (entrants === 8) return 'quarter-finals';
  return (entrants & (entrants - 1)) === 0 ? `round-of-${entrants}` : 'preliminary-round';
}

const largestPowerOfTwo = (n: number) => 2 ** Math.floor(Math.log2(n));

/** The knockout rounds of `entrants` clubs down to `qualifiers`: ties and byes of each. */
export function knockoutRounds(
  entrants: number,
  qualifiers: number,
): { round: string; ties: number; byes: number }[] {
  const rounds: { round: string; ties: number; byes: number }[] = [];
  let left = entrants;
  const target = Math.max(1, qualifiers);
  while (left > target) {
    const power = largestPowerOfTwo(left);
    const ties = Math.min(power === left ? left / 2 : left - power, left - target);
    rounds.push({ round: roundName(left), ties, byes: left - 2 * ties });
    left -= ties;
  }
  return rounds;
}

/** The phases of a unit with `entrants` clubs under `format`; none when there is nothing to play. */
export function phasesOf(format: LevelFormat, entrants: number): PhaseShape[] {
  const phases: PhaseShape[] = [];
  if (format.kind === 'knockout') {
    const perTie = format.tie.legs;
    for (const r of knockoutRounds(entrants, format.qualifiers)) {
      phases.push({
        kind: 'knockout',
        ...r,
        legs: format.tie.legs,
        forTitle: false,
        matches: r.ties * perTie,
      });
    }
    if (format.titleFinal && Math.min(entrants, format.qualifiers) === 2) {
      phases.push({
        kind: 'knockout',
        round: 'final',
        ties: 1,
        byes: 0,
        legs: format.tie.legs,
        forTitle: true,
        matches: perTie,
      });
    }
    return phases;
  }
  let left = entrants;
  while (left >= 2) {
    const g = groupCount(left, format.qualifiers, format.maxGroupSize);
    const sizes = groupSizes(left, g);
    const matches = sizes.reduce((n, s) => n + (format.cycles * s * (s - 1)) / 2, 0);
    phases.push({
      kind: 'groups',
      groups: sizes,
      cycles: format.cycles,
      advancePerGroup: format.qualifiers,
      matches,
    });
    if (g === 1) break;
    left = sizes.reduce((n, s) => n + Math.min(format.qualifiers, s), 0);
  }
  return phases;
}

/** How many clubs leave a unit of `entrants` under `format`. */
export const qualifiersOf = (format: LevelFormat, entrants: number): number =>
  Math.min(format.qualifiers, entrants);
