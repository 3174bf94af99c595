import type { Criterion, TieContext } from './criterion.ts';

const SMALL = 32;
const TEAM_BITS = 2 ** 21;
const KEY_OFFSET = 2 ** 31;

/**
 * Sorts `order[lo, hi)` best first by one criterion (level teams keep team-number order) and
 * returns the places where the criterion separates neighbours. A keyed criterion is read once
 * per team: short runs then use an insertion sort on the keys, long ones a native sort of
 * key-and-team packed into one float (31-bit key, 21-bit team: exact in a double), with no
 * comparator call at all. Other criteria (exact fractions) use their comparator.
 */
export function sortRange(
  ctx: TieContext,
  criterion: Criterion,
  order: Int32Array,
  lo: number,
  hi: number,
  keys: Float64Array,
): number[] {
  const cuts: number[] = [];
  const key = ctx.teamCount < TEAM_BITS ? criterion.key : undefined;
  if (key === undefined) {
    const compare = (a: number, b: number): number => criterion.compare(ctx, a, b) || a - b;
    if (hi - lo <= SMALL) insertionSort(order, lo, hi, compare);
    else order.subarray(lo, hi).sort(compare);
    for (let i = lo + 1; i < hi; i++)
      if (criterion.compare(ctx, order[i - 1]!, order[i]!) !== 0) cuts.push(i);
    return cuts;
  }
  for (let i = lo; i < hi; i++) keys[order[i]!] = key(ctx, order[i]!);
  if (hi - lo <= SMALL) {
    for (let i = lo + 1; i < hi; i++) {
      const t = order[i]!;
      const kt = keys[t]!;
      let j = i - 1;
      for (; j >= lo; j--) {
        const u = order[j]!;
        const ku = keys[u]!;
        if (ku > kt || (ku === kt && u < t)) break;
        order[j + 1] = u;
      }
      order[j + 1] = t;
    }
  } else {
    const packed = new Float64Array(hi - lo);
    for (let i = lo; i < hi; i++) packed[i - lo] = (KEY_OFFSET - keys[order[i]!]!) * TEAM_BITS + order[i]!;
    packed.sort();
    for (let i = lo; i < hi; i++) order[i] = packed[i - lo]! % TEAM_BITS;
  }
  for (let i = lo + 1; i < hi; i++) if (keys[order[i - 1]!] !== keys[order[i]!]) cuts.push(i);
  return cuts;
}

function insertionSort(
  order: Int32Array,
  lo: number,
  hi: number,
  compare: (a: number, b: number) => number,
): void {
  for (let i = lo + 1; i < hi; i++) {
    const t = order[i]!;
    let j = i - 1;
    for (; j >= lo && compare(order[j]!, t) > 0; j--) order[j + 1] = order[j]!;
    order[j + 1] = t;
  }
}
