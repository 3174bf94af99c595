import type { CompetitionDoc, ManagerialChangeDoc } from '../definition/index.ts';
import type { Match } from '../model/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import { seasonMatches } from '../season/to-matches.ts';
import { personRef, type PersonRef } from './person-ref.ts';
import { positionAtVacancy, type VacancyPosition } from './position-at-vacancy.ts';

/**
 * - `pre-season`: the post fell vacant (or, without that date, was filled) before the competition began;
 * - `in-season`: on or after its first day;
 * - `undated`: a source lists the change without either date.
 */
export type ChangePeriod = 'pre-season' | 'in-season' | 'undated';

export interface ManagerialChangeRow {
  readonly change: ManagerialChangeDoc;
  readonly team: string;
  readonly outgoing?: PersonRef;
  readonly incoming?: PersonRef;
  readonly period: ChangePeriod;
  readonly position: VacancyPosition;
}

export interface ManagerialChanges {
  /** The day that separates pre-season from in-season changes. */
  readonly start?: string;
  readonly preSeason: readonly ManagerialChangeRow[];
  readonly inSeason: readonly ManagerialChangeRow[];
  readonly undated: readonly ManagerialChangeRow[];
}

/**
 * The managerial changes of a competition's teams, split by the competition's start date, each
 * with the table position at the date of vacancy (derived where the results allow). Changes
 * recorded for another competition, or dated after this one ended, belong elsewhere.
 */
export function managerialChanges(
  index: SeasonIndex,
  competition: string,
  matches: readonly Match[] = seasonMatches(index.doc),
): ManagerialChanges {
  const comp = index.competitions.get(competition);
  if (!comp) return { preSeason: [], inSeason: [], undated: [] };
  const start = comp.start ?? comp.stages[0]?.start ?? index.doc.season.start;
  const rows = index.doc.managerialChanges
    .filter((c) => belongsTo(c, comp))
    .map((c): ManagerialChangeRow => {
      const outgoing = personRef(index, c.outgoing);
      const incoming = personRef(index, c.incoming);
      return {
        change: c,
        team: c.team,
        ...(outgoing ? { outgoing } : {}),
        ...(incoming ? { incoming } : {}),
        period: periodOf(c, start),
        position: positionAtVacancy(index, comp, c, matches),
      };
    });
  return {
    ...(start !== undefined ? { start } : {}),
    preSeason: rows.filter((r) => r.period === 'pre-season'),
    inSeason: rows.filter((r) => r.period === 'in-season'),
    undated: rows.filter((r) => r.period === 'undated'),
  };
}

export const changeDate = (c: ManagerialChangeDoc): string | undefined => c.vacancy ?? c.appointed;

function periodOf(c: ManagerialChangeDoc, start: string | undefined): ChangePeriod {
  const date = changeDate(c);
  if (date === undefined) return 'undated';
  return start !== undefined && date < start ? 'pre-season' : 'in-season';
}

function belongsTo(c: ManagerialChangeDoc, comp: CompetitionDoc): boolean {
  if (c.competition !== undefined) return c.competition === comp.id;
  if (!comp.teams.includes(c.team)) return false;
  const date = changeDate(c);
  return date === undefined || comp.end === undefined || date <= comp.end;
}
