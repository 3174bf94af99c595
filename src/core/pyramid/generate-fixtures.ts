import { cyclesOf } from '../definition/index.ts';
import type { TeamId } from '../model/index.ts';
import { slotSchedule } from '../fixtures/index.ts';
import { createRandom, type SeededRandom } from '../random/index.ts';
import { groupCount, groupSizes, type PhaseShape } from './level-shape.ts';
import { pyramidLayout, type PyramidUnit } from './pyramid-units.ts';
import type { LevelFormat, PyramidLevel, PyramidStructure } from './structure.ts';

/**
 * Matches as columns, club numbers into `PyramidFixtures.clubs`: match m is `home[m]` v
 * `away[m]` in round `round[m]` (from 1) of group `group[m]` (from 0) of its unit. Unit u's
 * matches are `unitStart[u]` … `unitStart[u + 1] − 1`. About 60,000 district matches fit in
 * under a megabyte this way.
 */
export interface CompactFixtureList {
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly round: Uint16Array;
  readonly group: Uint16Array;
  readonly unitStart: Int32Array;
}

export interface LevelShape {
  readonly level: PyramidLevel;
  readonly units: readonly PyramidUnit[];
  /** Matches of the whole level once its entrants are known. */
  readonly matches: number;
}

export interface PyramidFixtures {
  readonly seed: number;
  readonly synthetic: boolean;
  readonly clubs: readonly TeamId[];
  /** The first level — every district league — with all its first-phase fixtures. */
  readonly first: { readonly units: readonly PyramidUnit[]; readonly fixtures: CompactFixtureList };
  /** The later phases of the district leagues and the shapes of every level above. */
  readonly next: readonly LevelShape[];
}

/** Shuffles `items` in place (Fisher–Yates), without allocating. */
function shuffleInPlace(random: SeededRandom, items: Int32Array): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.nextInt(0, i);
    const t = items[i] as number;
    items[i] = items[j] as number;
    items[j] = t;
  }
}

/** The first phase of a district league: its clubs shuffled into groups, each a round robin. */
function firstPhase(unit: PyramidUnit, random: SeededRandom, out: CompactFixtureList, at: number): number {
  const format = unit.format as Extract<LevelFormat, { kind: 'mini-league' }>;
  const clubs = Int32Array.from(unit.entrants, (e) => (e.kind === 'club' ? e.club : -1));
  if (clubs.length < 2) return at;
  shuffleInPlace(random, clubs);
  const sizes = groupSizes(clubs.length, groupCount(clubs.length, format.qualifiers, format.maxGroupSize));
  let offset = 0;
  sizes.forEach((size, g) => {
    if (size < 2) return;
    const s = slotSchedule(size, format.cycles, format.pattern ?? 'mirrored');
    const per = s.matchesPerRound;
    for (let r = 0; r < cyclesOf(s); r++) {
      for (let i = 0; i < per; i++) {
        out.home[at] = clubs[offset + (s.home[r * per + i] as number)] as number;
        out.away[at] = clubs[offset + (s.away[r * per + i] as number)] as number;
        out.round[at] = r + 1;
        out.group[at] = g;
        at++;
      }
    }
    offset += size;
  });
  return at;
}

const firstPhaseMatches = (u: PyramidUnit) => (u.phases[0]?.kind === 'groups' ? u.phases[0].matches : 0);

/**
 * Every fixture of the pyramid's first level and the shape of everything after it. The seed
 * decides the draw of each district league (which club takes which slot of its round robin);
 * `simulatePyramid` with the same seed plays exactly these fixtures.
 */
export function generatePyramidFixtures(structure: PyramidStructure, seed: number): PyramidFixtures {
  const layout = pyramidLayout(structure);
  const districts = layout.levels[0] ?? [];
  if (districts.some((u) => u.format.kind !== 'mini-league'))
    throw new RangeError('district leagues are mini-leagues');
  const total = districts.reduce((n, u) => n + firstPhaseMatches(u), 0);
  const fixtures: CompactFixtureList = {
    home: new Int32Array(total),
    away: new Int32Array(total),
    round: new Uint16Array(total),
    group: new Uint16Array(total),
    unitStart: new Int32Array(districts.length + 1),
  };
  const random = createRandom(seed);
  let at = 0;
  districts.forEach((u, i) => {
    fixtures.unitStart[i] = at;
    at = firstPhase(u, random, fixtures, at);
  });
  fixtures.unitStart[districts.length] = at;

  const later = (phases: readonly PhaseShape[]) => phases.slice(1).reduce((n, p) => n + p.matches, 0);
  const all = (phases: readonly PhaseShape[]) => phases.reduce((n, p) => n + p.matches, 0);
  const next: LevelShape[] = [
    {
      level: 'district',
      units: districts.filter((u) => u.phases.length > 1),
      matches: districts.reduce((n, u) => n + later(u.phases), 0),
    },
    ...layout.levels.slice(1).map((units, i) => ({
      level: (units[0]?.level ??
        (['provincial', 'departmental', 'regional', 'national'] as const)[i]) as PyramidLevel,
      units,
      matches: units.reduce((n, u) => n + all(u.phases), 0),
    })),
  ];
  return {
    seed,
    synthetic: structure.synthetic,
    clubs: layout.clubs,
    first: { units: districts, fixtures },
    next,
  };
}
