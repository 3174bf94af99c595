/**
 * A statistic as Torneo knows it. A figure is `known` only when it follows from complete facts:
 * "the biggest home win" over half the results is not the biggest home win. When the facts are
 * incomplete the figure says why, what the known facts alone give (`partial`, always labelled
 * as such), and what a source published (`reported`), so a page never invents a number.
 */
export type Figure<T> = KnownFigure<T> | UnknownFigure<T>;

export interface KnownFigure<T> {
  readonly known: true;
  readonly value: T;
  readonly coverage: Coverage;
}

export interface UnknownFigure<T> {
  readonly known: false;
  readonly reason: UnknownReason;
  readonly coverage: Coverage;
  /** What the known facts alone give; never to be shown without saying so. */
  readonly partial?: T;
  /** What a source published, when the season records it. */
  readonly reported?: Reported<T>;
}

/**
 * Why a figure cannot be derived:
 * - `results_missing`: matches that count were played (or should have been) but their result is not known;
 * - `goals_missing`: some results are known without their scorers;
 * - `attendance_missing`: some crowds were not recorded;
 * - `cards_missing`: some matches have no card record;
 * - `no_matches`: nothing has been played yet.
 */
export type UnknownReason =
  'results_missing' | 'goals_missing' | 'attendance_missing' | 'cards_missing' | 'no_matches';

/**
 * How many matches a figure rests on, of how many it should rest on (when that is known), and
 * what makes a match count: its result, its scorers, its crowd or its cards. "12 of 95" means
 * nothing until it says whether 12 results or 12 scorer lists are known.
 */
export interface Coverage {
  readonly counted: number;
  readonly expected?: number;
  /** What `counted` counts: matches with a known result (absent), scorers, crowd or cards. */
  readonly of?: CoverageOf;
}

export type CoverageOf = 'results' | 'scorers' | 'crowds' | 'cards';

export interface Reported<T> {
  readonly value: T;
  readonly sources: readonly string[];
  readonly note?: string;
  /** Other values other sources published for the same figure, when they disagree. */
  readonly others?: readonly Reported<T>[];
}

export const knownFigure = <T>(value: T, coverage: Coverage): KnownFigure<T> => ({
  known: true,
  value,
  coverage,
});

export const unknownFigure = <T>(
  reason: UnknownReason,
  coverage: Coverage,
  partial?: T,
): UnknownFigure<T> => ({
  known: false,
  reason,
  coverage,
  ...(partial !== undefined ? { partial } : {}),
});

/** Adds what a source published to a figure Torneo could not derive; a known figure keeps its own value. */
export function withReported<T>(figure: Figure<T>, reported: Reported<T> | undefined): Figure<T> {
  if (figure.known || reported === undefined) return figure;
  return { ...figure, reported };
}

/** The value to show and where it comes from, or nothing. */
export type Shown<T> =
  | { readonly basis: 'derived'; readonly value: T }
  | {
      readonly basis: 'reported';
      readonly value: T;
      readonly sources: readonly string[];
      readonly others: readonly Reported<T>[];
    }
  | { readonly basis: 'partial'; readonly value: T; readonly coverage: Coverage }
  | { readonly basis: 'unknown' };

/** A figure as a page shows it: derived; else what a source reported; else the partial value, labelled. */
export function shown<T>(figure: Figure<T>): Shown<T> {
  if (figure.known) return { basis: 'derived', value: figure.value };
  if (figure.reported)
    return {
      basis: 'reported',
      value: figure.reported.value,
      sources: figure.reported.sources,
      others: figure.reported.others ?? [],
    };
  if (figure.partial !== undefined)
    return { basis: 'partial', value: figure.partial, coverage: figure.coverage };
  return { basis: 'unknown' };
}

export const mapFigure = <T, U>(figure: Figure<T>, f: (value: T) => U): Figure<U> =>
  figure.known
    ? knownFigure(f(figure.value), figure.coverage)
    : {
        known: false,
        reason: figure.reason,
        coverage: figure.coverage,
        ...(figure.partial !== undefined ? { partial: f(figure.partial) } : {}),
        ...(figure.reported ? { reported: mapReported(figure.reported, f) } : {}),
      };

const mapReported = <T, U>(r: Reported<T>, f: (value: T) => U): Reported<U> => ({
  value: f(r.value),
  sources: r.sources,
  ...(r.note !== undefined ? { note: r.note } : {}),
  ...(r.others ? { others: r.others.map((o) => mapReported(o, f)) } : {}),
});
