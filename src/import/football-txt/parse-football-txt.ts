import type { IsoDate, MatchResult, Score } from '../../core/model/index.ts';
import { finalScore } from '../../core/model/index.ts';
import type {
  DataIssue,
  IgnoredKind,
  ImportResult,
  ImportedMatch,
  Refusal,
  RefusalReason,
} from '../model/index.ts';
import { checkMatches } from '../quality/check-matches.ts';
import { assignTies } from '../ties/assign-ties.ts';
import { splitTeamCountry } from '../team-country.ts';
import { isValidDay, readDateText, type DateText } from './date-text.ts';
import { readGoalBlock } from './goal-block.ts';
import { readHeading, roundFacts } from './heading.ts';
import { readMatchLine, type LineReading } from './match-line.ts';
import { isBareStatus, statusOf } from './match-status.ts';
import { createTableCollector, readStandingRow } from './published-table.ts';
import { expandTwoDigitYear, resolveYear, seasonYearsOf, toIsoDate } from './year-inference.ts';

export interface FootballTxtOptions {
  readonly file?: string;
  /** Matches dated before this day that still have no result are reported (see checkMatches). */
  readonly asOf?: IsoDate;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = Mutable<ImportedMatch>;

/** A block that spans lines: `(…scorers…)`, `[…note…]`, `<!-- … -->`. */
interface OpenBlock {
  readonly kind: 'goals' | 'note' | 'comment';
  readonly line: number;
  text: string;
  depth: number;
  readonly match?: Draft;
}

const LINEUP = /^([\p{Lu}][\p{L}\p{M} .'’-]{0,40}):\s+\S/u;
const REFEREE = /^Referees?:\s*(.+)$/i;
const SHOOTOUT = /^(?:Penalty kicks|Penalties|Penalty shoot-?out|Shoot-?out):/i;
const GOALS_HINT = /\d['’]|^\(\s*\d{1,2}-\d{1,2}\s/;

const depthOf = (s: string, open: string, close: string): number =>
  [...s].reduce((d, c) => d + (c === open ? 1 : c === close ? -1 : 0), 0);

/**
 * Reads a Football.TXT text (openfootball, and the RSSSF pages openfootball converted) into
 * matches and published tables. Pure: text in, result out. Every line it does not understand
 * comes back as a refusal; nothing is dropped silently and nothing throws.
 */
export function parseFootballTxt(text: string, options: FootballTxtOptions = {}): ImportResult {
  const { file } = options;
  const drafts: Draft[] = [];
  const refused: Refusal[] = [];
  const issues: DataIssue[] = [];
  const ignored: Partial<Record<IgnoredKind, number>> = {};
  const tables = createTableCollector(file);

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
  let last: Draft | undefined;
  let block: OpenBlock | undefined;
  let details: 'lineup' | 'shootout' | undefined;
  let inNote = false;

  const ignore = (kind: IgnoredKind): void => {
    ignored[kind] = (ignored[kind] ?? 0) + 1;
  };
  const refuse = (line: number, textOf: string, reason: RefusalReason, detail?: string): void => {
    refused.push({ ...(file && { file }), line, text: textOf, reason, ...(detail && { detail }) });
  };
  const heading = (): string | undefined => [...sections, ...rounds].filter(Boolean).join(' / ') || undefined;

  const applyDate = (d: DateText, line: number, raw: string): boolean => {
    if (d.month === undefined || d.day === undefined) {
      yearOnly = d.year;
      date = undefined;
      return true;
    }
    if (!isValidDay(d.month, d.day)) {
      refuse(line, raw, 'unparsable_date', `no day ${d.day} in month ${d.month}`);
      return false;
    }
    const year =
      d.year === undefined
        ? resolveYear(d.month, d.day, {
            ...(seasonYears && { seasonYears }),
            ...(date && { previous: date }),
          })
        : d.twoDigitYear
          ? expandTwoDigitYear(d.year, seasonYears)
          : d.year;
    if (year === undefined) {
      issues.push({
        code: 'date_without_year',
        severity: 'warning',
        ...(file && { file }),
        line,
        message: `the date "${raw.trim()}" has no year and no season says which`,
      });
      date = undefined;
      return true;
    }
    const next = toIsoDate(year, d.month, d.day);
    if (next !== date) time = undefined;
    date = next;
    yearOnly = undefined;
    return true;
  };

  const finishBlock = (b: OpenBlock): void => {
    if (b.kind === 'comment') {
      tables.close();
      return;
    }
    const target = b.match;
    if (!target) {
      refuse(
        b.line,
        b.text,
        b.kind === 'goals' ? 'unparsable_goals' : 'unrecognised_line',
        'no match above it',
      );
      return;
    }
    if (b.kind === 'note') {
      const note = b.text
        .replace(/^\s*\[/, '')
        .replace(/\]\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      target.note = target.note ? `${target.note}; ${note}` : note;
      return;
    }
    const final: Score = target.result ? finalScore(target.result) : { home: 0, away: 0 };
    const reading = readGoalBlock(b.text, final);
    if ('error' in reading) {
      refuse(b.line, b.text.trim(), 'unparsable_goals', reading.error);
      return;
    }
    target.goals = [...(target.goals ?? []), ...reading.goals];
  };

  const addMatch = (r: Extract<LineReading, { kind: 'match' }>, line: number, raw: string): void => {
    const { score, notes } = r;
    if (score?.mark === 'bye') {
      ignore('bye');
      return;
    }
    if (!r.away) {
      refuse(line, raw, 'missing_team', 'a match line needs two teams');
      return;
    }
    if (score && score.penalties && !score.fullTime && !score.extraTime) {
      refuse(line, raw, 'unparsable_score', 'a shoot-out without the score of the match');
      return;
    }
    const home = splitTeamCountry(r.home);
    const away = splitTeamCountry(r.away);
    const main = score?.fullTime ?? score?.extraTime;
    const result: MatchResult | undefined = score &&
      main && {
        fullTime: main,
        ...(score.halfTime && { halfTime: score.halfTime }),
        ...(score.extraTime && { extraTime: score.extraTime }),
        ...(score.penalties && { penalties: score.penalties }),
      };
    const fullTimeUnknown =
      r.fullTimeUnknown === true || (!score?.fullTime && score?.extraTime !== undefined);
    const status = statusOf(score?.mark, notes, result !== undefined);
    const round = rounds.filter(Boolean).join(', ') || undefined;
    const facts = round ? roundFacts(round) : undefined;
    const stage = sections.filter(Boolean).join(' / ') || undefined;
    const note = notes.filter((n) => !isBareStatus(n)).join('; ');
    const ctx = r.context;
    if (ctx.time) time = ctx.time;
    const venue = ctx.venue ?? dateVenue;
    const awardedTo =
      status !== 'awarded'
        ? undefined
        : score?.mark === 'walkover'
          ? ('home' as const)
          : result
            ? finalScore(result).home > finalScore(result).away
              ? ('home' as const)
              : finalScore(result).away > finalScore(result).home
                ? ('away' as const)
                : undefined
            : undefined;
    const draft: Draft = {
      line,
      ...(file && { file }),
      ...(otherTitle && { competition: otherTitle }),
      ...(yearOnly !== undefined && { season: String(yearOnly) }),
      ...(stage && { stage }),
      ...(round && { round }),
      ...(facts?.group && { group: facts.group }),
      ...(facts?.matchday !== undefined && { matchday: facts.matchday }),
      ...(date && { date }),
      ...(time && { time }),
      home: home.name,
      away: away.name,
      ...(home.country && { homeCountry: home.country }),
      ...(away.country && { awayCountry: away.country }),
      ...(venue && { venue }),
      status,
      ...(result && { result }),
      ...(fullTimeUnknown && { fullTimeUnknown }),
      ...(awardedTo && { awardedTo }),
      ...(facts?.leg !== undefined && { leg: facts.leg }),
      ...(facts?.replay && { replay: true }),
      ...(attendance !== undefined && { attendance }),
      ...(note !== '' && { note }),
    };
    attendance = undefined;
    drafts.push(draft);
    last = draft;
    details = undefined;
    if (r.openNote !== undefined) {
      block = { kind: 'note', line, text: r.openNote, depth: 1, match: draft };
    }
  };

  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;

    if (block) {
      if (block.kind === 'comment') {
        const end = raw.indexOf('-->');
        const inside = end >= 0 ? raw.slice(0, end) : raw;
        if (!tables.add(inside, line, heading()) && inside.trim() === '') tables.close();
        else if (inside.trim() !== '') ignore('comment');
        if (end >= 0) {
          finishBlock(block);
          block = undefined;
        }
        continue;
      }
      block.text += `\n${raw}`;
      block.depth +=
        block.kind === 'goals' ? depthOf(raw, '(', ')') + depthOf(raw, '[', ']') : depthOf(raw, '[', ']');
      if (block.depth <= 0) {
        finishBlock(block);
        block = undefined;
      }
      continue;
    }

    const trimmed = raw.trim();
    if (trimmed === '') {
      details = undefined;
      inNote = false;
      tables.close();
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
      block = { kind: 'comment', line, text: '', depth: 1 };
      const inside = end >= 0 ? after.slice(0, end) : after;
      if (inside.trim() !== '' && !tables.add(inside, line, heading())) ignore('comment');
      if (end >= 0) {
        finishBlock(block);
        block = undefined;
      }
      continue;
    }
    const t = trimmed.replace(/\s+#.*$/, '');
    const indented = /^\s/.test(raw);

    const h = readHeading(t);
    if (h) {
      tables.close();
      details = undefined;
      inNote = false;
      if (h.kind === 'title') {
        if (competition === undefined && season === undefined) {
          competition = h.competition;
          season = h.season;
          seasonYears = season ? seasonYearsOf(season) : undefined;
        } else if (h.text !== [competition, season].filter(Boolean).join(' ')) {
          otherTitle = h.text;
        }
        sections.length = 0;
        rounds.length = 0;
      } else if (h.kind === 'section') {
        sections.length = Math.max(0, h.level - 2);
        sections[h.level - 2] = h.text;
        rounds.length = 0;
      } else if (h.kind === 'round') {
        rounds.length = h.level - 1;
        rounds[h.level - 1] = h.text;
      } else {
        ignore(h.kind);
      }
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
      // The kicks of a shoot-out (`Penalty kicks: 0-1 Mbappé, 1-1 Messi, …`): the shoot-out
      // score is already on the match line; the kicks themselves are not imported.
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
      const isGoals = t.startsWith('(') || GOALS_HINT.test(t);
      if (t.startsWith('(') && !GOALS_HINT.test(t)) {
        refuse(line, raw, 'unrecognised_line', 'text in parentheses that is neither scorers nor a score');
        continue;
      }
      const b: OpenBlock = {
        kind: isGoals ? 'goals' : 'note',
        line,
        text: t,
        depth: isGoals ? depthOf(t, '(', ')') + depthOf(t, '[', ']') : depthOf(t, '[', ']'),
        ...(last && { match: last }),
      };
      if (b.depth <= 0) finishBlock(b);
      else block = b;
      continue;
    }

    if (readStandingRow(t, line)) {
      tables.add(raw, line, heading());
      continue;
    }
    if (/^(?:-\s*){3,}$|^[=_]{3,}$/.test(t)) {
      ignore('separator');
      continue;
    }

    const r = readMatchLine(t);
    if (r.kind === 'refused') {
      refuse(line, raw, r.reason, r.detail);
      continue;
    }
    if (r.kind === 'none') {
      refuse(line, raw, 'unrecognised_line');
      continue;
    }
    const ctx = r.context;
    if (ctx.date && !applyDate(ctx.date, line, t)) continue;
    if (r.kind === 'context') {
      dateVenue = ctx.venue;
      if (ctx.time) time = ctx.time;
      if (ctx.attendance !== undefined) attendance = ctx.attendance;
      continue;
    }
    if (ctx.date) dateVenue = undefined;
    addMatch(r, line, raw);
  }
  if (block && block.kind !== 'comment') {
    refuse(
      block.line,
      block.text,
      'unterminated_block',
      `a ${block.kind === 'goals' ? '(' : '['} that is never closed`,
    );
  } else if (block) {
    refuse(block.line, '<!--', 'unterminated_block', 'a comment that is never closed');
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
