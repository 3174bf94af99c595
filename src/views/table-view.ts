import type { RecordedOutcomeDoc } from '../core/definition/index.ts';
import {
  isOutcomeOnly,
  isPartial,
  type GroupTable,
  type TableCompleteness,
  type TableRow,
} from '../core/engine/index.ts';
import { countsInTable, type TiebreakerId } from '../core/model/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { recordedOutcomeView, type RecordedOutcomeView } from './recorded-outcome-view.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

export type TableSide = 'all' | 'home' | 'away';

/** The engine's row with the team named for the page: one shape, mapped at the edge. */
export interface TableRowView extends Omit<TableRow, 'team' | 'sharedPosition'> {
  readonly sharedPosition: boolean;
  readonly team: TeamRef;
}

export interface TableView {
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
  readonly name: string;
  readonly side: TableSide;
  readonly asOf?: string;
  readonly rows: readonly TableRowView[];
  /** Every tie-break the table needed and every decision behind its order, as data: surfaces put them in words. */
  readonly tieBreaks: readonly TieBreakView[];
  readonly adjustments: readonly {
    readonly team: TeamRef;
    readonly points: number;
    readonly reason: string;
    readonly effective?: string;
    readonly source?: string;
  }[];
  readonly matchesPlayed: number;
  readonly matchesExpected?: number;
  /** Matches known to be played whose result nobody recorded: the table cannot count them. */
  readonly resultsUnknown: number;
  /** What the table counts and what it is missing, each number saying what it counts. */
  readonly completeness: TableCompleteness;
  /** Computed from incomplete results (a result nobody recorded, a finished stage with matches missing): every surface says so. */
  readonly partial: boolean;
  /**
   * What sources recorded for this table (a group winner, the teams that went through, places),
   * shown before the derived numbers when the table is not final.
   */
  readonly recorded: readonly RecordedOutcomeView[];
  /** The stage is over and not one result is recorded: known only by what a source recorded, no table. */
  readonly outcomeOnly: boolean;
  readonly certainty: GroupTable['certainty'];
}

/**
 * One tie-break: which criterion split the tied teams into which groups (best first), teams
 * still level (sharing a place, or waiting for a play-off), or a decision taken outside the
 * table (lots drawn or recorded, a play-off played).
 */
export type TieBreakView =
  | {
      readonly kind: 'split';
      readonly criterion: TiebreakerId;
      /** The place of the first of the tied teams. */
      readonly place: number;
      readonly groups: readonly (readonly TeamRef[])[];
    }
  | { readonly kind: 'level' | 'playoff_pending'; readonly place: number; readonly teams: readonly TeamRef[] }
  | { readonly kind: 'lots_drawn'; readonly teams: readonly TeamRef[]; readonly seed: number }
  | { readonly kind: 'lots_recorded' | 'playoff_decided'; readonly teams: readonly TeamRef[] };

const tieBreaks = (s: SeasonSnapshot, t: GroupTable): TieBreakView[] =>
  tieBreakViews(t, (id) => teamRef(s.index, id));

/** The engine's explanations and decisions, with the teams named; nothing in words yet. */
export function tieBreakViews(
  t: Pick<GroupTable, 'explanations' | 'decisions'>,
  team: (id: string) => TeamRef,
): TieBreakView[] {
  const out: TieBreakView[] = [];
  for (const e of t.explanations) {
    switch (e.outcome) {
      case 'split':
        // A split always names its criterion; one without is teams nothing could separate.
        out.push(
          e.criterion !== null
            ? {
                kind: 'split',
                criterion: e.criterion,
                place: e.from,
                groups: e.groups.map((g) => g.map(team)),
              }
            : { kind: 'level', place: e.from, teams: e.teams.map(team) },
        );
        break;
      case 'level':
      case 'playoff_pending':
        out.push({ kind: e.outcome, place: e.from, teams: e.teams.map(team) });
        break;
    }
  }
  for (const d of t.decisions) {
    // Teams level, or waiting for a play-off, are said once, by the explanation above.
    if (d.code === 'lots_drawn') out.push({ kind: 'lots_drawn', teams: d.teams.map(team), seed: d.seed });
    else if (d.code === 'lots_recorded' || d.code === 'playoff_decided')
      out.push({ kind: d.code, teams: d.teams.map(team) });
  }
  return out;
}

const rowView = (s: SeasonSnapshot, r: TableRow): TableRowView => ({
  ...r,
  sharedPosition: r.sharedPosition ?? false,
  team: teamRef(s.index, r.team),
});

export function tableView(
  s: SeasonSnapshot,
  t: GroupTable,
  side: TableSide,
  asOf?: string,
  /** The outcomes sources recorded for the table, as of the engine's day (`engine.recordedOutcomes`). */
  recorded: readonly RecordedOutcomeDoc[] = [],
): TableView {
  const unknown = s.matches.filter(
    (m) =>
      m.competition === t.competition &&
      m.stage === t.stage &&
      (t.group === undefined || m.group === t.group) &&
      countsInTable(m.status) &&
      m.result === undefined &&
      (asOf === undefined || (m.date !== undefined && m.date <= asOf)),
  ).length;
  return {
    competition: t.competition,
    stage: t.stage,
    ...(t.group !== undefined ? { group: t.group } : {}),
    name: t.name,
    side,
    ...(asOf ? { asOf } : {}),
    rows: t.rows.map((r) => rowView(s, r)),
    tieBreaks: tieBreaks(s, t),
    adjustments: t.adjustments.map((a) => ({
      team: teamRef(s.index, a.team),
      points: a.points,
      reason: a.reason,
      ...(a.effective ? { effective: a.effective } : {}),
      ...(a.source ? { source: a.source } : {}),
    })),
    matchesPlayed: t.matchesPlayed,
    ...(t.matchesExpected !== undefined ? { matchesExpected: t.matchesExpected } : {}),
    resultsUnknown: unknown,
    completeness: t.completeness,
    partial: isPartial(t.completeness),
    recorded: recorded.map((o) => recordedOutcomeView(s.index, o)),
    outcomeOnly: isOutcomeOnly(t.completeness),
    certainty: t.certainty,
  };
}
