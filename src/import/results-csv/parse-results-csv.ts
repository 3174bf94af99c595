import type { CardCounts, MatchResult, MatchStatus, Score, Side } from '../../core/model/index.ts';
import { finalScore, isoDate } from '../../core/model/index.ts';
import { suggest } from '../../core/names/suggest.ts';
import { csvLines, splitCsvLine } from '../csv/split-csv-line.ts';
import { isValidDay } from '../football-txt/date-text.ts';
import type { ImportResult, ImportedMatch } from '../model/index.ts';
import { checkMatches } from '../quality/check-matches.ts';
import { ALL_COLUMNS, PAIRED_COLUMNS, REQUIRED_COLUMNS } from './results-csv-columns.ts';
import type { ResultsCsvError, ResultsCsvErrorCode } from './results-csv-error.ts';

export interface ResultsCsvResult extends ImportResult {
  readonly errors: readonly ResultsCsvError[];
}

const STATUSES: readonly MatchStatus[] = [
  'played',
  'awarded',
  'void',
  'abandoned',
  'annulled',
  'postponed',
  'cancelled',
  'scheduled',
];
/** Statuses whose match may have no score. */
const SCORELESS: ReadonlySet<MatchStatus> = new Set([
  'void',
  'abandoned',
  'annulled',
  'postponed',
  'cancelled',
  'scheduled',
]);

/**
 * Reads the plain results CSV (see results-csv-columns.ts). Header-driven: columns in any order,
 * an unknown column is an error (with a suggestion), so that a typo such as `home_yelow` cannot
 * silently drop data. Every error names its line, column and field.
 */
export function parseResultsCsv(
  text: string,
  options: { file?: string; fixtures?: boolean } = {},
): ResultsCsvResult {
  const { file } = options;
  // A fixtures file lists matches still to play: the goal columns may be left out, and a row
  // without a score is `scheduled` unless its status says otherwise.
  const fixtures = options.fixtures === true;
  const errors: ResultsCsvError[] = [];
  const matches: ImportedMatch[] = [];
  const rowText = new Map<number, string>();
  const fail = (
    code: ResultsCsvErrorCode,
    line: number,
    message: string,
    field?: string,
    column?: number,
  ): void => {
    errors.push({ code, line, ...(column !== undefined && { column }), ...(field && { field }), message });
  };
  const done = (): ResultsCsvResult => ({
    ...(file && { file }),
    matches,
    tables: [],
    errors,
    refused: errors.map((e) => ({
      ...(file && { file }),
      line: e.line,
      ...(e.column !== undefined && { column: e.column }),
      text: rowText.get(e.line) ?? '',
      reason: 'invalid_row',
      detail: `${e.field ? `${e.field}: ` : ''}${e.message}`,
    })),
    issues: checkMatches(matches),
  });

  const lines = csvLines(text);
  const first = lines.next();
  const header = first.done ? [] : splitCsvLine(first.value[0]).map((h) => h.trim());
  if (!first.done) rowText.set(1, first.value[0]);
  const col = new Map<string, number>();
  header.forEach((name, i) => {
    if (col.has(name)) fail('duplicate_column', 1, `column "${name}" appears twice`, name, i + 1);
    else if (!ALL_COLUMNS.includes(name)) {
      const near = suggest(name, ALL_COLUMNS);
      fail(
        'unknown_column',
        1,
        `unknown column "${name}"${near ? ` — did you mean "${near}"?` : ''}`,
        name,
        i + 1,
      );
    }
    col.set(name, i);
  });
  for (const name of REQUIRED_COLUMNS) {
    if (fixtures && (name === 'home_goals' || name === 'away_goals')) continue;
    if (!col.has(name)) fail('missing_column', 1, `the header has no "${name}" column`, name);
  }
  if (errors.length > 0) return done();

  for (const [row, line] of lines) {
    if (row.trim() === '') continue;
    rowText.set(line, row);
    const fields = splitCsvLine(row);
    if (fields.length > header.length) {
      fail(
        'too_many_fields',
        line,
        `${fields.length} fields, but the header names ${header.length}`,
        undefined,
        header.length + 1,
      );
      continue;
    }
    const before = errors.length;
    const value = (name: string): string => (col.has(name) ? (fields[col.get(name)!] ?? '').trim() : '');
    const at = (name: string): number | undefined => (col.has(name) ? col.get(name)! + 1 : undefined);
    const count = (name: string): number | undefined => {
      const v = value(name);
      if (v === '') return undefined;
      if (!/^\d{1,3}$/.test(v))
        fail(
          'invalid_number',
          line,
          `${name} must be a whole number of 0 or more, got "${v}"`,
          name,
          at(name),
        );
      return Number(v);
    };
    const pair = ([h, a]: readonly [string, string]): Score | undefined => {
      const home = count(h);
      const away = count(a);
      if ((home === undefined) !== (away === undefined)) {
        const missing = home === undefined ? h : a;
        fail(
          'incomplete_pair',
          line,
          `${missing} is empty but ${missing === h ? a : h} is given`,
          missing,
          at(missing),
        );
      }
      return home !== undefined && away !== undefined ? { home, away } : undefined;
    };

    const dateText = value('date');
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
    if (!d || !isValidDay(Number(d[2]), Number(d[3]))) {
      fail('invalid_date', line, `date must be YYYY-MM-DD, got "${dateText}"`, 'date', at('date'));
    }
    const home = value('home');
    const away = value('away');
    for (const [name, v] of [
      ['home', home],
      ['away', away],
    ] as const) {
      if (v === '') fail('missing_value', line, `${name} is empty`, name, at(name));
    }
    const statusText =
      value('status') ||
      (fixtures && value('home_goals') === '' && value('away_goals') === '' ? 'scheduled' : 'played');
    const status = STATUSES.find((s) => s === statusText);
    if (!status)
      fail(
        'invalid_status',
        line,
        `status must be one of ${STATUSES.join(', ')}, got "${statusText}"`,
        'status',
        at('status'),
      );
    const fullTime = pair(['home_goals', 'away_goals']);
    if (!fullTime && status && !SCORELESS.has(status)) {
      fail(
        'missing_value',
        line,
        `a ${status} match needs home_goals and away_goals`,
        'home_goals',
        at('home_goals'),
      );
    }
    const [extraTime, penalties, yellow, secondYellow, red] = PAIRED_COLUMNS.map(pair);
    const result: MatchResult | undefined = fullTime && {
      fullTime,
      ...(extraTime && { extraTime }),
      ...(penalties && { penalties }),
    };
    let awardedTo: Side | undefined;
    const awardedText = value('awarded_to');
    if (awardedText !== '') {
      awardedTo =
        awardedText === home || awardedText === 'home'
          ? 'home'
          : awardedText === away || awardedText === 'away'
            ? 'away'
            : undefined;
      if (!awardedTo || status !== 'awarded') {
        const why =
          status !== 'awarded'
            ? 'only an awarded match is awarded to a team'
            : `"${awardedText}" is neither "${home}" nor "${away}"`;
        fail('invalid_awarded_to', line, `awarded_to: ${why}`, 'awarded_to', at('awarded_to'));
      }
    } else if (status === 'awarded' && result) {
      const f = finalScore(result);
      awardedTo = f.home > f.away ? 'home' : f.away > f.home ? 'away' : undefined;
      if (!awardedTo)
        fail(
          'invalid_awarded_to',
          line,
          'an awarded match with a level score needs awarded_to',
          'awarded_to',
          at('awarded_to'),
        );
    }
    const legText = value('leg');
    if (legText !== '' && !/^[1-9]$/.test(legText))
      fail('invalid_number', line, `leg must be 1, 2 or 3, got "${legText}"`, 'leg', at('leg'));
    if (errors.length > before || !status) continue;

    const [stage, group, round] = (['stage', 'group', 'round'] as const).map(value);
    const cards = yellow || secondYellow || red;
    const side = (s: Side): CardCounts => ({
      yellow: yellow?.[s] ?? 0,
      secondYellow: secondYellow?.[s] ?? 0,
      red: red?.[s] ?? 0,
    });
    matches.push({
      line,
      ...(file && { file }),
      date: isoDate(dateText),
      home,
      away,
      status,
      ...(result && { result }),
      ...(awardedTo && { awardedTo }),
      ...(cards && { cards: { home: side('home'), away: side('away') } }),
      ...(stage && { stage }),
      ...(group && { group }),
      ...(round && { round }),
      ...(legText && { leg: Number(legText) }),
    });
  }
  return done();
}
