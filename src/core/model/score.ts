/** Goals of the two sides of one match, home first. */
export interface Score {
  readonly home: number;
  readonly away: number;
}

export type Side = 'home' | 'away';
export const otherSide = (side: Side): Side => (side === 'home' ? 'away' : 'home');

/**
 * A result keeps every phase apart, because regulations look at them separately:
 * away goals may or may not count in extra time; a shoot-out never counts as goals.
 * - `fullTime`: after 90 minutes (plus stoppage time);
 * - `extraTime`: the cumulative score after extra time (the "a.e.t." score), only when it was played;
 * - `penalties`: the shoot-out, only when one was held.
 */
export interface MatchResult {
  readonly fullTime: Score;
  readonly halfTime?: Score;
  readonly extraTime?: Score;
  readonly penalties?: Score;
}

export const score = (home: number, away: number): Score => ({ home, away });

/** The score that counts as goals: after extra time when it was played. */
export const finalScore = (r: MatchResult): Score => r.extraTime ?? r.fullTime;

export const goalsOf = (s: Score, side: Side): number => (side === 'home' ? s.home : s.away);

/** Goals scored in extra time alone (cumulative a.e.t. score minus the 90-minute score). */
export const extraTimeGoals = (r: MatchResult): Score =>
  r.extraTime ? score(r.extraTime.home - r.fullTime.home, r.extraTime.away - r.fullTime.away) : score(0, 0);

/** Parses `2-1`, `2–1` or `2:1`. Returns undefined for anything else. */
export function parseScore(text: string): Score | undefined {
  const m = /^\s*(\d{1,3})\s*[-–:]\s*(\d{1,3})\s*$/.exec(text);
  return m ? score(Number(m[1]), Number(m[2])) : undefined;
}

export const formatScore = (s: Score, dash = '–'): string => `${s.home}${dash}${s.away}`;
