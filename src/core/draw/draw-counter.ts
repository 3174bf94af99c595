import type { DrawProblem } from './draw-problem.ts';

/**
 * Counts the valid ways to finish a draw, exactly, from the current state.
 *
 * `count(i)` is the number of valid complete draws that place `order[i…]` into the groups
 * as they stand. It recurses over the groups the next team may join, memoised on a state
 * signature: for each group, its free places, how many teams it holds of each pot still being
 * drawn and its count for every separation key a team still to come carries. Groups with equal signatures
 * are interchangeable for the rest of the draw, so the signatures are sorted (a group draw is
 * symmetric under relabelling groups that look alike) and each class is counted once.
 */
export interface DrawCounter {
  count(i: number): bigint;
  canPlace(team: number, group: number): boolean;
  place(team: number, group: number): void;
  unplace(team: number, group: number): void;
  /** Set when the memo outgrew its limit; counts are then meaningless. */
  readonly overflow: boolean;
  readonly states: number;
}

export function drawCounter(
  problem: DrawProblem,
  order: readonly number[],
  active: ReadonlySet<number>,
  stateLimit: number,
): DrawCounter {
  const groups = problem.capacity.length;
  const limits = problem.limits.filter((l) => active.has(l.origin));
  const base: number[] = [];
  let pairs = 0;
  for (const l of limits) {
    base.push(pairs);
    pairs += l.keys;
  }
  const quota = problem.potSizes.map((size, p) =>
    active.has(problem.potOrigins[p] as number) ? Math.ceil(size / groups) : Number.POSITIVE_INFINITY,
  );
  const free = Int32Array.from(problem.capacity);
  const potCount = new Int32Array(groups * Math.max(1, quota.length));
  const counts = new Int32Array(groups * Math.max(1, pairs));

  // The pots and separation keys (as pair indexes) of the teams still to come from step i.
  const relevantAt: number[][] = new Array(order.length + 1);
  const potsAt: number[][] = new Array(order.length + 1);
  const seen = new Set<number>();
  const seenPots = new Set<number>();
  relevantAt[order.length] = [];
  potsAt[order.length] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i] as number;
    limits.forEach((l, li) => {
      const k = l.keyOf[t] as number;
      if (k >= 0) seen.add((base[li] as number) + k);
    });
    if ((problem.potOf[t] as number) >= 0) seenPots.add(problem.potOf[t] as number);
    relevantAt[i] = [...seen].sort((a, b) => a - b);
    potsAt[i] = [...seenPots].sort((a, b) => a - b);
  }

  const canPlace = (t: number, g: number): boolean => {
    if ((free[g] as number) <= 0) return false;
    const p = problem.potOf[t] as number;
    if (p >= 0 && (potCount[g * quota.length + p] as number) >= (quota[p] as number)) return false;
    for (let li = 0; li < limits.length; li++) {
      const l = limits[li] as (typeof limits)[number];
      const k = l.keyOf[t] as number;
      if (k >= 0 && (counts[g * pairs + (base[li] as number) + k] as number) >= l.max) return false;
    }
    return true;
  };
  const shift = (t: number, g: number, by: 1 | -1): void => {
    free[g] = (free[g] as number) - by;
    const p = problem.potOf[t] as number;
    if (p >= 0) potCount[g * quota.length + p] = (potCount[g * quota.length + p] as number) + by;
    limits.forEach((l, li) => {
      const k = l.keyOf[t] as number;
      if (k >= 0)
        counts[g * pairs + (base[li] as number) + k] =
          (counts[g * pairs + (base[li] as number) + k] as number) + by;
    });
  };
  const signature = (g: number, i: number): string => {
    let s = `${free[g]}/`;
    for (const p of potsAt[i] as number[]) s += `${potCount[g * quota.length + p]}.`;
    for (const pair of relevantAt[i] as number[]) s += `,${counts[g * pairs + pair]}`;
    return s;
  };

  const memo = new Map<string, bigint>();
  const counter: DrawCounter = {
    overflow: false,
    get states() {
      return memo.size;
    },
    canPlace,
    place: (t, g) => shift(t, g, 1),
    unplace: (t, g) => shift(t, g, -1),
    count(i: number): bigint {
      if (i === order.length) return 1n;
      const classes = new Map<string, { group: number; size: number }>();
      for (let g = 0; g < groups; g++) {
        const sig = signature(g, i);
        const c = classes.get(sig);
        if (c) c.size++;
        else classes.set(sig, { group: g, size: 1 });
      }
      const key = `${i}|${[...classes.entries()]
        .map(([s, c]) => `${s}x${c.size}`)
        .sort()
        .join(';')}`;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      if (memo.size >= stateLimit) {
        (counter as { overflow: boolean }).overflow = true;
        return 0n;
      }
      const t = order[i] as number;
      let total = 0n;
      for (const { group, size } of classes.values()) {
        if (!canPlace(t, group)) continue;
        shift(t, group, 1);
        total += BigInt(size) * counter.count(i + 1);
        shift(t, group, -1);
      }
      memo.set(key, total);
      return total;
    },
  };
  return counter;
}
