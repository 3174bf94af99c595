import type { IsoDate } from '../model/ids.ts';
import type { Match } from '../model/match.ts';

/**
 * A match that will not change the table any more: counted (as of the date), or struck out for
 * good. An abandoned match is open here; `compactMatches` settles it once it has been replayed.
 */
export function isSettled(m: Match, asOf: IsoDate | undefined): boolean {
  switch (m.status) {
    case 'played':
    case 'awarded':
      return m.result !== undefined && (asOf === undefined || (m.date !== undefined && m.date <= asOf));
    case 'void':
    case 'annulled':
    case 'cancelled':
      return true;
    case 'scheduled':
    case 'postponed':
    case 'abandoned':
      return false;
  }
}
