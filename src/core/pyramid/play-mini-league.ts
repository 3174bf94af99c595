import type { TeamId } from '../model/index.ts';
import { slotSchedule } from '../fixtures/index.ts';
import { groupCount } from './level-shape.ts';
import { rankLeague, RECORD_FIELDS } from './rank-league.ts';
import { simulateScore } from './result-model.ts';
import type { Entrant, PhaseResult, PlayContext, TableRow } from './simulation-result.ts';
import type { LevelFormat } from './structure.ts';

type MiniLeague = Extract<LevelFormat, { kind: 'mini-league' }>;

/** A group's fixtures over local team numbers, with where to write the goals when given. */
export interface GroupFixtures {
  readonly teams: readonly number[];
  readonly home: ArrayLike<number>;
  readonly away: ArrayLike<number>;
  readonly goals?: { readonly home: Uint8Array; readonly away: Uint8Array; readonly offset: number };
}

/** Plays a group's fixtures with the result model and ranks it: club numbers best first, and the table. */
function playGroup(group: GroupFixtures, ctx: PlayContext): { ranked: number[]; table: TableRow[] } {
  const n = group.home.length;
  const columns = {
    teamCount: group.teams.length,
    home: Int32Array.from(group.home),
    away: Int32Array.from(group.away),
    homeGoals: new Int32Array(n),
    awayGoals: new Int32Array(n),
  };
  for (let m = 0; m < n; m++) {
    const h = group.teams[columns.home[m] as number] as number;
    const a = group.teams[columns.away[m] as number] as number;
    const [hg, ag] = simulateScore(
      ctx.random,
      ctx.model,
      ctx.strength[h] as number,
      ctx.strength[a] as number,
    );
    columns.homeGoals[m] = hg;
    columns.awayGoals[m] = ag;
    if (group.goals) {
      group.goals.home[group.goals.offset + m] = hg;
      group.goals.away[group.goals.offset + m] = ag;
    }
  }
  ctx.matches += n;
  const { order, record } = rankLeague(columns, ctx.lotsSeed);
  const ranked = Array.from(order, (t) => group.teams[t] as number);
  const table = Array.from(order, (t): TableRow => {
    const r = (k: number) => record[t * RECORD_FIELDS + k] as number;
    const team = ctx.clubs[group.teams[t] as number] as TeamId;
    return {
      team,
      played: r(0),
      won: r(1),
      drawn: r(2),
      lost: r(3),
      goalsFor: r(4),
      goalsAgainst: r(5),
      goalDifference: r(4) - r(5),
      points: r(6),
    };
  });
  return { ranked, table };
}

/** A round robin for `teams` from the slot schedule, slots shuffled by the results stream. */
function scheduled(teams: number[], format: MiniLeague, ctx: PlayContext): GroupFixtures {
  const s = slotSchedule(teams.length, format.cycles, format.pattern ?? 'mirrored');
  const slots = ctx.random.shuffle(teams);
  return { teams: slots, home: s.home, away: s.away };
}

/** Deals entrants, in seeding order, into `g` groups in a serpentine (1…g, g…1, …). */
function deal(entrants: readonly number[], g: number): number[][] {
  const groups: number[][] = Array.from({ length: g }, () => []);
  entrants.forEach((e, i) => {
    const lap = Math.floor(i / g);
    const at = i % g;
    (groups[lap % 2 === 0 ? at : g - 1 - at] as number[]).push(e);
  });
  return groups;
}

/**
 * Plays a mini-league unit to its end: group phases until one group is left (see
 * `LevelFormat`). Entrants of later phases are the group winners first, then the runners-up, …;
 * clubs that share a place are ordered by lot. `first` gives the first phase's fixtures when
 * they were generated beforehand (the district leagues).
 */
export function playMiniLeague(
  entrants: readonly Entrant[],
  format: MiniLeague,
  ctx: PlayContext,
  first?: readonly GroupFixtures[],
): { phases: PhaseResult[]; qualifiers: number[] } {
  const phases: PhaseResult[] = [];
  let current = entrants.map((e) => e.club);
  for (let phase = 0; ; phase++) {
    if (current.length < 2) return { phases, qualifiers: current.slice(0, format.qualifiers) };
    const g = groupCount(current.length, format.qualifiers, format.maxGroupSize);
    const fixtures =
      phase === 0 && first ? first : deal(current, g).map((teams) => scheduled(teams, format, ctx));
    const played = fixtures.map((f) => playGroup(f, ctx));
    phases.push({ kind: 'groups', groups: played.map((p) => p.table) });
    if (played.length === 1)
      return { phases, qualifiers: (played[0]?.ranked ?? []).slice(0, format.qualifiers) };
    const next: number[] = [];
    for (let place = 0; place < format.qualifiers; place++) {
      next.push(
        ...ctx.random.shuffle(
          played.flatMap((p) => (place < p.ranked.length ? [p.ranked[place] as number] : [])),
        ),
      );
    }
    current = next;
  }
}
