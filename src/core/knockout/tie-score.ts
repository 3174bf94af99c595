import type { Score } from '../model/index.ts';
import { score } from '../model/index.ts';

/**
 * Goals seen from the tie rather than from one match: `a` is the team at home in the first
 * leg (or the single match), `b` its opponent, whichever of them is at home in a given match.
 */
export interface TieScore {
  readonly a: number;
  readonly b: number;
}

export const tieScore = (a: number, b: number): TieScore => ({ a, b });

/** A match score turned to the tie's point of view. */
export const fromMatchScore = (s: Score, aAtHome: boolean): TieScore =>
  aAtHome ? tieScore(s.home, s.away) : tieScore(s.away, s.home);

export const addTieScores = (x: TieScore, y: TieScore): TieScore => tieScore(x.a + y.a, x.b + y.b);

/** As a `Score` whose `home` is team A, the way aggregates are printed ("agg. 5–2"). */
export const asScore = (s: TieScore): Score => score(s.a, s.b);

export type TieSide = 'a' | 'b';

/** The side ahead, or undefined when level. */
export const leader = (s: TieScore): TieSide | undefined => (s.a > s.b ? 'a' : s.b > s.a ? 'b' : undefined);
