import { createRandom } from '../random/index.ts';
import { COPA_PERU_2014_REGIONS, PERU_DEPARTMENTS } from './peru-departments.ts';
import { placeName } from './place-names.ts';
import { COPA_PERU_FORMATS, type Department, type PyramidStructure, type Region } from './structure.ts';
import { districtLeague } from './synthetic.ts';

/** How big a synthetic Copa Perú is: every department, province and district the same size. */
export interface CopaPeruSize {
  /**
   * How many of the eight 2014 regions take part: 8 (all), 4 (Regions I–IV) or 2 (Regions III
   * and IV, the two smallest, Region IV the one played as a knockout). The national stage pairs
   * them I–II, III–IV, …, so the count is a power of two.
   */
  readonly regions: 2 | 4 | 8;
  /** Provinces per department (1–4: two clubs each make a departmental group of at most eight). */
  readonly provinces: number;
  /** District leagues per province (1–4: two clubs each make a provincial group of at most eight). */
  readonly districts: number;
  /** Clubs per district league (2–16). */
  readonly clubs: number;
}

export const COPA_PERU_SIZE_LIMITS = {
  regions: [2, 4, 8],
  provinces: { min: 1, max: 4 },
  districts: { min: 1, max: 4 },
  clubs: { min: 2, max: 16 },
} as const;

/** Regions in the order the national stage pairs them (I–II, III–IV, …), for each count. */
const REGIONS_BY_COUNT: Readonly<Record<CopaPeruSize['regions'], readonly string[]>> = {
  2: ['region-iii', 'region-iv'],
  4: ['region-i', 'region-ii', 'region-iii', 'region-iv'],
  8: COPA_PERU_2014_REGIONS.map((r) => r.id),
};

/**
 * A SYNTHETIC pyramid shaped like the 2014 Copa Perú (seeds/001) for a season folder: the real
 * regions and their real departments, each department with `provinces` invented provinces of
 * `districts` invented district leagues of `clubs` invented clubs. Regular on purpose, so that
 * every stage's groups fit in one round robin (two clubs go on from each group) and a test can
 * count what each stage must hold. Ids are the department's (`loreto`), then `-p1`, `-d1`,
 * `-c1` (`loreto-p1-d2-c3`); the same seed always gives the same names.
 */
export function syntheticCopaPeru(seed: number, size: CopaPeruSize): PyramidStructure {
  const random = createRandom(seed);
  const wanted = new Set(REGIONS_BY_COUNT[size.regions]);
  const regions: Region[] = COPA_PERU_2014_REGIONS.filter((r) => wanted.has(r.id));
  const departmentIds = new Set(regions.flatMap((r) => r.departments));
  const departments: Department[] = PERU_DEPARTMENTS.filter((d) => departmentIds.has(d.id)).map((dep) => ({
    id: dep.id,
    name: dep.name,
    provinces: Array.from({ length: size.provinces }, (_, p) => {
      const id = `${dep.id}-p${p + 1}`;
      const name = placeName(random);
      return {
        id,
        name,
        districts: Array.from({ length: size.districts }, (_, d) =>
          districtLeague(random, `${id}-d${d + 1}`, size.clubs),
        ),
      };
    }),
  }));
  return {
    name: `Synthetic Copa Perú (seed ${seed})`,
    synthetic: true,
    departments,
    regions,
    formats: COPA_PERU_FORMATS,
  };
}
