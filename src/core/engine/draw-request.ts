import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import type { DrawConstraint, DrawSpec, DrawTeam } from '../draw/index.ts';
import { teamId, venueId } from '../model/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import { allocation } from './group-members.ts';
import type { SeasonEngine } from './season-engine.ts';

/** What the definition's `separate` names, as the draw's team attributes. */
const SEPARATION = { venue: 'venue', city: 'city', department: 'department', region: 'department' } as const;

/**
 * The group draw a stage declares: its groups and their sizes, the placements, the pots (or
 * one pot of every team not placed) and the separation rules.
 *
 * Only what the rules leave open is drawn. A group is filled without a draw when its entrants
 * are known (the qualifiers of earlier groups) or when it gathers departments: a club goes to
 * the group of its department, whatever the seed. (A group that lists its teams is the draw's
 * result written down; the draw shows how it could have come out.) Such teams are
 * placed before the draw, like seeded teams; the others share the groups that are left.
 */
export function drawSpecFor(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc & { format: 'groups' },
): DrawSpec {
  const idx = engine.index;
  const draw = stage.draw ?? {};
  const allocated = stage.groups.map((g) => allocation(engine, comp, stage, g));
  const listed = stage.groups.flatMap((g) => g.teams ?? []);
  const pool = [...new Set([...(comp.teams.length ? comp.teams : listed), ...allocated.flat()])];
  const placedTeam = new Map<string, string>();
  stage.groups.forEach((g, i) => allocated[i]!.forEach((t) => placedTeam.set(t, g.id)));
  for (const s of draw.seeded ?? []) placedTeam.set(s.team, s.group);
  const open = pool.filter((t) => !placedTeam.has(t));
  const pots = draw.pots?.length
    ? draw.pots.map((teams, i) => ({
        name: `Pot ${i + 1}`,
        teams: teams.filter((t) => !placedTeam.has(t)).map(teamId),
      }))
    : [{ name: 'Pot 1', teams: open.map(teamId) }];
  const openGroups = stage.groups.filter((_, i) => !allocated[i]!.length);
  const seededIn = (g: string) => (draw.seeded ?? []).filter((s) => s.group === g).length;
  const spread = open.length + openGroups.reduce((n, g) => n + seededIn(g.id), 0);
  const base = Math.floor(spread / Math.max(1, openGroups.length));
  const extra = spread % Math.max(1, openGroups.length);
  const groups = stage.groups.map((g, i) => {
    const k = openGroups.indexOf(g);
    return { id: g.id, size: k < 0 ? allocated[i]!.length : g.teams?.length || base + (k < extra ? 1 : 0) };
  });
  const constraints: DrawConstraint[] = [
    ...(draw.separate ?? []).map((by) => ({ kind: 'separate' as const, by: SEPARATION[by] })),
    ...(draw.maxPerGroup
      ? [{ kind: 'separate' as const, by: SEPARATION[draw.maxPerGroup.by], max: draw.maxPerGroup.max }]
      : []),
  ];
  return {
    teams: pool.map((id) => drawTeam(idx, id)),
    groups,
    seeded: [...placedTeam].map(([team, group]) => ({ team: teamId(team), group })),
    pots,
    constraints,
  };
}

/** A team as a draw sees it: what a separation rule may compare, and the group it came from. */
export function drawTeam(idx: SeasonIndex, id: string, group?: string): DrawTeam {
  const t = idx.teams.get(id);
  const club = t?.club;
  return {
    id: teamId(id),
    ...(group !== undefined ? { group } : {}),
    ...(club?.department ? { department: club.department } : {}),
    ...(club?.city ? { city: club.city } : {}),
    ...(club?.country ? { country: club.country } : {}),
    ...(t?.venue ? { venue: venueId(t.venue) } : {}),
  };
}
