/**
 * Standard competition ranking ("1224"): items level on the value share the better rank and the
 * next rank skips, as scorer lists print it (two players on 7 goals are both 4th, the next is 6th).
 * `items` must already be sorted best first.
 */
export function competitionRanks<T>(
  items: readonly T[],
  value: (item: T) => number,
): { readonly rank: number; readonly shared: boolean }[] {
  const ranks: number[] = [];
  items.forEach((item, i) => {
    ranks.push(i > 0 && value(items[i - 1]!) === value(item) ? ranks[i - 1]! : i + 1);
  });
  return ranks.map((rank, i) => ({ rank, shared: ranks[i - 1] === rank || ranks[i + 1] === rank }));
}
