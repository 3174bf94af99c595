import type { TeamId } from '../model/index.ts';
import { createRandom } from '../random/index.ts';
import { generatePyramidFixtures, type CompactFixtureList } from './generate-fixtures.ts';
import { playKnockout } from './play-knockout.ts';
import { playMiniLeague, type GroupFixtures } from './play-mini-league.ts';
import type { PyramidUnit } from './pyramid-units.ts';
import { DEFAULT_RESULT_MODEL, drawStrength, type ResultModel } from './result-model.ts';
import type {
  Entrant,
  LevelResult,
  PlayContext,
  PyramidSimulation,
  UnitResult,
} from './simulation-result.ts';
import type { PyramidStructure } from './structure.ts';

export interface SimulationOptions {
  readonly model?: ResultModel;
}

/** A district league's generated first phase, as groups over local team numbers. */
function districtGroups(
  fixtures: CompactFixtureList,
  unit: number,
  goals: { home: Uint8Array; away: Uint8Array },
): GroupFixtures[] {
  const from = fixtures.unitStart[unit] as number;
  const to = fixtures.unitStart[unit + 1] as number;
  const groups: GroupFixtures[] = [];
  for (let m = from; m < to;) {
    const g = fixtures.group[m] as number;
    let end = m;
    while (end < to && fixtures.group[end] === g) end++;
    const local = new Map<number, number>();
    const index = (club: number) => {
      if (!local.has(club)) local.set(club, local.size);
      return local.get(club) as number;
    };
    const home = Array.from(fixtures.home.subarray(m, end), index);
    const away = Array.from(fixtures.away.subarray(m, end), index);
    groups.push({ teams: [...local.keys()], home, away, goals: { ...goals, offset: m } });
    m = end;
  }
  return groups;
}

/**
 * Plays the whole pyramid with a seeded result model, level by level, up to the national
 * champion. The district leagues play exactly the fixtures `generatePyramidFixtures(structure,
 * seed)` gives; strengths, results, draws and lots come from streams of the same seed, so the
 * same seed always crowns the same champion.
 */
export function simulatePyramid(
  structure: PyramidStructure,
  seed: number,
  options: SimulationOptions = {},
): PyramidSimulation {
  const model = options.model ?? DEFAULT_RESULT_MODEL;
  const fixtures = generatePyramidFixtures(structure, seed);
  // The fixture generator used the seed's own stream; the simulation jumps past it.
  const root = createRandom(seed);
  root.fork();
  const strengths = root.fork();
  const strength = Float64Array.from(fixtures.clubs, () => drawStrength(strengths, model));
  const ctx: PlayContext = {
    random: root,
    model,
    strength,
    clubs: fixtures.clubs,
    lotsSeed: seed,
    matches: 0,
  };

  const list = fixtures.first.fixtures;
  const goals = { home: new Uint8Array(list.home.length), away: new Uint8Array(list.home.length) };
  const qualified = new Map<string, number[]>();
  const entrantsOf = (u: PyramidUnit): Entrant[] =>
    u.entrants.flatMap((e) => {
      if (e.kind === 'club') return [{ club: e.club, from: u.id, position: 0 }];
      const club = qualified.get(e.from)?.[e.position - 1];
      return club === undefined ? [] : [{ club, from: e.from, position: e.position }];
    });

  const levels: LevelResult[] = [fixtures.first.units, ...fixtures.next.slice(1).map((l) => l.units)].map(
    (units, level) => {
      const before = ctx.matches;
      const results = units.map((u, i): UnitResult => {
        const entrants = entrantsOf(u);
        const played =
          u.format.kind === 'mini-league'
            ? playMiniLeague(
                entrants,
                u.format,
                ctx,
                level === 0 ? districtGroups(list, i, goals) : undefined,
              )
            : playKnockout(u.id, entrants, u.format, ctx);
        qualified.set(u.id, played.qualifiers);
        return {
          level: u.level,
          unit: u.id,
          name: u.name,
          phases: played.phases,
          qualifiers: played.qualifiers.map((c) => fixtures.clubs[c] as TeamId),
        };
      });
      return { level: units[0]?.level ?? 'district', units: results, matches: ctx.matches - before };
    },
  );

  // The champion wins the national stage; the runner-up lost its last tie, or came second.
  const national = levels[levels.length - 1]?.units[0];
  const last = national?.phases.at(-1);
  const champion = national?.qualifiers[0] as TeamId;
  const runnerUp = (last?.kind === 'knockout' ? last.ties[0]?.loser : last?.groups[0]?.[1]?.team) as TeamId;
  return {
    seed,
    synthetic: structure.synthetic,
    levels,
    champion,
    runnerUp,
    firstLevel: { fixtures: list, homeGoals: goals.home, awayGoals: goals.away },
  };
}
