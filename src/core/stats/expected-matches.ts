import { cyclesOf } from '../definition/index.ts';
import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import { tieRulesFor } from '../engine/resolve-rules.ts';
import { expectedRoundRobin as roundRobin } from '../engine/stage-teams.ts';

/**
 * How many matches a competition's format implies: round robins exactly, knockout rounds at
 * least (one match per leg of each tie; replays and third matches come on top). An aggregate
 * stage adds none (it counts other stages' matches). Undefined when the format does not say
 * (groups whose teams are not known, a round whose entrants are not listed).
 */
export function expectedMatches(competition: CompetitionDoc): number | undefined {
  let total = 0;
  for (const stage of competition.stages) {
    const n = expectedStageMatches(competition, stage);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

export function expectedStageMatches(competition: CompetitionDoc, stage: StageDoc): number | undefined {
  switch (stage.format) {
    case 'league': {
      const teams = stage.teams?.length ?? stage.entrants?.length ?? competition.teams.length;
      return teams > 1 ? roundRobin(teams, cyclesOf(stage)) : undefined;
    }
    case 'groups': {
      let total = 0;
      for (const g of stage.groups) {
        const teams = g.teams?.length ?? g.entrants?.length;
        if (teams === undefined || g.format === 'knockout') return undefined;
        total += roundRobin(teams, cyclesOf(stage));
      }
      return total;
    }
    case 'knockout': {
      let total = 0;
      for (const round of stage.rounds) {
        const ties =
          round.ties?.length ?? (round.entrants ? Math.floor(round.entrants.length / 2) : undefined);
        if (ties === undefined) return undefined;
        total += ties * tieRulesFor(competition, stage, round).legs;
      }
      return total;
    }
    case 'aggregate':
      return 0;
  }
}
