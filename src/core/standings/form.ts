import type { FormLetter } from './table.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';

/**
 * Each team's last `size` results, most recent last, read backwards from the end of the
 * columns (which are in date order) and stopping as soon as every team has its five.
 */
export function formOf(
  columns: MatchColumns,
  side: TableSide,
  limit = matchCountOf(columns),
  size = 5,
): FormLetter[][] {
  // Plain loops: Array.from({ length }, …) walks the generic iterable path, slower than the rest of the table.
  const form = new Array<FormLetter[]>(columns.teamCount);
  for (let t = 0; t < form.length; t++) form[t] = [];
  let missing = columns.teamCount * size;
  const { home, away, homeGoals, awayGoals } = columns;
  for (let m = limit - 1; m >= 0 && missing > 0; m--) {
    const x = homeGoals[m]!;
    const y = awayGoals[m]!;
    if (side !== 'away') {
      const f = form[home[m]!]!;
      if (f.length < size) {
        f.push(x > y ? 'W' : x < y ? 'L' : 'D');
        missing--;
      }
    }
    if (side !== 'home') {
      const f = form[away[m]!]!;
      if (f.length < size) {
        f.push(y > x ? 'W' : y < x ? 'L' : 'D');
        missing--;
      }
    }
  }
  for (const f of form) f.reverse();
  return form;
}
