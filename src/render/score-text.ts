import { formatScore, parseScore, type MatchResult, type Score } from '../core/model/score.ts';
import type { Translate } from '../i18n/translate.ts';

/** The words a scoreline needs in one language. */
export interface ScoreWords {
  /** After extra time: "a.e.t.", "t. s.". */
  readonly aet: string;
  /** A shoot-out: "5–3 pens", "5–3 pen.". */
  readonly pens: (s: Score) => string;
  readonly awarded: string;
}

export const scoreWords = (t: Translate): ScoreWords => ({
  aet: t('score.aet'),
  pens: (s) => t('score.pens', { home: s.home, away: s.away }),
  awarded: t('score.awarded'),
});

/** A result as a scoreline's two parts: the score after 90 minutes, and what came after it. */
export interface ScoreParts {
  readonly score: string;
  /** "3–3 a.e.t., 5–3 pens" (without brackets); absent when the match ended after 90 minutes. */
  readonly detail?: string;
}

type ResultPhases = Pick<MatchResult, 'fullTime' | 'extraTime' | 'penalties'>;

/**
 * One way of writing a result wherever Torneo writes one (match page, fixtures, results tables,
 * team pages, brackets, articles, the terminal): the score after 90 minutes, then in brackets
 * the score after extra time and the shoot-out — "2–2 (3–3 a.e.t., 5–3 pens)". Every phase is
 * shown, so nobody has to guess whether "3–3" counts extra time.
 */
export function scoreParts(r: ResultPhases, words: ScoreWords, awarded = false): ScoreParts {
  const detail = [
    r.extraTime ? `${formatScore(r.extraTime)} ${words.aet}` : '',
    r.penalties ? words.pens(r.penalties) : '',
    awarded ? words.awarded : '',
  ].filter(Boolean);
  return { score: formatScore(r.fullTime), ...(detail.length ? { detail: detail.join(', ') } : {}) };
}

export const scoreText = (r: ResultPhases, words: ScoreWords, awarded = false): string => {
  const p = scoreParts(r, words, awarded);
  return p.detail ? `${p.score} (${p.detail})` : p.score;
};

/** The same for a leg as the bracket view gives it ("2-2", "3-3", "5-3"); undefined without a score. */
export function legScoreText(
  leg: {
    readonly score: string | null;
    readonly extraTime: string | null;
    readonly penalties: string | null;
  },
  words: ScoreWords,
  awarded = false,
): string | undefined {
  const fullTime = leg.score ? parseScore(leg.score) : undefined;
  if (!fullTime) return undefined;
  const extraTime = leg.extraTime ? parseScore(leg.extraTime) : undefined;
  const penalties = leg.penalties ? parseScore(leg.penalties) : undefined;
  return scoreText(
    { fullTime, ...(extraTime ? { extraTime } : {}), ...(penalties ? { penalties } : {}) },
    words,
    awarded,
  );
}
