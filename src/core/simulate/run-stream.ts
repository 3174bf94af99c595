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
  return new RunRandom().reset(seed, run);
}

/**
 * The draws a simulated run needs: 32-bit words (a scoreline takes one), uniform numbers in
 * [0, 1) and a seed for lots. The generator is xoshiro128** (Blackman & Vigna 2018): four 32-bit
 * words of state and nothing but 32-bit integer operations, so a draw costs a few instructions
 * and no allocation; one object is reset for each run of a chunk.
 */
export class RunRandom {
  private s0 = 1;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  /** A seed for the drawing of lots of this run's tables. */
  lotsSeed = 0;

  /** Starts the stream of run `run` of the simulation seeded `seed`. */
  reset(seed: number, run: number): this {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
    // Every word depends on the run: xoshiro128**'s first output is a function of the second
    // word alone, so a word fixed by the seed would give every run the same first draw.
    const r = mix32(run ^ 0x3c6ef372);
    const a = mix32(lo ^ 0x9e3779b9 ^ r);
    const b = mix32(a ^ hi ^ 0x7f4a7c15 ^ Math.imul(run, 0x9e3779b1));
    const c = mix32(b + r);
    const d = mix32(c ^ Math.imul(run, 0x27d4eb2d) ^ 0xa54ff53a);
    // An all-zero state would stay zero for ever.
    this.s0 = a === 0 && b === 0 && c === 0 && d === 0 ? 1 : a;
    this.s1 = b;
    this.s2 = c;
    this.s3 = d;
    this.lotsSeed = (mix32(d ^ run) >>> 1) % 0x7fff_ffff;
    // A few steps so that nearby seeds and runs have mixed before the first draw.
    for (let i = 0; i < 4; i++) this.uint32();
    return this;
  }

  /** A uniform 32-bit word, as an integer in [0, 2³²). */
  uint32(): number {
    const s1 = this.s1;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9);
    const t = s1 << 9;
    let s2 = this.s2 ^ this.s0;
    let s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    this.s2 = s2;
    this.s3 = s3;
    return result >>> 0;
  }

  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.uint32() * 2.3283064365386963e-10;
  }
}
