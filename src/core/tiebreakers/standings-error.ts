/**
 * The one error class of the standings engine. Errors are data: a `code`, a `path` into the
 * input, the offending input and, for a near-miss name, a suggestion. Messages for people are
 * rendered at the edges (CLI, HTTP); `message` here is a plain English fallback.
 */
export type StandingsErrorCode =
  'unknown_tiebreaker' | 'unknown_preset' | 'unknown_team' | 'duplicate_team' | 'missing_round';

export type StandingsErrorPath = readonly (string | number)[];

export interface StandingsErrorData {
  readonly code: StandingsErrorCode;
  readonly path: StandingsErrorPath;
  readonly input?: string;
  readonly suggestion?: string;
}

export class StandingsError extends Error {
  readonly code: StandingsErrorCode;
  readonly path: StandingsErrorPath;
  readonly input: string | undefined;
  readonly suggestion: string | undefined;

  constructor(data: StandingsErrorData, message: string) {
    super(data.suggestion === undefined ? message : `${message} (did you mean '${data.suggestion}'?)`);
    this.name = 'StandingsError';
    this.code = data.code;
    this.path = data.path;
    this.input = data.input;
    this.suggestion = data.suggestion;
  }
}
