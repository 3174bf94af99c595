import type { Score } from '../../core/model/index.ts';

/**
 * The score part of a Football.TXT match line, every phase kept apart. The grammar follows the
 * openfootball files:
 *
 *   2-1                               full time
 *   2-1 (1-0)                         full time (half time)
 *   0-1 a.e.t. (0-0)                  after extra time (full time)
 *   1-2 a.e.t. (1-1, 1-0)             after extra time (full time, half time)
 *   1-4 pen. 0-1 a.e.t. (0-1, 0-1)    shoot-out, after extra time (full time, half time)
 *   4-1 pen. (1-1, 1-0)               shoot-out straight after 90 minutes (full time, half time)
 *   1-1 a.e.t. (1-1, 1-0), 1-3 pen.   the World Cup files' order
 *   0-3 awd.                          awarded
 *   n/p  abd  w/o  bye                not played, abandoned, walkover, bye (RSSSF style)
 *
 * Once `pen.` or `a.e.t.` is written, the scores in parentheses are full time and half time;
 * without them the single score in parentheses is the half-time score.
 */
export type ScoreMark = 'awarded' | 'abandoned' | 'not_played' | 'walkover' | 'bye';

export interface ScoreExpression {
  readonly fullTime?: Score;
  readonly halfTime?: Score;
  readonly extraTime?: Score;
  readonly penalties?: Score;
  readonly mark?: ScoreMark;
}

export interface ScoreMatch {
  readonly value: ScoreExpression;
  /** Index just after the last character consumed. */
  readonly end: number;
}

type Token =
  | { kind: 'score'; score: Score; end: number }
  | { kind: 'pen' | 'aet' | 'awd' | '(' | ')' | ','; end: number }
  | { kind: 'mark'; mark: ScoreMark; end: number };

const SCORE = /\s*(\d{1,2})\s?[-–](\s?)(\d{1,2})(?![\d'’.:/-])/y;
const PEN = /\s*(?:pen\.?|pens\.?|PSO|pso|p\.?)(?![\p{L}\d])/uy;
const AET = /\s*(?:a\.e\.t\.?|a\.e\.t|aet|AET|n\.V\.)(?![\p{L}\d])/uy;
const AWD = /\s*(?:awd\.?|awarded)(?![\p{L}])/uy;
const MARK = /\s*(n\/p|abd\.?|w\/o|bye)(?![\p{L}\d])/uy;
const PUNCT = /\s*([(),])/y;

const MARKS: Record<string, ScoreMark> = {
  'n/p': 'not_played',
  abd: 'abandoned',
  'abd.': 'abandoned',
  'w/o': 'walkover',
  bye: 'bye',
};

function tokenAt(text: string, pos: number): Token | undefined {
  SCORE.lastIndex = pos;
  let m = SCORE.exec(text);
  if (m) return { kind: 'score', score: { home: Number(m[1]), away: Number(m[3]) }, end: SCORE.lastIndex };
  for (const [re, kind] of [
    [PEN, 'pen'],
    [AET, 'aet'],
    [AWD, 'awd'],
  ] as const) {
    re.lastIndex = pos;
    if (re.exec(text)) return { kind, end: re.lastIndex };
  }
  MARK.lastIndex = pos;
  m = MARK.exec(text);
  if (m) return { kind: 'mark', mark: MARKS[m[1]!]!, end: MARK.lastIndex };
  PUNCT.lastIndex = pos;
  m = PUNCT.exec(text);
  if (m) return { kind: m[1] as '(' | ')' | ',', end: PUNCT.lastIndex };
  return undefined;
}

/** Reads `(s1[, s2[, s3]])` at pos; undefined when it is not a list of scores in parentheses. */
function scoreList(text: string, pos: number): { scores: Score[]; end: number } | undefined {
  let t = tokenAt(text, pos);
  if (t?.kind !== '(') return undefined;
  const scores: Score[] = [];
  for (;;) {
    t = tokenAt(text, t.end);
    if (t?.kind !== 'score') return undefined;
    scores.push(t.score);
    t = tokenAt(text, t.end);
    if (t?.kind === ')') return { scores, end: t.end };
    if (t?.kind !== ',' || scores.length === 3) return undefined;
  }
}

const isKind = (t: Token | undefined, kind: Token['kind']): boolean => t?.kind === kind;

/**
 * Reads a score expression starting at `pos` (leading blanks allowed). Returns undefined when no
 * score expression starts there.
 */
export function readScoreExpression(text: string, pos: number): ScoreMatch | undefined {
  const first = tokenAt(text, pos);
  if (first?.kind === 'mark') return { value: { mark: first.mark }, end: first.end };
  if (first?.kind !== 'score') return undefined;

  let end = first.end;
  let fullTime: Score | undefined;
  let halfTime: Score | undefined;
  let extraTime: Score | undefined;
  let penalties: Score | undefined;
  let marked = false;

  let next = tokenAt(text, end);
  if (isKind(next, 'pen')) {
    penalties = first.score;
    marked = true;
    end = next!.end;
    const s = tokenAt(text, end);
    if (s?.kind === 'score') {
      const a = tokenAt(text, s.end);
      if (isKind(a, 'aet')) {
        extraTime = s.score;
        end = a!.end;
      }
    }
  } else if (isKind(next, 'aet')) {
    extraTime = first.score;
    marked = true;
    end = next!.end;
  } else {
    fullTime = first.score;
  }

  const list = scoreList(text, end);
  if (list) {
    if (!marked) {
      if (list.scores.length !== 1) return undefined;
      halfTime = list.scores[0];
    } else if (list.scores.length === 3) {
      // The short form `3-4 pen. (2-2, 1-1, 1-0)`: after extra time, full time, half time.
      [extraTime, fullTime, halfTime] = list.scores;
    } else {
      [fullTime, halfTime] = list.scores;
    }
    end = list.end;
  }

  // `1-1 a.e.t. (1-1, 1-0), 1-3 pen.` — the shoot-out written last.
  if (!penalties) {
    let p = tokenAt(text, end);
    if (isKind(p, ',')) p = tokenAt(text, p!.end);
    if (p?.kind === 'score' && isKind(tokenAt(text, p.end), 'pen')) {
      penalties = p.score;
      end = tokenAt(text, p.end)!.end;
    }
  }

  next = tokenAt(text, end);
  const awarded = isKind(next, 'awd');
  if (awarded) end = next!.end;

  return {
    value: {
      ...(fullTime && { fullTime }),
      ...(halfTime && { halfTime }),
      ...(extraTime && { extraTime }),
      ...(penalties && { penalties }),
      ...(awarded && { mark: 'awarded' as const }),
    },
    end,
  };
}
