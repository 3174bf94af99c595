import type { GroupTable, Split, TableRow } from '../core/engine/index.ts';
import { countsInTable } from '../core/model/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

export type TableSide = 'all' | 'home' | 'away';

export interface TableRowView {
  readonly position: number;
  readonly sharedPosition: boolean;
  readonly team: TeamRef;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  readonly points: number;
  readonly adjustment: number;
  readonly adjustmentNotes: readonly string[];
  readonly decidedBy: string | null;
  readonly form: readonly ('W' | 'D' | 'L')[];
  readonly home: Split;
  readonly away: Split;
}

export interface TableView {
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
  readonly name: string;
  readonly side: TableSide;
  readonly asOf?: string;
  readonly rows: readonly TableRowView[];
  /** Every tie-break the table needed, in words. */
  readonly notes: readonly string[];
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
  readonly certainty: GroupTable['certainty'];
}

const rowView = (s: SeasonSnapshot, r: TableRow): TableRowView => ({
  position: r.position,
  sharedPosition: r.sharedPosition ?? false,
  team: teamRef(s.index, r.team),
  played: r.played,
  won: r.won,
  drawn: r.drawn,
  lost: r.lost,
  goalsFor: r.goalsFor,
  goalsAgainst: r.goalsAgainst,
  goalDifference: r.goalDifference,
  points: r.points,
  adjustment: r.adjustment,
  adjustmentNotes: r.adjustmentNotes,
  decidedBy: r.decidedBy,
  form: r.form,
  home: r.home,
  away: r.away,
});

/** The engine writes tie-break notes with team ids; pages and clients read names. */
function namesFor(s: SeasonSnapshot, t: GroupTable, note: string): string {
  const ids = t.rows.map((r) => r.team).sort((a, b) => b.length - a.length);
  return ids.reduce(
    (text, id) =>
      text.replace(
        new RegExp(`(?<![\\w-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`, 'g'),
        teamRef(s.index, id).name,
      ),
    note,
  );
}

export function tableView(s: SeasonSnapshot, t: GroupTable, side: TableSide, asOf?: string): TableView {
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
    notes: t.notes.map((n) => namesFor(s, t, n)),
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
    certainty: t.certainty,
  };
}
