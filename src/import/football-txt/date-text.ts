/**
 * Dates as openfootball and RSSSF write them at the start of a line:
 *
 *   [Sat Aug/16]   Sat Aug/16 2014   Tue Sep/17 2024   Sun Nov 20   July 13   Aug 11
 *   16 June   4 Jun   24.3.21   26.07.30   12.6.   2024-08-16   1930 (year only)
 *
 * The year is often left out; `resolveYear` fills it in from what came before.
 */
export interface DateText {
  readonly month?: number;
  readonly day?: number;
  /** As written: 4 digits, or 2 digits (`24.3.21`) that still need a century. */
  readonly year?: number;
  readonly twoDigitYear?: boolean;
  /** Index just after the date (and a closing bracket, if any). */
  readonly end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const END = '(?=[\\s\\]@,]|$)';

const MONTH_DAY = new RegExp(
  `^\\[?\\s*${WEEKDAY}${MONTH}(?:/|\\s+)(\\d{1,2})(?:,?\\s+(\\d{4}))?${END}\\]?`,
  'i',
);
const DAY_MONTH = new RegExp(`^\\[?\\s*${WEEKDAY}(\\d{1,2})\\.?\\s+${MONTH}(?:\\s+(\\d{4}))?${END}\\]?`, 'i');
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?=[\s@]|$)/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?=[\s@]|$)/;
const YEAR_ONLY = /^(\d{4})(?=\s+@)/;

const monthOf = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')]!;

export function readDateText(text: string): DateText | undefined {
  let m = MONTH_DAY.exec(text);
  if (m)
    return {
      month: monthOf(m[1]!),
      day: Number(m[2]),
      ...(m[3] && { year: Number(m[3]) }),
      end: m[0].length,
    };
  m = DAY_MONTH.exec(text);
  if (m)
    return {
      month: monthOf(m[2]!),
      day: Number(m[1]),
      ...(m[3] && { year: Number(m[3]) }),
      end: m[0].length,
    };
  m = DOTTED.exec(text);
  if (m) {
    const year = m[3];
    return {
      day: Number(m[1]),
      month: Number(m[2]),
      ...(year && { year: Number(year), twoDigitYear: year.length === 2 }),
      end: m[0].length,
    };
  }
  m = ISO.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), end: m[0].length };
  m = YEAR_ONLY.exec(text);
  if (m) return { year: Number(m[1]), end: m[0].length };
  return undefined;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isValidDay = (month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
