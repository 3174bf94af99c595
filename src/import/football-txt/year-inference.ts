import type { IsoDate } from '../../core/model/index.ts';
import { isoDate } from '../../core/model/index.ts';
import { isValidDay } from './date-text.ts';

/**
 * Filling in the year a Football.TXT date leaves out. Files list matches by round, not strictly
 * by date (a postponed match sits under its original matchday), so "the month went backwards,
 * so the year went up" is wrong. Instead the year is the one that puts the date closest to the
 * previous dated match, among the years the season spans.
 */
export interface YearContext {
  /** First and last calendar year of the season (`2023/24` gives 2023–2024; `2015` gives 2015–2015). */
  readonly seasonYears?: readonly [number, number];
  readonly previous?: IsoDate;
}

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

export const toIsoDate = (y: number, m: number, d: number): IsoDate =>
  isoDate(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** The century of a two-digit year: the one nearest the season, else 19xx above 30. */
export function expandTwoDigitYear(yy: number, seasonYears?: readonly [number, number]): number {
  if (seasonYears) {
    const base = seasonYears[0] - (seasonYears[0] % 100);
    const options = [base - 100 + yy, base + yy, base + 100 + yy];
    return options.reduce((a, b) => (Math.abs(b - seasonYears[0]) < Math.abs(a - seasonYears[0]) ? b : a));
  }
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

export function resolveYear(month: number, day: number, ctx: YearContext): number | undefined {
  const season = ctx.seasonYears;
  if (ctx.previous) {
    const py = Number(ctx.previous.slice(0, 4));
    const pm = Number(ctx.previous.slice(5, 7));
    const pd = Number(ctx.previous.slice(8, 10));
    const from = dayNumber(py, pm, pd);
    let candidates = [py - 1, py, py + 1];
    if (season) {
      const inSeason = candidates.filter((y) => y >= season[0] && y <= Math.max(season[1], season[0] + 1));
      if (inSeason.length > 0) candidates = inSeason;
    }
    return candidates.reduce((a, b) =>
      Math.abs(dayNumber(b, month, day) - from) < Math.abs(dayNumber(a, month, day) - from) ? b : a,
    );
  }
  if (!season) return undefined;
  // The first date of a season that spans two years: a July–December date is in the first year.
  return season[1] > season[0] && month < 7 ? season[1] : season[0];
}

/** `2023/24` → [2023, 2024]; `1999/00` → [1999, 2000]; `2015` → [2015, 2015]; `1871/72` → [1871, 1872]. */
export function seasonYearsOf(season: string): [number, number] | undefined {
  const m = /^(\d{4})(?:[/-](\d{2}|\d{4}))?$/.exec(season);
  if (!m) return undefined;
  const start = Number(m[1]);
  if (!m[2]) return [start, start];
  const end =
    m[2].length === 4
      ? Number(m[2])
      : start - (start % 100) + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0);
  return [start, end];
}

export type ResolvedDate =
  | { readonly date: IsoDate }
  | { readonly yearOnly: number }
  | { readonly invalid: string }
  | { readonly noYear: true };

/** A date as written, made whole: the year filled in, the day checked against the month. */
export function resolveDate(
  d: {
    readonly year?: number;
    readonly month?: number;
    readonly day?: number;
    readonly twoDigitYear?: boolean;
  },
  ctx: YearContext,
): ResolvedDate {
  if (d.month === undefined || d.day === undefined) {
    return d.year !== undefined ? { yearOnly: d.year } : { invalid: 'no day and month' };
  }
  if (!isValidDay(d.month, d.day)) return { invalid: `no day ${d.day} in month ${d.month}` };
  const year =
    d.year === undefined
      ? resolveYear(d.month, d.day, ctx)
      : d.twoDigitYear
        ? expandTwoDigitYear(d.year, ctx.seasonYears)
        : d.year;
  return year === undefined ? { noYear: true } : { date: toIsoDate(year, d.month, d.day) };
}
