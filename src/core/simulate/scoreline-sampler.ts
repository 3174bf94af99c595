import { MAX_GOALS } from '../predict/index.ts';

const CELLS = (MAX_GOALS + 1) * (MAX_GOALS + 1);

const TWO_32 = 0x1_0000_0000;

/**
 * Every fixture's scoreline distribution as an alias table (Walker 1977; Vose 1991): one
 * uniform 32-bit word picks a cell in constant time, however many scorelines there are — its
 * high part (the word × cells, over 2³²) the cell, the rest whether to take the cell or its
 * alias. Built once per simulation, read by every run.
 */
export class ScorelineSampler {
  readonly count: number;
  private readonly threshold: Float64Array;
  private readonly alias: Int32Array;

  constructor(distributions: readonly Float64Array[]) {
    this.count = distributions.length;
    this.threshold = new Float64Array(this.count * CELLS);
    this.alias = new Int32Array(this.count * CELLS);
    distributions.forEach((d, f) => this.build(f, d));
  }

  /**
   * The scoreline of fixture `f` for the uniform 32-bit word `word`: home goals × (MAX_GOALS + 1)
   * + away goals. (`word` × cells < 2⁵³: the arithmetic is exact.)
   */
  sample(f: number, word: number): number {
    const x = word * CELLS;
    const k = (x / TWO_32) | 0;
    const at = f * CELLS + k;
    return x - k * TWO_32 < this.threshold[at]! ? k : this.alias[at]!;
  }

  private build(f: number, p: Float64Array): void {
    const base = f * CELLS;
    const scaled = new Float64Array(CELLS);
    const small: number[] = [];
    const large: number[] = [];
    for (let k = 0; k < CELLS; k++) {
      scaled[k] = (p[k] ?? 0) * CELLS;
      (scaled[k]! < 1 ? small : large).push(k);
    }
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.threshold[base + s] = scaled[s]! * TWO_32;
      this.alias[base + s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    // What is left is 1 up to rounding.
    for (const k of [...small, ...large]) {
      this.threshold[base + k] = TWO_32;
      this.alias[base + k] = k;
    }
  }
}

/** Home and away goals of each cell, for a hot loop that would rather read than divide. */
export const HOME_GOALS_OF_CELL = Uint8Array.from({ length: CELLS }, (_, c) => (c / (MAX_GOALS + 1)) | 0);
export const AWAY_GOALS_OF_CELL = Uint8Array.from({ length: CELLS }, (_, c) => c % (MAX_GOALS + 1));

export const homeGoalsOf = (cell: number): number => (cell / (MAX_GOALS + 1)) | 0;
export const awayGoalsOf = (cell: number): number => cell % (MAX_GOALS + 1);
