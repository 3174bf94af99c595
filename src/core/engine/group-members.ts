import type { CompetitionDoc, GroupDoc, StageDoc } from '../definition/index.ts';
import type { SeasonEngine } from './season-engine.ts';

/**
 * The teams the rules put into a group before any draw: its known entrants, or the
 * clubs of the departments it gathers. Empty when the group is left to the draw.
 */
export function allocation(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  g: GroupDoc,
): string[] {
  if (g.entrants?.length) {
    const known = engine.entrantsOf(comp, stage, g.id).filter((q) => q.team && q.certainty !== 'provisional');
    if (known.length) return known.map((q) => q.team as string);
  }
  if (g.departments?.length) {
    const departments = new Set(g.departments);
    return comp.teams.filter((t) => departments.has(engine.index.teams.get(t)?.club.department ?? ''));
  }
  return [];
}

/**
 * Who plays in a group: the teams it lists, else the recorded draw's, else what the rules
 * allocate (known entrants, the clubs of its departments). Empty while none of these is known.
 */
export function groupMembers(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  g: GroupDoc,
): string[] {
  if (g.teams?.length) return [...g.teams];
  const drawn = engine.drawOf(comp.id, stage.id)?.groups?.[g.id];
  if (drawn?.length) return [...drawn];
  return allocation(engine, comp, stage, g);
}
