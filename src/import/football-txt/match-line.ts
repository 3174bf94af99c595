import type { RefusalReason } from '../model/index.ts';
import { readPrefix, type LineContext } from './line-prefix.ts';
import { readScoreExpression, type ScoreExpression } from './score-expression.ts';

/**
 * One line of Football.TXT that may carry a date, a time, a venue and a match, in any of the
 * layouts the openfootball and RSSSF-converted files use:
 *
 *   20.00  Burnley FC               0-3 (0-2)  Manchester City FC
 *   21.00  Liverpool FC (ENG)  v Paris Saint-Germain FC (FRA)  1-4 pen. 0-1 a.e.t. (0-1, 0-1)
 *   18:00     Netherlands      3-1 (2-0)   USA  @ Khalifa International Stadium, Al Rayyan
 *   24.3.21 @ Torino          Portugal      1-0 Azerbaijan
 *   Gillingham              1-0 Sunderland              (aet)
 *   Boreham Wood             -  Torquay United           [cancelled]
 *   Jul 18 @ London                        (a date line: no match)
 */
export type { LineContext } from './line-prefix.ts';

export type LineReading =
  | { readonly kind: 'context'; readonly context: LineContext }
  | {
      readonly kind: 'match';
      readonly context: LineContext;
      readonly home: string;
      readonly away?: string;
      readonly score?: ScoreExpression;
      /** The main score is the score after extra time; the 90-minute score is not given. */
      readonly fullTimeUnknown?: boolean;
      readonly notes: readonly string[];
      /** Text of a `[` note that continues on the next lines. */
      readonly openNote?: string;
      /** Scorers written on the match line, `(Smith 36, 50; Jones 12)`, parentheses included. */
      readonly scorers?: string;
      /** Scorers on the match line whose `(` closes on a later line. */
      readonly openScorers?: string;
    }
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly detail: string }
  | { readonly kind: 'none' };

const VS = /\s+(?:v|vs\.?)\s+/;
const PENS = '(?:win\\s+)?(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*(?:pen\\.?|pens\\.?|p|on pens|on penalties)';
const AFTER_EXTRA_TIME = new RegExp(`\\s*\\(\\s*(?:a\\.?e\\.?t\\.?|aet)\\s*(?:,\\s*${PENS}\\s*)?\\)$`, 'i');
const PENALTIES_ONLY = new RegExp(`\\s*\\(\\s*${PENS}\\s*\\)$`, 'i');

/** Takes the `[…]` notes out of a line; an unclosed `[` is returned as an open note. */
function takeNotes(body: string): { body: string; notes: string[]; openNote?: string } {
  const notes: string[] = [];
  let out = body.replace(/\s*\[([^\]]*)\]/g, (_, note: string) => {
    notes.push(note.trim());
    return ' ';
  });
  const open = out.indexOf('[');
  let openNote: string | undefined;
  if (open >= 0) {
    openNote = out.slice(open + 1).trim();
    out = out.slice(0, open);
  }
  return { body: out.trim(), notes, ...(openNote !== undefined && { openNote }) };
}

/** The first score expression in `text` that starts after a blank (or at `from` = 0). */
function findScore(
  text: string,
  from: number,
): { start: number; end: number; value: ScoreExpression } | undefined {
  for (let i = from; i < text.length; i++) {
    if (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\t') continue;
    const c = text.charCodeAt(i);
    const maybe =
      (c >= 48 && c <= 57) || c === 110 /* n */ || c === 97 /* a */ || c === 119 /* w */ || c === 98; /* b */
    if (!maybe) continue;
    const r = readScoreExpression(text, i);
    if (r) return { start: i, end: r.end, value: r.value };
  }
  return undefined;
}

interface Away {
  readonly away: string;
  readonly score: ScoreExpression;
  readonly fullTimeUnknown?: boolean;
}

/** RSSSF writes extra time and penalties after the away team: `1-1 Sunderland (aet, 4-1 pen)`. */
function readTrailingExtraTime(awayText: string, score: ScoreExpression): Away {
  const aet = AFTER_EXTRA_TIME.exec(awayText);
  if (aet && score.fullTime && !score.extraTime) {
    const { fullTime, halfTime: _ht, ...rest } = score;
    return {
      away: awayText.slice(0, aet.index).trim(),
      score: {
        ...rest,
        fullTime,
        extraTime: fullTime,
        ...(aet[1] && { penalties: { home: Number(aet[1]), away: Number(aet[2]) } }),
      },
      fullTimeUnknown: true,
    };
  }
  const pen = PENALTIES_ONLY.exec(awayText);
  if (pen && score.fullTime && !score.penalties) {
    return {
      away: awayText.slice(0, pen.index).trim(),
      score: { ...score, penalties: { home: Number(pen[1]), away: Number(pen[2]) } },
    };
  }
  return { away: awayText.trim(), score };
}

// A name then a minute (`Smith 36`, `Messi 23'`, `Saunders 45+2`), or a running score first
// (`1-0 Monti 20`): what only a list of scorers holds. A club's `(ENG)`, `(1878-1896)` or `(aet)`
// never does.
const SCORER_HINT =
  /\p{L}[.'’]?\s+\d{1,3}(?:\+\d{1,2})?['’]?(?:[\s,;)]|$|[a-z])|^\s*\d{1,2}-\d{1,2}\s+\p{L}/u;

/**
 * Takes the scorers RSSSF's conversions write at the end of a match line, after the away team:
 * `Arsenal  2-1 (1-0)  Chelsea  (Smith 36, 50; Jones 12)`. The last parenthesised group of the
 * line is scorers when it reads as scorers; one left open continues on the next lines.
 */
function takeScorers(body: string): { body: string; scorers?: string; openScorers?: string } {
  if (!body.endsWith(')')) {
    // `… Chelsea  (Smith 36, 50;` with the rest on the next line.
    const open = body.lastIndexOf('(');
    if (open > 0 && body.indexOf(')', open) < 0 && /\s/.test(body[open - 1]!)) {
      const inner = body.slice(open + 1);
      if (SCORER_HINT.test(inner)) return { body: body.slice(0, open).trim(), openScorers: inner };
    }
    return { body };
  }
  let depth = 0;
  for (let i = body.length - 1; i > 0; i--) {
    const c = body[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      if (!/\s/.test(body[i - 1]!)) return { body };
      const group = body.slice(i);
      const inner = group.slice(1, -1);
      if (!SCORER_HINT.test(inner) || AFTER_EXTRA_TIME.test(group) || PENALTIES_ONLY.test(group))
        return { body };
      return { body: body.slice(0, i).trim(), scorers: group };
    }
  }
  return { body };
}

export function readMatchLine(line: string): LineReading {
  const prefix = readPrefix(line);
  if ('refused' in prefix) return { kind: 'refused', reason: 'unparsable_date', detail: prefix.refused };
  const { context, rest } = prefix;
  if (rest === '') {
    return Object.keys(context).length > 0 ? { kind: 'context', context } : { kind: 'none' };
  }
  const { body: withVenue, notes, openNote } = takeNotes(rest);
  let body = withVenue;
  let venue = context.venue;
  const at = /\s@\s*/.exec(body);
  if (at) {
    venue = body.slice(at.index + at[0].length).trim();
    body = body.slice(0, at.index).trim();
  }
  // Scorers sit before the venue, or after it at the end of the line.
  let taken = takeScorers(body);
  if (taken.scorers === undefined && taken.openScorers === undefined && at && venue) {
    const fromVenue = takeScorers(venue);
    if (fromVenue.body !== venue) {
      venue = fromVenue.body;
      taken = { ...fromVenue, body };
    }
  }
  body = taken.body;
  const { scorers, openScorers } = taken;
  const ctx: LineContext = { ...context, ...(venue && { venue }) };
  const base = {
    kind: 'match' as const,
    context: ctx,
    notes,
    ...(openNote !== undefined && { openNote }),
    ...(scorers !== undefined && { scorers }),
    ...(openScorers !== undefined && { openScorers }),
  };

  const vs = VS.exec(body);
  if (vs && vs.index > 0) {
    const home = body.slice(0, vs.index).trim();
    const right = body.slice(vs.index + vs[0].length);
    const found = findScore(right, 0);
    if (!found) return { ...base, home, away: right.trim() };
    const tail = right.slice(found.end).trim();
    const away = right.slice(0, found.start).trim();
    if (away === '')
      return { kind: 'refused', reason: 'missing_team', detail: 'no away team before the score' };
    if (tail === '') return { ...base, home, away, score: found.value };
    const a = readTrailingExtraTime(`${away} ${tail}`, found.value);
    if (a.away !== away) {
      return {
        kind: 'refused',
        reason: 'unparsable_score',
        detail: `unexpected text after the score: "${tail}"`,
      };
    }
    return { ...base, home, away, score: a.score, ...(a.fullTimeUnknown && { fullTimeUnknown: true }) };
  }

  const found = findScore(body, 1);
  if (found) {
    const home = body.slice(0, found.start).trim();
    const awayText = body.slice(found.end);
    if (found.value.mark === 'bye') {
      if (awayText.trim() !== '')
        return { kind: 'refused', reason: 'unparsable_score', detail: 'text after "bye"' };
      return { ...base, home, score: found.value };
    }
    const a = readTrailingExtraTime(awayText, found.value);
    if (a.away === '')
      return { kind: 'refused', reason: 'missing_team', detail: 'no away team after the score' };
    return {
      ...base,
      home,
      away: a.away,
      score: a.score,
      ...(a.fullTimeUnknown && { fullTimeUnknown: true }),
    };
  }

  const dash = /^([^,]+?)\s+-\s+([^,]+)$/.exec(body);
  if (dash && !/\d-\d/.test(body)) return { ...base, home: dash[1]!.trim(), away: dash[2]!.trim() };
  if (Object.keys(context).length > 0 && notes.length === 0) {
    return {
      kind: 'refused',
      reason: 'unrecognised_line',
      detail: `no score or "v" between two teams in "${rest}"`,
    };
  }
  return { kind: 'none' };
}
