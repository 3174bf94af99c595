import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** murmur3's 32-bit finaliser. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * The random stream of one run of a simulation, from the simulation's seed and the run's index
 * alone. Which thread plays a run, and in what order, cannot change what the run draws: the
 * same seed gives the same answer on one thread or eight.
 */
export function runStream(seed: number, run: number): RunRandom {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
  const a = mix32(lo ^ 0x9e3779b9);
  const b = mix32(a ^ hi ^ 0x7f4a7c15);
  const c = mix32(b + mix32(run ^ 0x3c6ef372));
  const d = mix32(c ^ Math.imul(run, 0x27d4eb2d) ^ 0xa54ff53a);
  const rng = xoroshiro128plusFromState(
    a === 0 && b === 0 && c === 0 && d === 0 ? [1, 0, 0, 0] : [a, b, c, d],
  );
  return new RunRandom(rng, (mix32(d ^ run) >>> 1) % 0x7fff_ffff);
}

/** The draws a simulated run needs: uniform numbers in [0, 1) (32 bits are plenty) and a seed for lots. */
export class RunRandom {
  constructor(
    private readonly rng: RandomGenerator,
    /** A seed for the drawing of lots of this run's tables. */
    readonly lotsSeed: number,
  ) {}

  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number {
    return (this.rng.next() >>> 0) * 2.3283064365386963e-10;
  }
}
