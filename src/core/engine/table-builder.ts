import type { AdjustmentFactDoc, CompetitionDoc, StageDoc } from '../definition/index.ts';
import { countsInTable, isoDate, teamId, type Adjustment, type Match } from '../model/index.ts';
import type { EngineOptions, GroupTable } from './engine-types.ts';
import { rank } from './rank.ts';
import { tableRulesFor } from './resolve-rules.ts';
import { expectedRoundRobin, tableTeams } from './stage-teams.ts';
import { tableCompleteness } from './table-completeness.ts';

export interface TableInput {
  readonly comp: CompetitionDoc;
  readonly stage: StageDoc;
  readonly group?: string;
  readonly name: string;
  /** Every match of the table, play-offs included (they are separated here). */
  readonly matches: readonly Match[];
  readonly entrants: readonly string[];
  readonly adjustments: readonly Adjustment[];
  readonly lots: readonly (readonly string[])[];
  /** Round-robin cycles when the table is one round robin; absent for aggregate or combined tables. */
  readonly cycles?: number;
  /** Teams forced, e.g. every team of every group for a combined table. */
  readonly teams?: readonly string[];
  /** For tables made of other tables (aggregate, combined): complete when all of those are. */
  readonly complete?: boolean;
  /** Links that will land a bonus or deduction here once their source is decided. */
  readonly awaitingLinks?: readonly string[];
  /** The stage's end has passed as of the engine's day: missing results will not come from play. */
  readonly stageEnded?: boolean;
}

/** One table of a stage, computed from its matches, adjustments and recorded decisions. */
export function buildTable(
  input: TableInput,
  options: EngineOptions,
  side: 'all' | 'home' | 'away' = 'all',
): GroupTable {
  const rules = tableRulesFor(input.comp, input.stage, input.group);
  const tableMatches = input.matches.filter((m) => !m.playoff);
  const playoffs = input.matches.filter((m) => m.playoff);
  const teams = input.teams
    ? [...input.teams]
    : tableTeams(input.comp, input.stage, input.group, tableMatches, input.entrants);
  const ranked = rank({
    teams,
    matches: tableMatches,
    rules,
    adjustments: input.adjustments,
    lots: input.lots,
    playoffs,
    side,
    // The engine's season is already as of its day; only matches handed in whole are narrowed here.
    ...(options.asOf && options.matches ? { asOf: options.asOf } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const played = tableMatches.filter((m) => countsInTable(m.status)).length;
  const expected =
    input.cycles !== undefined && teams.length > 1
      ? expectedRoundRobin(teams.length, input.cycles)
      : undefined;
  // Final only when every match the format implies has a result: a match played without a
  // recorded score leaves the table as incomplete as one never recorded.
  const completeness = tableCompleteness(tableMatches, expected, input.stageEnded ?? false, input.complete);
  const complete = completeness.complete;
  // Level teams in a finished table share a place: still final. Only an unplayed play-off is not.
  const pendingPlayoff = ranked.table.rows.some((r) => r.playoffPending);
  // A bonus still to be decided can change the order: no champion is named before it lands.
  const awaiting = input.awaitingLinks ?? [];
  return {
    competition: input.comp.id,
    stage: input.stage.id,
    ...(input.group !== undefined ? { group: input.group } : {}),
    name: input.name,
    rules,
    rows: ranked.rows,
    notes: ranked.notes,
    explanations: ranked.table.explanations,
    decisions: ranked.table.notes.filter((n) => n.code !== 'adjustment'),
    adjustments: input.adjustments,
    matchesPlayed: played,
    ...(expected !== undefined ? { matchesExpected: expected } : {}),
    ...(awaiting.length ? { awaitingLinks: awaiting } : {}),
    completeness,
    // Results missing from a stage that is over read as partial, never as a stage in progress.
    certainty:
      complete && !pendingPlayoff && !awaiting.length
        ? 'derived'
        : completeness.stageOver && !complete
          ? 'partial'
          : 'provisional',
  };
}

/** A recorded adjustment as the standings engine takes it. */
export function adjustmentOf(a: AdjustmentFactDoc): Adjustment {
  return {
    team: teamId(a.team),
    points: a.points,
    reason: a.reason,
    ...(a.date ? { effective: isoDate(a.date) } : {}),
    ...(a.link ? { source: `link ${a.link}` } : a.sources?.length ? { source: a.sources.join(', ') } : {}),
  };
}
