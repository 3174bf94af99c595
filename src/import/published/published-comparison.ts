import type { ImportedAdjustment, ImportResult, PublishedTable } from '../model/index.ts';
import {
  comparePublished,
  comparisonText,
  type ComparableRow,
  type TableComparison,
} from './compare-published.ts';
import { matchPublishedNames } from './match-published-names.ts';
import { publishedAdjustments } from './published-adjustments.ts';

/** A published table of a file, tied to the teams its matches name. */
export interface PublishedComparison {
  readonly table: PublishedTable;
  /** The table's adjustments, under the names the matches use. */
  readonly adjustments: readonly ImportedAdjustment[];
  /** The published (usually fuller) name of a team the matches name. */
  readonly displayName: (team: string) => string | undefined;
  readonly compare: (rows: readonly ComparableRow[]) => TableComparison;
  readonly text: (c: TableComparison) => string;
}

/**
 * The published table of a file that belongs to the given teams (the one whose rows pair with
 * the most of them, and with at least half), or undefined when the file publishes none.
 */
export function publishedComparison(
  result: ImportResult,
  teams: readonly string[],
): PublishedComparison | undefined {
  let best: { table: PublishedTable; names: Map<string, string> } | undefined;
  for (const table of result.tables) {
    const names = matchPublishedNames(
      table.rows.map((r) => r.team),
      teams,
    );
    if (names.size * 2 >= teams.length && names.size > (best?.names.size ?? 0)) best = { table, names };
  }
  if (!best) return undefined;
  const { table, names } = best;
  const display = new Map([...names].map(([published, played]) => [played, published]));
  return {
    table,
    adjustments: publishedAdjustments(table, result.season ?? '').flatMap((a) => {
      const team = names.get(a.team);
      return team ? [{ ...a, team }] : [];
    }),
    displayName: (team) => display.get(team),
    compare: (rows) => comparePublished(table, rows, (p) => names.get(p)),
    text: comparisonText,
  };
}
