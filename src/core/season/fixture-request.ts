import { cyclesOf } from '../definition/index.ts';
import type { CompetitionDoc, GroupDoc, StageDoc } from '../definition/index.ts';
import type { CalendarSpec, FixtureGroup, RoundRobinRequest } from '../fixtures/index.ts';
import { competitionId, groupId, stageId, teamId, venueId, type VenueId } from '../model/index.ts';
import type { SeasonIndex } from './season.ts';

export interface StageFixtureRequest {
  readonly request: RoundRobinRequest;
  /**
   * A stage that repeats another's fixtures (the Clausura plays the Apertura's reversed) is
   * scheduled as the second cycle of the other stage's list: only this cycle is its own.
   */
  readonly onlyCycle?: number;
}

export type FixtureRequestError =
  | { readonly code: 'not-a-round-robin'; readonly stage: string }
  | { readonly code: 'teams-unknown'; readonly stage: string; readonly groups: readonly string[] };

/**
 * The round-robin request a league or groups stage implies: its groups, home grounds and cycles.
 * `members` says who plays in a group that does not list its teams (drawn, or allocated by the
 * rules), as the engine knows it.
 */
export function fixtureRequestFor(
  idx: SeasonIndex,
  comp: CompetitionDoc,
  stage: StageDoc,
  calendar?: CalendarSpec,
  members: (group: GroupDoc) => readonly string[] = (g) => g.teams ?? [],
): { ok: true; value: StageFixtureRequest } | { ok: false; error: FixtureRequestError } {
  if (stage.format !== 'league' && stage.format !== 'groups')
    return { ok: false, error: { code: 'not-a-round-robin', stage: stage.id } };
  const source = stage.fixtures?.of ? comp.stages.find((s) => s.id === stage.fixtures!.of) : undefined;
  const groups: FixtureGroup[] =
    stage.format === 'groups'
      ? stage.groups.map((g) => ({ id: groupId(g.id), teams: members(g).map(teamId) }))
      : [{ teams: (stage.teams ?? comp.teams).map(teamId) }];
  const empty = groups.filter((g) => g.teams.length < 2).map((g) => g.id ?? stage.id);
  if (empty.length) return { ok: false, error: { code: 'teams-unknown', stage: stage.id, groups: empty } };
  const venues: Record<string, VenueId | undefined> = {};
  for (const g of groups)
    for (const t of g.teams) {
      const v = idx.teams.get(t)?.venue;
      venues[t] = v ? venueId(v) : undefined;
    }
  const sourceCycles =
    source && (source.format === 'league' || source.format === 'groups') ? cyclesOf(source) : 0;
  const request: RoundRobinRequest = {
    groups,
    cycles: source ? sourceCycles + cyclesOf(stage) : cyclesOf(stage),
    pattern: stage.fixtures?.pattern ?? 'mirrored',
    venues,
    competition: competitionId(comp.id),
    stage: stageId(stage.id),
    ...(calendar ? { calendar } : {}),
  };
  return { ok: true, value: source ? { request, onlyCycle: sourceCycles + 1 } : { request } };
}
