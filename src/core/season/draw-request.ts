import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import type { DrawConstraint, DrawSpec, DrawTeam } from '../draw/index.ts';
import { teamId, venueId } from '../model/index.ts';
import type { SeasonIndex } from './season.ts';

/** What the definition's `separate` names, as the draw's team attributes. */
const SEPARATION = { venue: 'venue', city: 'city', department: 'region', region: 'region' } as const;

/**
 * The group draw a stage declares: its groups and their sizes, the seeded placements, the pots
 * (or one pot of every team not seeded) and the separation rules.
 */
export function drawSpecFor(
  idx: SeasonIndex,
  comp: CompetitionDoc,
  stage: StageDoc & { format: 'groups' },
): DrawSpec {
  const draw = stage.draw ?? {};
  const seeded = draw.seeded ?? [];
  const listed = stage.groups.flatMap((g) => g.teams ?? []);
  const pool = comp.teams.length ? comp.teams : listed;
  const seededIds = new Set(seeded.map((s) => s.team));
  const pots = draw.pots?.length
    ? draw.pots.map((teams, i) => ({ name: `Pot ${i + 1}`, teams: teams.map(teamId) }))
    : [{ name: 'Pot 1', teams: pool.filter((t) => !seededIds.has(t)).map(teamId) }];
  const base = Math.floor(pool.length / stage.groups.length);
  const extra = pool.length % stage.groups.length;
  const groups = stage.groups.map((g, i) => ({
    id: g.id,
    size: g.teams?.length || base + (i < extra ? 1 : 0),
  }));
  const teams: DrawTeam[] = pool.map((id) => {
    const t = idx.teams.get(id);
    const club = t?.club;
    return {
      id: teamId(id),
      ...(club?.department ? { region: club.department } : {}),
      ...(club?.city ? { city: club.city } : {}),
      ...(t?.venue ? { venue: venueId(t.venue) } : {}),
    };
  });
  const constraints: DrawConstraint[] = [
    ...(draw.separate ?? []).map((by) => ({ kind: 'separate' as const, by: SEPARATION[by] })),
    ...(draw.maxPerGroup
      ? [{ kind: 'separate' as const, by: SEPARATION[draw.maxPerGroup.by], max: draw.maxPerGroup.max }]
      : []),
  ];
  return {
    teams,
    groups,
    seeded: seeded.map((s) => ({ team: teamId(s.team), group: s.group })),
    pots,
    constraints,
  };
}
