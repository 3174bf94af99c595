import type { TeamId } from '../model/index.ts';
import { phasesOf, qualifiersOf, type PhaseShape } from './level-shape.ts';
import { PYRAMID_LEVELS, type LevelFormat, type PyramidLevel, type PyramidStructure } from './structure.ts';

/** Where an entrant of a unit comes from: a club of a district league, or a place in a unit below. */
export type EntrantSlot =
  | { readonly kind: 'club'; readonly club: number }
  | { readonly kind: 'qualifier'; readonly from: string; readonly position: number };

export interface PyramidUnit {
  readonly level: PyramidLevel;
  readonly id: string;
  readonly name: string;
  readonly format: LevelFormat;
  readonly entrants: readonly EntrantSlot[];
  readonly phases: readonly PhaseShape[];
  readonly qualifiers: number;
}

export interface PyramidLayout {
  /** Every club, numbered in the order of departments, provinces, districts. */
  readonly clubs: readonly TeamId[];
  readonly clubNames: readonly string[];
  /** Units of each level, in the order of `PYRAMID_LEVELS`. */
  readonly levels: readonly (readonly PyramidUnit[])[];
}

function unit(
  level: PyramidLevel,
  id: string,
  name: string,
  format: LevelFormat,
  entrants: EntrantSlot[],
): PyramidUnit {
  return {
    level,
    id,
    name,
    format,
    entrants,
    phases: phasesOf(format, entrants.length),
    qualifiers: qualifiersOf(format, entrants.length),
  };
}

const fed = (below: readonly PyramidUnit[]): EntrantSlot[] =>
  below.flatMap((u) =>
    Array.from({ length: u.qualifiers }, (_, p) => ({
      kind: 'qualifier' as const,
      from: u.id,
      position: p + 1,
    })),
  );

/** The units of every level of the pyramid and who feeds whom. */
export function pyramidLayout(structure: PyramidStructure): PyramidLayout {
  const f = structure.formats;
  const clubs: TeamId[] = [];
  const clubNames: string[] = [];
  const districts: PyramidUnit[] = [];
  const provinces: PyramidUnit[] = [];
  const departments = new Map<string, PyramidUnit>();
  for (const dep of structure.departments) {
    const provincesOfDep: PyramidUnit[] = [];
    for (const prov of dep.provinces) {
      const districtsOfProv: PyramidUnit[] = [];
      for (const d of prov.districts) {
        const entrants: EntrantSlot[] = d.clubs.map((c) => {
          clubs.push(c.id);
          clubNames.push(c.name);
          return { kind: 'club', club: clubs.length - 1 };
        });
        districtsOfProv.push(unit('district', d.id, d.name, f.district, entrants));
      }
      districts.push(...districtsOfProv);
      provincesOfDep.push(unit('provincial', prov.id, prov.name, f.provincial, fed(districtsOfProv)));
    }
    provinces.push(...provincesOfDep);
    departments.set(dep.id, unit('departmental', dep.id, dep.name, f.departmental, fed(provincesOfDep)));
  }
  const regions = structure.regions.map((r) =>
    unit(
      'regional',
      r.id,
      r.name,
      r.format === 'knockout' ? f.regionalKnockout : f.regional,
      fed(r.departments.flatMap((d) => departments.get(d) ?? [])),
    ),
  );
  const national = unit('national', 'national', 'National stage', f.national, fed(regions));
  const levels = [districts, provinces, [...departments.values()], regions, [national]];
  return { clubs, clubNames, levels: PYRAMID_LEVELS.map((_, i) => levels[i] as PyramidUnit[]) };
}
