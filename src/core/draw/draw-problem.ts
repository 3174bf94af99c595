import type { TeamId } from '../model/index.ts';
import type { DrawConstraint, DrawError, DrawSpec, DrawTeam, PlacedDrawConstraint } from './draw-spec.ts';

/**
 * A draw over indexes. Every rule that can make a draw impossible is a `PlacedDrawConstraint`
 * (seeded placements, each pot's even spread, each declared constraint) so that an
 * impossible draw can name the ones in conflict.
 */
export interface DrawProblem {
  readonly groupIds: readonly string[];
  readonly capacity: readonly number[];
  readonly teams: readonly TeamId[];
  readonly potNames: readonly string[];
  /** Pot of each team, −1 for a seeded team in no pot. */
  readonly potOf: readonly number[];
  readonly potSizes: readonly number[];
  readonly seeded: readonly { readonly team: number; readonly group: number; readonly origin: number }[];
  /** The teams to draw, pot by pot (seeded teams excluded), in pot order. */
  readonly pots: readonly (readonly number[])[];
  readonly limits: readonly Limit[];
  readonly placed: readonly PlacedDrawConstraint[];
  /** Index in `placed` of each pot's spread rule. */
  readonly potOrigins: readonly number[];
}

/** At most `max` teams with the same key in a group; `keyOf[t]` is −1 for a team it ignores. */
export interface Limit {
  readonly origin: number;
  readonly max: number;
  readonly keyOf: Int32Array;
  readonly keys: number;
}

const err = (error: DrawError) => ({ ok: false as const, error });

function limitOf(
  c: DrawConstraint,
  teams: readonly DrawTeam[],
  index: ReadonlyMap<TeamId, number>,
  origin: number,
): Limit {
  const keyOf = new Int32Array(teams.length).fill(-1);
  const keys = new Map<string, number>();
  const key = (t: number, value: string | undefined) => {
    if (value === undefined) return;
    if (!keys.has(value)) keys.set(value, keys.size);
    keyOf[t] = keys.get(value) as number;
  };
  switch (c.kind) {
    case 'separate':
      teams.forEach((team, t) => key(t, team[c.by]));
      return { origin, max: c.max ?? 1, keyOf, keys: keys.size };
    case 'category-limit':
      teams.forEach((team, t) => key(t, team.categories?.includes(c.category) ? c.category : undefined));
      return { origin, max: c.max, keyOf, keys: keys.size };
    case 'apart':
      for (const id of c.teams) key(index.get(id) as number, 'apart');
      return { origin, max: 1, keyOf, keys: keys.size };
  }
}

export function drawProblem(
  spec: DrawSpec,
): { ok: true; problem: DrawProblem } | { ok: false; error: DrawError } {
  const index = new Map<TeamId, number>();
  for (const [i, t] of spec.teams.entries()) {
    if (index.has(t.id)) return err({ code: 'duplicate-team', path: ['teams', i], team: t.id });
    index.set(t.id, i);
  }
  const groupIndex = new Map(spec.groups.map((g, i) => [g.id, i]));
  const places = spec.groups.reduce((n, g) => n + g.size, 0);
  if (places !== spec.teams.length)
    return err({ code: 'sizes-mismatch', path: ['groups'], places, teams: spec.teams.length });

  const placed: PlacedDrawConstraint[] = [];
  const potOf = new Array<number>(spec.teams.length).fill(-1);
  const potOrigins: number[] = [];
  for (const [p, pot] of spec.pots.entries()) {
    for (const [i, id] of pot.teams.entries()) {
      const t = index.get(id);
      if (t === undefined) return err({ code: 'unknown-team', path: ['pots', p, 'teams', i], team: id });
      if (potOf[t] !== -1) return err({ code: 'duplicate-team', path: ['pots', p, 'teams', i], team: id });
      potOf[t] = p;
    }
    potOrigins.push(placed.length);
    placed.push({ path: ['pots', p], constraint: { kind: 'pot-spread', pot: pot.name } });
  }
  const seeded: { team: number; group: number; origin: number }[] = [];
  const isSeeded = new Set<number>();
  const filled = new Array<number>(spec.groups.length).fill(0);
  for (const [i, s] of (spec.seeded ?? []).entries()) {
    const t = index.get(s.team);
    if (t === undefined) return err({ code: 'unknown-team', path: ['seeded', i, 'team'], team: s.team });
    const g = groupIndex.get(s.group);
    if (g === undefined) return err({ code: 'unknown-group', path: ['seeded', i, 'group'], group: s.group });
    if (isSeeded.has(t)) return err({ code: 'duplicate-team', path: ['seeded', i, 'team'], team: s.team });
    if ((filled[g] = (filled[g] as number) + 1) > (spec.groups[g]?.size ?? 0)) {
      return err({ code: 'group-overfull', path: ['seeded', i, 'group'], group: s.group });
    }
    isSeeded.add(t);
    seeded.push({ team: t, group: g, origin: placed.length });
    placed.push({ path: ['seeded', i], constraint: { kind: 'seeded', team: s.team, group: s.group } });
  }
  for (const [t, team] of spec.teams.entries()) {
    if (potOf[t] === -1 && !isSeeded.has(t))
      return err({ code: 'team-not-drawn', path: ['teams', t], team: team.id });
  }
  const limits: Limit[] = [];
  for (const [i, c] of (spec.constraints ?? []).entries()) {
    if (c.kind === 'apart') {
      const bad = c.teams.findIndex((id) => !index.has(id));
      if (bad >= 0)
        return err({
          code: 'unknown-team',
          path: ['constraints', i, 'teams', bad],
          team: c.teams[bad] as TeamId,
        });
    }
    limits.push(limitOf(c, spec.teams, index, placed.length));
    placed.push({ path: ['constraints', i], constraint: c });
  }
  return {
    ok: true,
    problem: {
      groupIds: spec.groups.map((g) => g.id),
      capacity: spec.groups.map((g) => g.size),
      teams: spec.teams.map((t) => t.id),
      potNames: spec.pots.map((p) => p.name),
      potOf,
      potSizes: spec.pots.map((p) => p.teams.length),
      seeded,
      pots: spec.pots.map((pot) =>
        pot.teams.map((id) => index.get(id) as number).filter((t) => !isSeeded.has(t)),
      ),
      limits,
      placed,
      potOrigins,
    },
  };
}
