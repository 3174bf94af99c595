import { uniformBigInt } from 'pure-rand/distribution/uniformBigInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * A seeded source of randomness. The same seed always gives the same sequence, so every
 * draw, fixture list and simulation can be reproduced from the seed it prints.
 *
 * The generator is stateful (each call advances it); a function that receives one is
 * deterministic for a given seed and call order. Public core functions take a numeric seed
 * and create their own generator, so callers never share state by accident.
 */
export interface SeededRandom {
  /** The seed this generator was created from. */
  readonly seed: number;
  /** A uniformly distributed integer in [min, max], both included. */
  nextInt(min: number, max: number): number;
  /** A uniformly distributed bigint in [0, below). */
  nextBigInt(below: bigint): bigint;
  /** A uniformly distributed float in [0, 1). */
  nextFloat(): number;
  /** A new array with the items in a uniformly random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** One item chosen uniformly. The list must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** An independent generator: it takes over the current stream and this one jumps 2^64 steps on. */
  fork(): SeededRandom;
}

/** murmur3's 32-bit finaliser: spreads neighbouring seeds (1, 2, 3…) over the whole state. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function stateFromSeed(seed: number): number[] {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
  // A chain of mixes, so that every word of the state depends on every bit of the seed.
  const a = mix32(lo ^ 0x9e3779b9);
  const b = mix32(a ^ hi ^ 0x7f4a7c15);
  const c = mix32(b + 0x3c6ef372);
  const d = mix32(c ^ 0xa54ff53a);
  // xoroshiro128+ must not start from an all-zero state.
  return a === 0 && b === 0 && c === 0 && d === 0 ? [1, 0, 0, 0] : [a, b, c, d];
}

function wrap(seed: number, rng: RandomGenerator & { jump?: () => void }): SeededRandom {
  const random: SeededRandom = {
    seed,
    nextInt: (min, max) => uniformInt(rng, min, max),
    nextBigInt: (below) => (below <= 1n ? 0n : uniformBigInt(rng, 0n, below - 1n)),
    nextFloat: () => uniformFloat64(rng),
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        const t = out[i] as T;
        out[i] = out[j] as T;
        out[j] = t;
      }
      return out;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[uniformInt(rng, 0, items.length - 1)] as T;
    },
    fork() {
      // The child continues the current stream; the parent jumps 2^64 steps ahead, so the
      // two never overlap and successive forks are independent of each other.
      const child = rng.clone();
      rng.jump?.();
      return wrap(seed, child);
    },
  };
  return random;
}

/**
 * A generator for `seed`, any non-negative safe integer. Seeds are printed with every draw
 * and simulation; feeding the printed seed back reproduces the result exactly.
 */
export function createRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`a seed is a non-negative safe integer, got ${seed}`);
  }
  return wrap(seed, xoroshiro128plusFromState(stateFromSeed(seed)));
}
