// Tiny builders so a test reads like the report of a tie:
//   result('Alianza', 'USM', '2-2, 3-3 aet, 5-3 pen')
import type { Match, MatchResult, Score } from '../../../src/core/model/index.ts';
import { isoDate, matchId, parseScore, teamId } from '../../../src/core/model/index.ts';

export interface MatchOptions {
  readonly leg?: number;
  readonly date?: string;
  readonly neutral?: boolean;
}

function idFor(home: string, away: string, options: MatchOptions): string {
  return [home, away, options.leg ?? options.date ?? 'x'].join('/');
}

function scoreOf(text: string): Score {
  const s = parseScore(text);
  if (s === undefined) throw new Error(`not a score: ${text}`);
  return s;
}

/** `'2-2'`, `'2-2, 3-3 aet'`, `'2-2, 3-3 aet, 5-3 pen'`, `'0-0, 4-2 pen'` (no extra time). */
export function parseResult(text: string): MatchResult {
  const [ft, ...rest] = text.split(',').map((p) => p.trim());
  let result: MatchResult = { fullTime: scoreOf(ft ?? '') };
  for (const part of rest) {
    const [s, phase] = part.split(/\s+/);
    if (phase === 'aet') result = { ...result, extraTime: scoreOf(s ?? '') };
    else if (phase === 'pen') result = { ...result, penalties: scoreOf(s ?? '') };
    else throw new Error(`unknown phase in ${text}`);
  }
  return result;
}

const base = (home: string, away: string, options: MatchOptions) => ({
  id: matchId(idFor(home, away, options)),
  home: teamId(home),
  away: teamId(away),
  ...(options.leg !== undefined && { leg: options.leg }),
  ...(options.date !== undefined && { date: isoDate(options.date) }),
  ...(options.neutral !== undefined && { neutral: options.neutral }),
});

/** A played match. */
export function result(home: string, away: string, text: string, options: MatchOptions = {}): Match {
  return { ...base(home, away, options), status: 'played', result: parseResult(text) };
}

/** A match still to be played. */
export function fixture(home: string, away: string, options: MatchOptions = {}): Match {
  return { ...base(home, away, options), status: 'scheduled' };
}

/** A match played whose score is not known. */
export function playedScoreUnknown(home: string, away: string, options: MatchOptions = {}): Match {
  return { ...base(home, away, options), status: 'played' };
}

/** A match awarded to `to`, with the awarded score when there is one. */
export function awarded(
  home: string,
  away: string,
  to: string,
  text?: string,
  options: MatchOptions = {},
): Match {
  return {
    ...base(home, away, options),
    status: 'awarded',
    awardedTo: teamId(to),
    ...(text !== undefined && { result: parseResult(text) }),
  };
}

/** Home-and-away legs numbered in order: `legs(result(...), result(...))`. */
export const legs = (...matches: Match[]): Match[] =>
  matches.map((m, i) => ({ ...m, id: matchId(`${m.home}/${m.away}/${i + 1}`), leg: i + 1 }));
