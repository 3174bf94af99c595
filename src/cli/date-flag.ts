import { isValidIsoDate } from '../core/fixtures/index.ts';
import { isoDate, type IsoDate } from '../core/model/index.ts';
import { CliError } from './cli-error.ts';

/** A date given on the command line: a real calendar day written YYYY-MM-DD, or a usage error naming the flag. */
export function dateFlag(flag: string, value: string): IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidIsoDate(value)) {
    throw new CliError('usage', `${flag} expects a calendar date written YYYY-MM-DD, got '${value}'`);
  }
  return isoDate(value);
}
