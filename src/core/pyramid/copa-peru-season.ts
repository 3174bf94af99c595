import type { SeasonInput } from '../definition/index.ts';
import { addDays, slotSchedule, weekdayOf } from '../fixtures/index.ts';
import { isoDate, type IsoDate } from '../model/index.ts';
import { roundName } from './level-shape.ts';
import type { PyramidStructure, Region } from './structure.ts';

type CompetitionInput = NonNullable<SeasonInput['competitions']>[number];
type StageInput = CompetitionInput['stages'][number];
type LocalName = { readonly es: string; readonly en: string };

/** The competition's id in a synthetic season. */
export const SYNTHETIC_COPA_PERU = 'copa-peru';

const STAGES = {
  district: { es: 'Etapa Distrital', en: 'District stage' },
  provincial: { es: 'Etapa Provincial', en: 'Provincial stage' },
  departmental: { es: 'Etapa Departamental', en: 'Departmental stage' },
  regional: { es: 'Etapa Regional', en: 'Regional stage' },
  national: { es: 'Etapa Nacional', en: 'National stage' },
} as const satisfies Record<string, LocalName>;

const ROUND_NAMES: Readonly<Record<string, LocalName>> = {
  'round-of-16': { es: 'Octavos de final', en: 'Round of 16' },
  'quarter-finals': { es: 'Cuartos de final', en: 'Quarter-finals' },
  'semi-finals': { es: 'Semifinales', en: 'Semi-finals' },
  final: { es: 'Final', en: 'Final' },
};

/** Round-robin cycles per stage, as seeds/001 has them: single round robins, the regions home and away. */
const CYCLES = { district: 1, provincial: 1, departmental: 1, regional: 2 } as const;
/** Two clubs go on from every group of every stage up to the regions (seeds/001). */
const PER_GROUP = 2;
/** Two-legged, away goals, no extra time, penalties after the second leg (S46; the 2014 regulations). */
const TIE = { preset: 'copa-peru-2014' } as const;

const REGION_ROMAN = /^region-([ivx]+)$/;
const regionName = (r: Region): LocalName => {
  const roman = REGION_ROMAN.exec(r.id)?.[1]?.toUpperCase() ?? r.name;
  return { es: `Región ${roman}`, en: `Region ${roman}` };
};

/** Weeks a round robin of `teams` takes in `cycles` cycles: one matchday a week. */
const roundRobinWeeks = (teams: number, cycles: number) =>
  teams < 2 ? 0 : slotSchedule(teams, cycles, 'mirrored').rounds;

/** The first Sunday on or after a day: matchdays are Sundays, a week apart. */
function sundayFrom(day: IsoDate): IsoDate {
  let d = day;
  while (weekdayOf(d) !== 'sunday') d = addDays(d, 1);
  return d;
}

/**
 * A season in the season format (as written, before validation) for a Copa Perú-shaped pyramid:
 * its clubs and one competition of five stages, every stage's groups filled by the rules from
 * the stage before — the district leagues list their clubs; each province gathers the two
 * first of its district leagues, each department the two first of its provinces, each region
 * the two first of its departments (Region IV by a two-legged knockout: semi-finals crossed
 * 1st v the other department's 2nd, and a regional final); the national stage pairs the
 * regions I v II, III v IV, … (winner of one v runner-up of the other) and then follows the
 * bracket to the final. Links promote the winner to the first division and the runner-up to
 * the second. Nothing is typed that the engine can derive: no group of a later stage lists a
 * team, no tie names one.
 *
 * Every stage starts on a Sunday a week after the longest group of the stage before can end, so
 * a view as of any day sees the pyramid as it stood that day.
 */
export function copaPeruSeason(structure: PyramidStructure, seed: number, year: number): SeasonInput {
  const provinces = structure.departments.flatMap((d) => d.provinces);
  const districts = provinces.flatMap((p) => p.districts);
  const clubs = districts.flatMap((d) =>
    d.clubs.map((c) => {
      const province = provinces.find((p) => p.districts.includes(d))!;
      const department = structure.departments.find((x) => x.provinces.includes(province))!;
      return {
        id: c.id,
        name: c.name,
        city: d.name,
        province: province.name,
        department: department.name,
        synthetic: true,
      };
    }),
  );
  const regionEntrants = (r: Region) => PER_GROUP * r.departments.length;
  const weeks = {
    district: Math.max(...districts.map((d) => roundRobinWeeks(d.clubs.length, CYCLES.district))),
    provincial: Math.max(
      ...provinces.map((p) => roundRobinWeeks(PER_GROUP * p.districts.length, CYCLES.provincial)),
    ),
    departmental: Math.max(
      ...structure.departments.map((d) =>
        roundRobinWeeks(PER_GROUP * d.provinces.length, CYCLES.departmental),
      ),
    ),
    regional: Math.max(
      ...structure.regions.map((r) =>
        r.format === 'knockout'
          ? 2 * Math.log2(regionEntrants(r))
          : roundRobinWeeks(regionEntrants(r), CYCLES.regional),
      ),
    ),
    national: 2 * Math.log2(PER_GROUP * structure.regions.length),
  };
  const start: Record<keyof typeof weeks, IsoDate> = {} as Record<keyof typeof weeks, IsoDate>;
  let day = sundayFrom(isoDate(`${year}-02-01`));
  for (const stage of ['district', 'provincial', 'departmental', 'regional', 'national'] as const) {
    start[stage] = day;
    day = addDays(day, 7 * (weeks[stage] + 1));
  }

  const groupsStage = (id: keyof typeof CYCLES, to: string, groups: unknown[]): StageInput =>
    ({
      id,
      name: STAGES[id],
      format: 'groups',
      start: start[id],
      rounds: CYCLES[id],
      advance: { perGroup: PER_GROUP, to },
      groups,
    }) as StageInput;

  const stages: StageInput[] = [
    groupsStage(
      'district',
      'provincial',
      districts.map((d) => ({ id: d.id, name: d.name, teams: d.clubs.map((c) => c.id) })),
    ),
    groupsStage(
      'provincial',
      'departmental',
      provinces.map((p) => ({
        id: p.id,
        name: p.name,
        entrants: [{ from: 'district', groups: p.districts.map((d) => d.id) }],
      })),
    ),
    groupsStage(
      'departmental',
      'regional',
      structure.departments.map((d) => ({
        id: d.id,
        name: d.name,
        entrants: [{ from: 'provincial', groups: d.provinces.map((p) => p.id) }],
      })),
    ),
    groupsStage(
      'regional',
      'national',
      structure.regions.map((r) => regionGroup(r, structure)),
    ),
    nationalStage(structure.regions, start.national),
  ];
  const title = `Copa Perú ${year} (synthetic, seed ${seed})`;
  return {
    season: {
      id: `synthetic-copa-peru-${seed}`,
      name: { es: `Copa Perú ${year} (sintética, semilla ${seed})`, en: title },
      country: 'PER',
      start: start.district,
      end: addDays(start.national, 7 * weeks.national),
    },
    clubs,
    competitions: [
      {
        id: SYNTHETIC_COPA_PERU,
        name: 'Copa Perú',
        kind: 'promotion',
        description: `${structure.name}: invented clubs, districts and provinces in the real departments and regions of the 2014 edition. Two clubs go on from every group; the national winner is promoted to the first division, the runner-up to the second.`,
        teams: clubs.map((c) => c.id),
        rules: { preset: 'conmebol' },
        tie: TIE,
        stages,
      } as CompetitionInput,
    ],
    links: [
      {
        id: 'copa-peru-winner-promotion',
        description: 'The Copa Perú winner is promoted to the first division.',
        from: { competition: SYNTHETIC_COPA_PERU, stage: 'national', pick: 'winner' },
        effect: { promotion: { to: 'Primera División' } },
      },
      {
        id: 'copa-peru-runner-up-promotion',
        description: 'The Copa Perú runner-up is promoted to the second division.',
        from: { competition: SYNTHETIC_COPA_PERU, stage: 'national', pick: 'runner-up' },
        effect: { promotion: { to: 'Segunda División' } },
      },
    ],
  };
}

/** A region: a home-and-away mini-league of its departments' qualifiers, or (Region IV) a knockout. */
function regionGroup(r: Region, structure: PyramidStructure) {
  const departments = structure.departments.filter((d) => r.departments.includes(d.id));
  const base = {
    id: r.id,
    name: regionName(r),
    departments: departments.map((d) => d.name),
    entrants: [{ from: 'departmental', groups: departments.map((d) => d.id) }],
  };
  // Region V's "Tiebreaker" (seeds/001) was a play-off for first place: a tie on points for
  // first is played off; other places go to goal difference as in every region.
  if (r.id === 'region-v')
    return {
      ...base,
      rules: { playoffPositions: [1] },
    };
  if (r.format !== 'knockout') return base;
  // Entrants in order: 1st and 2nd of the first department, then of the second; `fold` pairs
  // the first with the last, so each department's winner meets the other's runner-up.
  const rounds = knockoutRoundIds(PER_GROUP * departments.length).map((id, k) => ({
    id,
    name: id === 'final' ? { es: 'Final regional', en: 'Regional final' } : ROUND_NAMES[id]!,
    pairing: k === 0 ? 'fold' : 'bracket',
  }));
  return { ...base, format: 'knockout', qualifiers: PER_GROUP, tie: TIE, rounds };
}

/** round-of-16, quarter-finals, semi-finals, final for 16 entrants; fewer rounds for fewer. */
function knockoutRoundIds(entrants: number): string[] {
  const ids: string[] = [];
  for (let n = entrants; n >= 2; n /= 2) ids.push(roundName(n));
  return ids;
}

/**
 * The national stage: region I v II, III v IV, … in the first round, each region's winner at
 * home first against the other's runner-up (the 2014 round of 16 paired the regions so,
 * rpp-740652), then the bracket: winners of ties 1 and 2 meet, 3 and 4, ….
 */
function nationalStage(regions: readonly Region[], start: IsoDate): StageInput {
  const place = (r: Region, position: number) => ({ from: 'regional', group: r.id, position });
  const [first, ...later] = knockoutRoundIds(PER_GROUP * regions.length);
  const ties = [];
  for (let k = 0; k + 1 < regions.length; k += 2) {
    const [a, b] = [regions[k]!, regions[k + 1]!];
    ties.push({ home: place(a, 1), away: place(b, 2) }, { home: place(b, 1), away: place(a, 2) });
  }
  return {
    id: 'national',
    name: STAGES.national,
    format: 'knockout',
    start,
    rounds: [
      {
        id: first!,
        name: ROUND_NAMES[first!]!,
        ties: ties.map((t, i) => ({ id: `${first}-${i + 1}`, ...t })),
      },
      ...later.map((id) => ({ id, name: ROUND_NAMES[id]!, pairing: 'bracket' as const })),
    ],
  } as StageInput;
}
