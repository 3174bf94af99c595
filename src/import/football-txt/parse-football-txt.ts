import type { IsoDate, Score } from '../../core/model/index.ts';
import { finalScore } from '../../core/model/index.ts';
import type { DataIssue, IgnoredKind, ImportResult, Refusal, RefusalReason } from '../model/index.ts';
import { checkMatches } from '../quality/check-matches.ts';
import { assignTies } from '../ties/assign-ties.ts';
import { buildMatch } from './build-match.ts';
import { readDateText } from './date-text.ts';
import { readGoalBlock } from './goal-block.ts';
import { memoRoundFacts, readHeading } from './heading.ts';
import { readMatchLine } from './match-line.ts';
import { createTableCollector, readStandingRow } from './published-table.ts';
import { continueBlock, openBlock, type DraftMatch, type TextBlock } from './text-block.ts';
import { resolveDate, seasonYearsOf } from './year-inference.ts';

export interface FootballTxtOptions {
  readonly file?: string;
  /** Matches dated before this day that still have no result are reported (see checkMatches). */
  readonly asOf?: IsoDate;
}

const LINEUP = /^([\p{Lu}][\p{L}\p{M} .'’-]{0,40}):\s+\S/u;
const REFEREE = /^Referees?:\s*(.+)$/i;
const SHOOTOUT = /^(?:Penalty kicks|Penalties|Penalty shoot-?out|Shoot-?out):/i;
const GOALS_HINT = /\d['’]|^\(\s*\d{1,2}-\d{1,2}\s/;
/** Goals for and against, then points: only such lines can be table rows. */
const ROW_HINT = /\d\s*[-:]\s*\d{1,3}\s+-?\d{1,3}(?![\d-])/;
const SEPARATOR = /^(?:-\s*){3,}$|^[=_]{3,}$/;

/**
 * Reads a Football.TXT text (openfootball, and the RSSSF pages openfootball converted) into
 * matches and published tables. Pure: text in, result out. Every line it does not understand
 * comes back as a refusal; nothing is dropped silently and nothing throws.
 */
export function parseFootballTxt(text: string, options: FootballTxtOptions = {}): ImportResult {
  const { file } = options;
  const drafts: DraftMatch[] = [];
  const refused: Refusal[] = [];
  const issues: DataIssue[] = [];
  const ignored: Partial<Record<IgnoredKind, number>> = {};
  const tables = createTableCollector(file);
  const factsOf = memoRoundFacts();

  let competition: string | undefined;
  let season: string | undefined;
  let seasonYears: [number, number] | undefined;
  let otherTitle: string | undefined;
  const sections: string[] = [];
  const rounds: string[] = [];
  let date: IsoDate | undefined;
  let yearOnly: number | undefined;
  let time: string | undefined;
  let dateVenue: string | undefined;
  let attendance: number | undefined;
  let last: DraftMatch | undefined;
  let block: TextBlock | undefined;
  let details: 'lineup' | 'shootout' | undefined;
  let inNote = false;

  const ignore = (kind: IgnoredKind): void => {
    ignored[kind] = (ignored[kind] ?? 0) + 1;
  };
  const refuse = (line: number, textOf: string, reason: RefusalReason, detail?: string): void => {
    refused.push({ ...(file && { file }), line, text: textOf, reason, ...(detail && { detail }) });
  };
  const heading = (): string | undefined => [...sections, ...rounds].filter(Boolean).join(' / ') || undefined;
  const resetContext = (): void => {
    details = undefined;
    inNote = false;
    tables.close();
  };

  /** Scorers or a note below a match, once their brackets have closed. */
  const finishBlock = (b: TextBlock): void => {
    const target = b.match;
    if (!target) {
      refuse(
        b.line,
        b.text,
        b.kind === 'goals' ? 'unparsable_goals' : 'unrecognised_line',
        'no match above it',
      );
    } else if (b.kind === 'note') {
      const note = b.text
        .replace(/^\s*\[/, '')
        .replace(/\]\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      target.note = target.note ? `${target.note}; ${note}` : note;
    } else {
      const final: Score = target.result ? finalScore(target.result) : { home: 0, away: 0 };
      const reading = readGoalBlock(b.text, final);
      if ('error' in reading) refuse(b.line, b.text.trim(), 'unparsable_goals', reading.error);
      else target.goals = [...(target.goals ?? []), ...reading.goals];
    }
  };

  /** The inside of `<!-- … -->`: published tables, or comment text. */
  const commentLine = (inside: string, line: number): void => {
    if (tables.add(inside, line, heading())) return;
    if (inside.trim() === '') tables.close();
    else ignore('comment');
  };

  const setDate = (d: NonNullable<ReturnType<typeof readDateText>>, line: number, t: string): boolean => {
    const resolved = resolveDate(d, { ...(seasonYears && { seasonYears }), ...(date && { previous: date }) });
    if ('invalid' in resolved) {
      refuse(line, t, 'unparsable_date', resolved.invalid);
      return false;
    }
    if ('date' in resolved && resolved.date !== date) time = undefined;
    date = 'date' in resolved ? resolved.date : undefined;
    yearOnly = 'yearOnly' in resolved ? resolved.yearOnly : undefined;
    if ('noYear' in resolved) {
      const message = `the date "${t}" has no year, and no season says which`;
      issues.push({ code: 'date_without_year', severity: 'warning', ...(file && { file }), line, message });
    }
    return true;
  };

  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;

    if (block?.kind === 'comment') {
      const end = raw.indexOf('-->');
      commentLine(end >= 0 ? raw.slice(0, end) : raw, line);
      if (end >= 0) {
        tables.close();
        block = undefined;
      }
      continue;
    }
    if (block) {
      if (continueBlock(block, raw)) {
        finishBlock(block);
        block = undefined;
      }
      continue;
    }

    const trimmed = raw.trim();
    if (trimmed === '') {
      resetContext();
      continue;
    }
    if (trimmed.startsWith('#')) {
      ignore('comment');
      continue;
    }
    const commentAt = trimmed.indexOf('<!--');
    if (commentAt >= 0) {
      const after = trimmed.slice(commentAt + 4);
      const end = after.indexOf('-->');
      if (after.slice(0, end >= 0 ? end : undefined).trim() !== '')
        commentLine(after.slice(0, end >= 0 ? end : undefined), line);
      if (end >= 0) tables.close();
      else block = { kind: 'comment', line, text: '', depth: 1 };
      continue;
    }
    const t = trimmed.includes('#') ? trimmed.replace(/\s+#.*$/, '') : trimmed;
    const indented = /^\s/.test(raw);

    const h = readHeading(t);
    if (h) {
      resetContext();
      if (h.kind === 'title') {
        if (competition === undefined && season === undefined) {
          competition = h.competition;
          season = h.season;
          seasonYears = season ? seasonYearsOf(season) : undefined;
        } else if (h.text !== [competition, season].filter(Boolean).join(' ')) otherTitle = h.text;
        sections.length = 0;
        rounds.length = 0;
      } else if (h.kind === 'section') {
        sections.length = Math.max(0, h.level - 2);
        sections[h.level - 2] = h.text;
        rounds.length = 0;
      } else if (h.kind === 'round') {
        rounds.length = h.level - 1;
        rounds[h.level - 1] = h.text;
      } else ignore(h.kind);
      continue;
    }

    if (/^NB\b/i.test(t) || (inNote && indented)) {
      if (!tables.add(raw, line, heading())) ignore('note');
      inNote = true;
      continue;
    }
    const referee = REFEREE.exec(t);
    if (referee) {
      if (last) last.referee = referee[1]!.trim();
      ignore('referee');
      continue;
    }
    if (SHOOTOUT.test(t)) {
      // The kicks of a shoot-out (`Penalty kicks: 0-1 Mbappé, 1-1 Messi, …`): its score is
      // already on the match line; the kicks themselves are not imported.
      ignore('shootout');
      details = 'shootout';
      continue;
    }
    if (details && indented && (!/\d-\d/.test(t) || details === 'shootout')) {
      ignore(details);
      continue;
    }
    if (LINEUP.test(t) && !/\d-\d|\sv\s/.test(t)) {
      ignore('lineup');
      details = 'lineup';
      continue;
    }

    const numbered = /^\(\d{1,3}\)\s/.test(t);
    if ((t.startsWith('(') && !numbered) || (t.startsWith('[') && !readDateText(t))) {
      if (t.startsWith('(') && !GOALS_HINT.test(t)) {
        refuse(line, raw, 'unrecognised_line', 'text in parentheses that is neither scorers nor a score');
        continue;
      }
      const b = openBlock(t.startsWith('(') || GOALS_HINT.test(t) ? 'goals' : 'note', line, t, last);
      if (b.depth <= 0) finishBlock(b);
      else block = b;
      continue;
    }
    if (ROW_HINT.test(t) && readStandingRow(t, line)) {
      tables.add(raw, line, heading());
      continue;
    }
    if (SEPARATOR.test(t)) {
      ignore('separator');
      continue;
    }

    const r = readMatchLine(t);
    if (r.kind === 'refused' || r.kind === 'none') {
      refuse(
        line,
        raw,
        r.kind === 'none' ? 'unrecognised_line' : r.reason,
        r.kind === 'none' ? undefined : r.detail,
      );
      continue;
    }
    const ctx = r.context;
    if (ctx.date && !setDate(ctx.date, line, t)) continue;
    if (ctx.time) time = ctx.time;
    if (r.kind === 'context') {
      dateVenue = ctx.venue;
      if (ctx.attendance !== undefined) attendance = ctx.attendance;
      continue;
    }
    if (ctx.date) dateVenue = undefined;
    const built = buildMatch(
      r,
      {
        line,
        ...(file && { file }),
        ...(otherTitle && { competition: otherTitle }),
        ...(yearOnly !== undefined && { yearOnly }),
        sections,
        rounds,
        ...(date && { date }),
        ...(time && { time }),
        ...((ctx.venue ?? dateVenue) && { venue: ctx.venue ?? dateVenue }),
        ...((ctx.attendance ?? attendance) !== undefined && { attendance: ctx.attendance ?? attendance }),
      },
      factsOf,
    );
    if ('bye' in built) ignore('bye');
    else if ('refused' in built) refuse(line, raw, built.refused, built.detail);
    else {
      drafts.push(built.match);
      last = built.match;
      attendance = undefined;
      details = undefined;
      if (r.openNote !== undefined) block = openBlock('note', line, `[${r.openNote}`, built.match);
      // Scorers on the match line read as a block under it would be.
      if (r.scorers !== undefined) finishBlock(openBlock('goals', line, r.scorers, built.match));
      if (r.openScorers !== undefined) block = openBlock('goals', line, `(${r.openScorers}`, built.match);
    }
  }
  if (block) {
    const what = block.kind === 'comment' ? 'a comment "<!--"' : `a "${block.kind === 'goals' ? '(' : '['}"`;
    refuse(block.line, block.text || '<!--', 'unterminated_block', `${what} that is never closed`);
  }
  tables.close();

  const matches = assignTies(drafts, { replaysNotLegs: /\bFA\b.*\bCup\b/i.test(competition ?? '') });
  return {
    ...(file && { file }),
    ...(competition && { competition }),
    ...(season && { season }),
    matches,
    tables: tables.tables,
    refused,
    issues: [...issues, ...checkMatches(matches, { ...(options.asOf && { asOf: options.asOf }) })],
    ignored,
  };
}
