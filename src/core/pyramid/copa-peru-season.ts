import type { SeasonInput } from '../definition/index.ts';
import { copaPeruCalendar, CYCLES, PER_GROUP, TIE } from './copa-peru-format.ts';
import { nationalStage, regionGroup, type LocalName } from './copa-peru-regions.ts';
import type { PyramidStructure } from './structure.ts';

type CompetitionInput = NonNullable<SeasonInput['competitions']>[number];
type StageInput = CompetitionInput['stages'][number];

/** The competition's id in a synthetic season. */
export const SYNTHETIC_COPA_PERU = 'copa-peru';

const STAGES = {
  district: { es: 'Etapa Distrital', en: 'District stage' },
  provincial: { es: 'Etapa Provincial', en: 'Provincial stage' },
  departmental: { es: 'Etapa Departamental', en: 'Departmental stage' },
  regional: { es: 'Etapa Regional', en: 'Regional stage' },
  national: { es: 'Etapa Nacional', en: 'National stage' },
} as const satisfies Record<string, LocalName>;

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
 * team, no tie names one. Dates: `copaPeruCalendar`.
 */
export function copaPeruSeason(structure: PyramidStructure, seed: number, year: number): SeasonInput {
  const provinces = structure.departments.flatMap((d) => d.provinces);
  const districts = provinces.flatMap((p) => p.districts);
  const clubs = structure.departments.flatMap((department) =>
    department.provinces.flatMap((province) =>
      province.districts.flatMap((d) =>
        d.clubs.map((c) => ({
          id: c.id,
          name: c.name,
          city: d.name,
          province: province.name,
          department: department.name,
          synthetic: true,
        })),
      ),
    ),
  );
  const { start, end } = copaPeruCalendar(structure, year);
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
  const from = (stage: string, groups: readonly { id: string }[]) => [
    { from: stage, groups: groups.map((g) => g.id) },
  ];

  const stages: StageInput[] = [
    groupsStage(
      'district',
      'provincial',
      districts.map((d) => ({ id: d.id, name: d.name, teams: d.clubs.map((c) => c.id) })),
    ),
    groupsStage(
      'provincial',
      'departmental',
      provinces.map((p) => ({ id: p.id, name: p.name, entrants: from('district', p.districts) })),
    ),
    groupsStage(
      'departmental',
      'regional',
      structure.departments.map((d) => ({
        id: d.id,
        name: d.name,
        entrants: from('provincial', d.provinces),
      })),
    ),
    groupsStage(
      'regional',
      'national',
      structure.regions.map((r) => regionGroup(r, structure)),
    ),
    nationalStage(structure.regions, STAGES.national, start.national),
  ];
  return {
    season: {
      id: `synthetic-copa-peru-${seed}`,
      name: {
        es: `Copa Perú ${year} (sintética, semilla ${seed})`,
        en: `Copa Perú ${year} (synthetic, seed ${seed})`,
      },
      country: 'PER',
      start: start.district,
      end,
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
