import { cyclesOf } from '../definition/index.ts';
import type { CompetitionDoc, ManagerialChangeDoc } from '../definition/index.ts';
import { createSeasonEngine } from '../engine/index.ts';
import { isoDate, type IsoDate, type Match } from '../model/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import { expectedRoundRobin } from '../engine/stage-teams.ts';
import { resultsCompleteUpTo } from './results-complete-up-to.ts';
import { tableAt, type TableRef } from './table-at-date.ts';

/**
 * The table position of a team whose manager left, on the day the post fell vacant. Torneo
 * derives it from the standings as of that day whenever the results up to it are all known;
 * otherwise it is unknown, and what a source gave (`reportedPosition`) is carried to be shown
 * as reported. A change before the competition began has no position (N/A).
 */
export type VacancyPosition =
  | {
      readonly status: 'derived';
      readonly position: number;
      /** Level with another team on every criterion (a shared place). */
      readonly shared: boolean;
      readonly table: TableRef;
      readonly asOf: IsoDate;
      readonly reported?: ReportedPosition;
    }
  | { readonly status: 'not-applicable'; readonly reported?: ReportedPosition }
  | {
      readonly status: 'unknown';
      readonly reason: 'no_date' | 'no_table' | 'results_missing';
      readonly table?: TableRef;
      readonly reported?: ReportedPosition;
    };

export type ReportedPosition = number | 'n/a';

export function positionAtVacancy(
  index: SeasonIndex,
  comp: CompetitionDoc,
  change: ManagerialChangeDoc,
  matches: readonly Match[],
): VacancyPosition {
  const reported = change.reportedPosition !== undefined ? { reported: change.reportedPosition } : {};
  if (change.vacancy === undefined) return { status: 'unknown', reason: 'no_date', ...reported };
  const date = isoDate(change.vacancy);
  const start = comp.start ?? comp.stages[0]?.start;
  if (start !== undefined && date < start) return { status: 'not-applicable', ...reported };
  const table = tableAt(comp, change.team, date);
  if (!table) return { status: 'unknown', reason: 'no_table', ...reported };
  const inTable = matches.filter(
    (m) =>
      m.competition === table.competition &&
      m.stage === table.stage &&
      (table.group === undefined || m.group === table.group),
  );
  if (!resultsCompleteUpTo(inTable, expectedIn(comp, table), date))
    return { status: 'unknown', reason: 'results_missing', table, ...reported };
  const standings = createSeasonEngine(index, { asOf: date }).table(
    table.competition,
    table.stage,
    table.group,
  );
  const row = standings.rows.find((r) => r.team === change.team);
  if (!row) return { status: 'unknown', reason: 'no_table', table, ...reported };
  return {
    status: 'derived',
    position: row.position,
    shared: row.sharedPosition ?? false,
    table,
    asOf: date,
    ...reported,
  };
}

function expectedIn(comp: CompetitionDoc, table: TableRef): number | undefined {
  const stage = comp.stages.find((s) => s.id === table.stage);
  if (stage?.format === 'groups') {
    const teams = stage.groups.find((g) => g.id === table.group)?.teams?.length;
    return teams === undefined ? undefined : expectedRoundRobin(teams, cyclesOf(stage));
  }
  if (stage?.format === 'league')
    return expectedRoundRobin((stage.teams ?? comp.teams).length, cyclesOf(stage));
  return undefined;
}
