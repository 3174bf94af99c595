import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import type { IsoDate } from '../model/index.ts';

/** A table of a competition: a league or one group of a groups stage. */
export interface TableRef {
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
}

/**
 * The table a team was in on a day: the table stage running that day (between its start and
 * end), or else the last table stage that had started; for a groups stage, the team's group.
 * Undefined before the competition's first stage began or when the team is in no table.
 */
export function tableAt(comp: CompetitionDoc, team: string, date: IsoDate): TableRef | undefined {
  const tables = comp.stages.filter((s) => s.format === 'league' || s.format === 'groups');
  const started = tables.filter((s) => s.start === undefined || s.start <= date);
  const running = started.find((s) => s.end === undefined || date <= s.end) ?? started.at(-1);
  if (!running) return undefined;
  return refIn(comp, running, team);
}

function refIn(comp: CompetitionDoc, stage: StageDoc, team: string): TableRef | undefined {
  if (stage.format === 'groups') {
    const group = stage.groups.find((g) => g.teams?.includes(team));
    return group ? { competition: comp.id, stage: stage.id, group: group.id } : undefined;
  }
  if (stage.format === 'league') {
    const teams = stage.teams ?? comp.teams;
    return teams.includes(team) ? { competition: comp.id, stage: stage.id } : undefined;
  }
  return undefined;
}
