import { teamId } from '../model/index.ts';
import { createRandom, type SeededRandom } from '../random/index.ts';
import { COPA_PERU_2014_REGIONS, PERU_DEPARTMENTS } from './peru-departments.ts';
import { clubName, placeName } from './place-names.ts';
import {
  COPA_PERU_FORMATS,
  type Department,
  type DistrictLeague,
  type PyramidClub,
  type PyramidFormats,
  type PyramidStructure,
} from './structure.ts';

export interface SyntheticPyramidOptions {
  readonly seed: number;
  /** Default 1,800 (Peru has about 1,890 districts). */
  readonly districtLeagues?: number;
  /** Default 15,000. */
  readonly clubs?: number;
  readonly formats?: PyramidFormats;
}

/**
 * `total` split into parts proportional to `weights`, each at least `minimum`, summing to
 * `total` exactly (largest remainders take the leftover units).
 */
function apportion(total: number, weights: readonly number[], minimum: number): number[] {
  const spare = total - minimum * weights.length;
  if (spare < 0)
    throw new RangeError(`cannot give ${weights.length} parts at least ${minimum} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => minimum + Math.floor(x));
  const left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < left; k++) parts[(byRemainder[k] as { i: number }).i]! += 1;
  return parts;
}

const weightsOf = (random: SeededRandom, n: number) =>
  Array.from({ length: n }, () => 0.35 + 1.3 * random.nextFloat());

/** A district league of `size` clubs with invented names, ids `<id>-c1`, `<id>-c2`, …. */
export function districtLeague(random: SeededRandom, id: string, size: number): DistrictLeague {
  const name = placeName(random);
  const names = new Set<string>();
  const clubs: PyramidClub[] = [];
  for (let c = 0; c < size; c++) {
    let club = clubName(random, name);
    for (let tries = 0; names.has(club) && tries < 5; tries++) club = clubName(random, name);
    if (names.has(club)) club = `${club} ${c + 1}`;
    names.add(club);
    clubs.push({ id: teamId(`${id}-c${c + 1}`), name: club });
  }
  return { id, name, clubs };
}

/**
 * A SYNTHETIC national pyramid shaped like Peru's: the 25 real departments with their real
 * number of provinces (196), and invented provinces, district leagues and clubs — names made
 * up from Peruvian-sounding syllables (place-names.ts), every id starting `syn-`, the
 * structure flagged `synthetic`. For benchmarks and simulations only; the same seed always
 * gives the same pyramid. Clubs per district league: 4 to about 12, 8.3 on average by default.
 */
export function generateSyntheticPyramid(options: SyntheticPyramidOptions): PyramidStructure {
  const random = createRandom(options.seed);
  const provinceCount = PERU_DEPARTMENTS.reduce((n, d) => n + d.provinces, 0);
  const leagues = options.districtLeagues ?? 1800;
  const clubCount = options.clubs ?? 15000;
  const districtsPerProvince = apportion(leagues, weightsOf(random, provinceCount), 2);
  const clubsPerDistrict = apportion(clubCount, weightsOf(random, leagues), 4);

  let province = 0;
  let district = 0;
  const departments: Department[] = PERU_DEPARTMENTS.map((dep) => ({
    id: `syn-${dep.id}`,
    name: dep.name,
    provinces: Array.from({ length: dep.provinces }, (_, p) => {
      const id = `syn-${dep.id}-p${p + 1}`;
      const districts = Array.from({ length: districtsPerProvince[province++] as number }, (_, d) =>
        districtLeague(random, `${id}-d${d + 1}`, clubsPerDistrict[district++] as number),
      );
      return { id, name: placeName(random), districts };
    }),
  }));
  return {
    name: `Synthetic Copa Perú-like pyramid (seed ${options.seed})`,
    synthetic: true,
    departments,
    regions: COPA_PERU_2014_REGIONS.map((r) => ({ ...r, departments: r.departments.map((d) => `syn-${d}`) })),
    formats: options.formats ?? COPA_PERU_FORMATS,
  };
}
