import type { ManagerialChangeDoc } from '../definition/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import { personRef, type PersonRef } from './person-ref.ts';

export interface TeamPersonnel {
  readonly team: string;
  readonly manager?: PersonRef;
  readonly captain?: PersonRef;
  readonly kitManufacturer?: string;
  readonly shirtSponsor?: string;
}

/**
 * Each team's manager, captain, kit manufacturer and shirt sponsor, as of a day (by default the
 * competition's last day). The manager is the team's manager at the start, replaced by every
 * change whose appointment (or vacancy) falls on or before the day; changes a source lists
 * without dates are taken to have happened by the competition's end. A flag belongs to a person:
 * a named manager shows his own nationality only. The flag a source gives for the team's manager
 * without naming him (`managerNationality`) is shown only for a team whose manager is never
 * named: which of several managers it described cannot be told, so it is not pinned on whoever
 * manages at the end (seed 000's Universitario flag is not Ángel Comizzo's).
 */
export function teamPersonnel(index: SeasonIndex, competition: string, asOf?: string): TeamPersonnel[] {
  const comp = index.competitions.get(competition);
  if (!comp) return [];
  const day = asOf ?? comp.end;
  const atEnd = day === undefined || comp.end === undefined || day >= comp.end;
  return comp.teams.map((team) => {
    const doc = index.teams.get(team)?.doc;
    const changes = index.doc.managerialChanges
      .filter((c) => c.team === team && c.incoming !== undefined && inForce(c, day, atEnd))
      .sort(byDate);
    const managerId = changes.at(-1)?.incoming ?? doc?.manager;
    const named = doc?.manager !== undefined || index.doc.managerialChanges.some((c) => c.team === team);
    const manager = personRef(index, managerId, named ? undefined : doc?.managerNationality);
    const captain = personRef(index, doc?.captain, doc?.captainNationality);
    return {
      team,
      ...(manager ? { manager } : {}),
      ...(captain ? { captain } : {}),
      ...(doc?.kit?.manufacturer ? { kitManufacturer: doc.kit.manufacturer } : {}),
      ...(doc?.kit?.sponsor ? { shirtSponsor: doc.kit.sponsor } : {}),
    };
  });
}

function inForce(c: ManagerialChangeDoc, day: string | undefined, atEnd: boolean): boolean {
  if (c.appointed === undefined && c.vacancy === undefined) return atEnd;
  return day === undefined || appointedOn(c) <= day;
}

const appointedOn = (c: ManagerialChangeDoc): string => c.appointed ?? c.vacancy ?? '9999';
const byDate = (a: ManagerialChangeDoc, b: ManagerialChangeDoc): number =>
  appointedOn(a).localeCompare(appointedOn(b));
