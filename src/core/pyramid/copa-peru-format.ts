import { addDays, slotSchedule, weekdayOf } from '../fixtures/index.ts';
import { isoDate, type IsoDate } from '../model/index.ts';
import type { PyramidStructure } from './structure.ts';

/** The stages of a synthetic Copa Perú, in the order they are played (seeds/001). */
export const COPA_PERU_STAGES = ['district', 'provincial', 'departmental', 'regional', 'national'] as const;
export type CopaPeruStage = (typeof COPA_PERU_STAGES)[number];

/** Round-robin cycles per stage, as seeds/001 has them: single round robins, the regions home and away. */
export const CYCLES = { district: 1, provincial: 1, departmental: 1, regional: 2 } as const;
/** Two clubs go on from every group of every stage up to the regions (seeds/001). */
export const PER_GROUP = 2;
/** Two-legged, away goals, no extra time, penalties after the second leg (S46; the 2014 regulations). */
export const TIE = { preset: 'copa-peru-2014' } as const;

/** Weeks a round robin of `teams` takes in `cycles` cycles: one matchday a week. */
const roundRobinWeeks = (teams: number, cycles: number) =>
  teams < 2 ? 0 : slotSchedule(teams, cycles, 'mirrored').rounds;

/** Weeks a two-legged knockout of `entrants` takes: two a round. */
const knockoutWeeks = (entrants: number) => 2 * Math.log2(entrants);

/** The first Sunday on or after a day: matchdays are Sundays, a week apart. */
function sundayFrom(day: IsoDate): IsoDate {
  let d = day;
  while (weekdayOf(d) !== 'sunday') d = addDays(d, 1);
  return d;
}

/**
 * When each stage starts, and when the season ends: the district stage on the first Sunday of
 * February, every later stage on a Sunday a week after the longest group of the stage before
 * can end — so a view as of any day sees the pyramid as it stood that day.
 */
export function copaPeruCalendar(
  structure: PyramidStructure,
  year: number,
): { readonly start: Readonly<Record<CopaPeruStage, IsoDate>>; readonly end: IsoDate } {
  const provinces = structure.departments.flatMap((d) => d.provinces);
  const longest = (weeks: readonly number[]) => Math.max(0, ...weeks);
  const weeks: Record<CopaPeruStage, number> = {
    district: longest(
      provinces.flatMap((p) => p.districts).map((d) => roundRobinWeeks(d.clubs.length, CYCLES.district)),
    ),
    provincial: longest(
      provinces.map((p) => roundRobinWeeks(PER_GROUP * p.districts.length, CYCLES.provincial)),
    ),
    departmental: longest(
      structure.departments.map((d) => roundRobinWeeks(PER_GROUP * d.provinces.length, CYCLES.departmental)),
    ),
    regional: longest(
      structure.regions.map((r) =>
        r.format === 'knockout'
          ? knockoutWeeks(PER_GROUP * r.departments.length)
          : roundRobinWeeks(PER_GROUP * r.departments.length, CYCLES.regional),
      ),
    ),
    national: knockoutWeeks(PER_GROUP * structure.regions.length),
  };
  const start = {} as Record<CopaPeruStage, IsoDate>;
  let day = sundayFrom(isoDate(`${year}-02-01`));
  for (const stage of COPA_PERU_STAGES) {
    start[stage] = day;
    day = addDays(day, 7 * (weeks[stage] + 1));
  }
  return { start, end: addDays(start.national, 7 * weeks.national) };
}
