import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import type { GroupMembers, StageMembership } from '../season/overview.ts';
import { groupMembers } from './group-members.ts';
import type { SeasonEngine } from './season-engine.ts';

/**
 * Who is in a stage as the engine knows it, for the overview: a group's teams are those it
 * lists, its recorded draw's or what the rules allocate (entrants, departments), so `show`
 * counts the same teams as `table`, `fixtures` and `bracket`; failing those, the teams its
 * recorded outcomes name (a part of the group only). A knockout's are the sides of its ties
 * and everyone who played in it.
 */
export function stageMembership(engine: SeasonEngine): StageMembership {
  return {
    groups: (comp, stage) => engine.groupIds(comp.id, stage).map((id) => groupOf(engine, comp, stage, id)),
    knockout: (comp, stage) => {
      const seen = new Set<string>();
      for (const round of engine.rounds(comp.id, stage.id))
        for (const tie of round.ties) {
          for (const side of tie.slots ?? [])
            if (side.team && side.certainty !== 'provisional') seen.add(side.team);
          for (const m of tie.matches) {
            seen.add(m.home);
            seen.add(m.away);
          }
        }
      return [...seen];
    },
  };
}

function groupOf(engine: SeasonEngine, comp: CompetitionDoc, stage: StageDoc, id: string): GroupMembers {
  const listed = stage.format === 'groups' ? stage.groups.find((g) => g.id === id) : undefined;
  const teams = listed ? groupMembers(engine, comp, stage, listed) : [];
  const knockout = listed?.format === 'knockout';
  if (teams.length) return { id, knockout, teams, complete: true };
  const named = new Set<string>();
  for (const o of engine.recordedOutcomes(comp.id, stage.id, id)) {
    for (const t of [o.winner, o.runnerUp, ...(o.qualified ?? []), ...(o.positions ?? []).map((p) => p.team)])
      if (t) named.add(t);
  }
  return { id, knockout, teams: [...named], complete: false };
}
