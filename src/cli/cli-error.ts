/**
 * Every way a command can fail, each with its exit code, decided here and nowhere else.
 * Commands throw CliError; main() prints the message (never a stack trace) and exits.
 */
export type CliFailure =
  | 'invalid_input' // the season or the facts given are not valid
  | 'usage' // the command line is wrong
  | 'not_found' // a season, competition, match or file that does not exist
  | 'conflict' // a write based on a stale version, or a duplicate
  | 'unavailable' // a database or port that cannot be reached
  | 'internal';

export const EXIT_CODES: Record<CliFailure, number> = {
  invalid_input: 1,
  usage: 2,
  not_found: 3,
  conflict: 4,
  unavailable: 5,
  internal: 70,
};

export class CliError extends Error {
  constructor(
    readonly failure: CliFailure,
    message: string,
    /** Lines printed after the message, e.g. one per validation issue. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
