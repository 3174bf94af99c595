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
  const form: FormLetter[][] = Array.from({ length: columns.teamCount }, () => []);
  let missing = columns.teamCount * size;
  const take = (team: number, letter: FormLetter): void => {
    const f = form[team]!;
    if (f.length < size) {
      f.push(letter);
      missing--;
    }
  };
  const { home, away, homeGoals, awayGoals } = columns;
  for (let m = limit - 1; m >= 0 && missing > 0; m--) {
    const x = homeGoals[m]!;
    const y = awayGoals[m]!;
    if (side !== 'away') take(home[m]!, x > y ? 'W' : x < y ? 'L' : 'D');
    if (side !== 'home') take(away[m]!, y > x ? 'W' : y < x ? 'L' : 'D');
  }
  for (const f of form) f.reverse();
  return form;
}
