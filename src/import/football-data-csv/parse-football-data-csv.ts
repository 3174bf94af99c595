import type { CardCounts, IsoDate, MatchResult, Score } from '../../core/model/index.ts';
import { readCsvRows, type CsvRow } from '../csv/read-csv-rows.ts';
import type { ImportResult, ImportedMatch, Refusal } from '../model/index.ts';
import { checkMatches } from '../quality/check-matches.ts';
import { isValidDay } from '../football-txt/date-text.ts';
import { toIsoDate } from '../football-txt/year-inference.ts';

/**
 * football-data.co.uk results CSV: `Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,
 * Referee,…,HY,AY,HR,AR,…` (the main leagues) or `Country,League,Season,Date,Time,Home,Away,HG,
 * AG,Res,…` (the extra leagues). Read by header name, in any column order; betting columns are
 * passed over.
 *
 * Cards: the source counts cards per side as `HY`/`AY` (yellow) and `HR`/`AR` (red), and a
 * sending-off for a second yellow is counted among the reds — it has no separate column. So
 * `red` holds every sending-off and `secondYellow` is 0: fair-play criteria that weigh a second
 * yellow differently from a straight red cannot be computed exactly from this source.
 */
export interface FootballDataOptions {
  readonly file?: string;
  readonly asOf?: IsoDate;
}

const HOME = ['HomeTeam', 'Home', 'HT'];
const AWAY = ['AwayTeam', 'Away', 'AT'];
const HOME_GOALS = ['FTHG', 'HG'];
const AWAY_GOALS = ['FTAG', 'AG'];

/** dd/mm/yy or dd/mm/yyyy; two-digit years from 1993 (the first season the site covers). */
function dateOf(text: string): IsoDate | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const yy = Number(m[3]);
  const year = m[3]!.length === 4 ? yy : yy >= 90 ? 1900 + yy : 2000 + yy;
  return isValidDay(month, day) ? toIsoDate(year, month, day) : undefined;
}

type Read =
  | { readonly match: ImportedMatch }
  | { readonly column: string; readonly expected: string }
  | { readonly blank: true };

function pick(row: CsvRow, names: readonly string[]): [string, string | undefined] {
  for (const n of names) {
    const v = row.field(n);
    if (v !== undefined) return [n, v];
  }
  return [names[0]!, undefined];
}

function readRow(row: CsvRow, file: string | undefined): Read {
  const [, home] = pick(row, HOME);
  const [, away] = pick(row, AWAY);
  if (!home && !away) return { blank: true };
  if (!home) return { column: HOME.join('/'), expected: 'the home team' };
  if (!away) return { column: AWAY.join('/'), expected: 'the away team' };
  const dateText = row.field('Date') ?? '';
  const date = dateOf(dateText);
  if (!date) return { column: 'Date', expected: `a date dd/mm/yy or dd/mm/yyyy, got "${dateText}"` };

  const counts: Record<string, number | undefined> = {};
  for (const [names, key] of [
    [HOME_GOALS, 'hg'],
    [AWAY_GOALS, 'ag'],
    [['HTHG'], 'hhg'],
    [['HTAG'], 'hag'],
    [['HY'], 'hy'],
    [['AY'], 'ay'],
    [['HR'], 'hr'],
    [['AR'], 'ar'],
  ] as const) {
    const [column, v] = pick(row, names);
    if (v === undefined || v === '') continue;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) return { column, expected: `a whole number, got "${v}"` };
    counts[key] = n;
  }
  const pair = (h: string, a: string): Score | undefined =>
    counts[h] !== undefined && counts[a] !== undefined ? { home: counts[h]!, away: counts[a]! } : undefined;
  const fullTime = pair('hg', 'ag');
  const halfTime = pair('hhg', 'hag');
  const result: MatchResult | undefined = fullTime && { fullTime, ...(halfTime && { halfTime }) };
  const card = (y: string, r: string): CardCounts => ({
    yellow: counts[y] ?? 0,
    secondYellow: 0,
    red: counts[r] ?? 0,
  });
  const hasCards = ['hy', 'ay', 'hr', 'ar'].some((k) => counts[k] !== undefined);
  const time = row.field('Time');
  const competition = row.field('Div') || row.field('League');
  const season = row.field('Season');
  const referee = row.field('Referee');
  return {
    match: {
      line: row.line,
      ...(file && { file }),
      ...(competition && { competition }),
      ...(season && { season }),
      date,
      ...(time && /^\d{1,2}:\d{2}$/.test(time) && { time: time.padStart(5, '0') }),
      home,
      away,
      status: result ? 'played' : 'scheduled',
      ...(result && { result }),
      ...(hasCards && { cards: { home: card('hy', 'hr'), away: card('ay', 'ar') } }),
      ...(referee && { referee }),
    },
  };
}

export function parseFootballDataCsv(text: string, options: FootballDataOptions = {}): ImportResult {
  const { file } = options;
  const refused: Refusal[] = [];
  const matches: ImportedMatch[] = [];
  const csv = readCsvRows(text, ['Date']);
  const header = 'header' in csv ? csv.header : [];
  const has = (names: readonly string[]): boolean => names.some((n) => header.includes(n));
  if ('missing' in csv || !has(HOME) || !has(AWAY) || !has(HOME_GOALS) || !has(AWAY_GOALS)) {
    const detail =
      'expected the football-data.co.uk header: Date, HomeTeam, AwayTeam, FTHG, FTAG (or Home, Away, HG, AG)';
    refused.push({
      ...(file && { file }),
      line: 1,
      text: 'missing' in csv ? csv.headerText : header.join(','),
      reason: 'invalid_row',
      detail,
    });
    return { ...(file && { file }), matches, tables: [], refused, issues: [] };
  }
  for (const row of csv.rows) {
    const read = readRow(row, file);
    if ('match' in read) matches.push(read.match);
    else if ('column' in read) {
      refused.push({
        ...(file && { file }),
        line: row.line,
        text: row.text,
        reason: 'invalid_row',
        detail: `column ${read.column}: expected ${read.expected}`,
      });
    }
  }
  return {
    ...(file && { file }),
    matches,
    tables: [],
    refused,
    issues: checkMatches(matches, { ...(options.asOf && { asOf: options.asOf }) }),
  };
}
