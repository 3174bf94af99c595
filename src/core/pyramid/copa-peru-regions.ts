import type { SeasonInput } from '../definition/index.ts';
import type { IsoDate } from '../model/index.ts';
import { PER_GROUP, TIE } from './copa-peru-format.ts';
import { roundName } from './level-shape.ts';
import type { PyramidStructure, Region } from './structure.ts';

type StageInput = NonNullable<SeasonInput['competitions']>[number]['stages'][number];
export type LocalName = { readonly es: string; readonly en: string };

const ROUND_NAMES: Readonly<Record<string, LocalName>> = {
  'round-of-16': { es: 'Octavos de final', en: 'Round of 16' },
  'quarter-finals': { es: 'Cuartos de final', en: 'Quarter-finals' },
  'semi-finals': { es: 'Semifinales', en: 'Semi-finals' },
  final: { es: 'Final', en: 'Final' },
};

const REGION_ROMAN = /^region-([ivx]+)$/;
const regionName = (r: Region): LocalName => {
  const roman = REGION_ROMAN.exec(r.id)?.[1]?.toUpperCase() ?? r.name;
  return { es: `Región ${roman}`, en: `Region ${roman}` };
};

/** round-of-16, quarter-finals, semi-finals, final for 16 entrants; fewer rounds for fewer. */
function knockoutRoundIds(entrants: number): string[] {
  const ids: string[] = [];
  for (let n = entrants; n >= 2; n /= 2) ids.push(roundName(n));
  return ids;
}

/**
 * A region: a home-and-away mini-league of its departments' qualifiers, Region V with its
 * play-off for first, or (Region IV) a knockout.
 */
export function regionGroup(r: Region, structure: PyramidStructure) {
  // Entrants only, no `departments`: a region's clubs are its departments' qualifiers, not
  // every club of those departments (which is what a group gathering departments allocates).
  const departments = structure.departments.filter((d) => r.departments.includes(d.id));
  const base = {
    id: r.id,
    name: regionName(r),
    entrants: [{ from: 'departmental', groups: departments.map((d) => d.id) }],
  };
  // Region V's "Tiebreaker" (seeds/001) was a play-off for first place: a tie on points for
  // first is played off; other places go to goal difference as in every region.
  if (r.id === 'region-v') return { ...base, rules: { playoffPositions: [1] } };
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

/**
 * The national stage: region I v II, III v IV, … in the first round, each region's winner at
 * home first against the other's runner-up (the 2014 round of 16 paired the regions so,
 * rpp-740652), then the bracket: winners of ties 1 and 2 meet, 3 and 4, ….
 */
export function nationalStage(regions: readonly Region[], name: LocalName, start: IsoDate): StageInput {
  const place = (r: Region, position: number) => ({ from: 'regional', group: r.id, position });
  const [first, ...later] = knockoutRoundIds(PER_GROUP * regions.length);
  const ties = [];
  for (let k = 0; k + 1 < regions.length; k += 2) {
    const [a, b] = [regions[k]!, regions[k + 1]!];
    ties.push({ home: place(a, 1), away: place(b, 2) }, { home: place(b, 1), away: place(a, 2) });
  }
  return {
    id: 'national',
    name,
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
