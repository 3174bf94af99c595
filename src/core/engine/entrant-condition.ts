import type { ConditionDoc } from '../definition/index.ts';
import type { ConditionState } from './engine-types.ts';
import type { SeasonLookup } from './season-lookup.ts';

type Condition = Omit<ConditionDoc, 'competition'> & { readonly competition?: string };

/**
 * Whether a team meets a condition on another table ("only if in the top eight of the
 * aggregate table"): known once that table is complete, or when a source recorded the
 * position; unknown before. `comp` is the competition the condition defaults to.
 */
export function conditionState(
  lookup: SeasonLookup,
  comp: string,
  cond: Condition,
  team: string,
): ConditionState {
  const who = cond.team === 'parent-first-team' ? lookup.parentFirstTeam(team) : team;
  const competition = cond.competition ?? comp;
  const stage = lookup.stageOf(competition, cond.stage).id;
  const table = lookup.table(competition, stage, cond.group);
  const row = table.rows.find((r) => r.team === who);
  const recorded = lookup
    .recordedOutcomes(competition, stage, cond.group)
    .flatMap((o) => o.positions ?? [])
    .find((p) => p.team === who);
  const base = {
    team: who,
    competition,
    stage,
    ...(cond.group !== undefined && { group: cond.group }),
    positionAtMost: cond.positionAtMost,
  };
  if (table.certainty === 'derived' && row)
    return { ...base, position: row.position, met: row.position <= cond.positionAtMost };
  if (recorded)
    return { ...base, position: recorded.position, met: recorded.position <= cond.positionAtMost };
  return { ...base, ...(row && table.matchesPlayed > 0 && { position: row.position }), met: 'unknown' };
}
