import type { CardCounts, Goal, IsoDate, MatchResult, MatchStatus, Side } from '../../core/model/index.ts';

/**
 * One match as a source reports it, before team names are resolved to ids. Names stay exactly as
 * written (trimmed); a national-association code written after a club, as in `Liverpool FC (ENG)`,
 * is split off into `homeCountry` / `awayCountry`.
 */
export interface ImportedMatch {
  /** 1-based line in the source text (for JSON: the line of the match's `team1` key). */
  readonly line: number;
  readonly file?: string;
  /** Set when one file holds several seasons or divisions (engsoccerdata, football-data CSV). */
  readonly competition?: string;
  readonly season?: string;
  readonly tier?: number;
  /** The heading path above the match, outermost first (`Europe (UEFA)`, `Group A`). */
  readonly stage?: string;
  /** The round heading as written (`League, Matchday 1`, `Round of 16`, `Round 1, Replays`). */
  readonly round?: string;
  /** `A` for `Group A`, `1` for `Gruppe 1`. */
  readonly group?: string;
  readonly matchday?: number;
  readonly date?: IsoDate;
  /** `HH:MM`, local time as written. */
  readonly time?: string;
  readonly home: string;
  readonly away: string;
  readonly homeCountry?: string;
  readonly awayCountry?: string;
  readonly venue?: string;
  readonly status: MatchStatus;
  readonly result?: MatchResult;
  /**
   * The source gives only the score after extra time (`1-0 (aet)`), not the 90-minute score.
   * `result.fullTime` then repeats the after-extra-time score so that the final score and the
   * winner stay right; it must not be read as the score after 90 minutes.
   */
  readonly fullTimeUnknown?: boolean;
  /** For an awarded match or a walkover: the side it was awarded to. */
  readonly awardedTo?: Side;
  /** The two-legged tie this match belongs to (same key for both legs) and which leg it is. */
  readonly tie?: string;
  readonly leg?: number;
  /** A replay of a drawn cup match. */
  readonly replay?: boolean;
  readonly goals?: readonly Goal[];
  readonly cards?: { readonly home: CardCounts; readonly away: CardCounts };
  readonly referee?: string;
  readonly attendance?: number;
  /** A note written with the match, e.g. `abandoned at 1-1 in 65' due to cardiac arrest …`. */
  readonly note?: string;
}
