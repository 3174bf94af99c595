import type { RecordedOutcomeDoc } from '../definition/index.ts';
import type { GroupTable, Qualifier, SlotOrigin } from './engine-types.ts';

/** Position `n` of a table (negative counts from the bottom: −1 is last). */
export const rowIndex = (table: GroupTable, position: number): number =>
  position > 0 ? position - 1 : table.rows.length + position;

/**
 * Who is at a position: from the table when its results are complete and the place is not
 * shared; else from what a source recorded; else, while the stage is played, the current
 * occupant, provisionally (once it is over with results missing: unknown).
 */
export function positionQualifier(
  table: GroupTable,
  position: number,
  recorded: readonly RecordedOutcomeDoc[],
  slot: string,
  origin?: SlotOrigin,
): Qualifier {
  const q = positionAt(table, position, recorded, slot);
  return origin ? { ...q, origin } : q;
}

function positionAt(
  table: GroupTable,
  position: number,
  recorded: readonly RecordedOutcomeDoc[],
  slot: string,
): Qualifier {
  const row = table.rows[rowIndex(table, position)];
  const settled = row && !row.sharedPosition;
  if (table.certainty === 'derived' && settled) return { team: row.team, certainty: 'derived', slot };
  const fromRecord = recordedAt(recorded, position, table.rows.length);
  if (fromRecord)
    return {
      team: fromRecord.team,
      certainty: 'recorded',
      slot,
      ...(fromRecord.source ? { source: fromRecord.source } : {}),
    };
  // A table with no result yet has no leader, only an alphabetical list; a finished stage with
  // results missing has no "current" occupant either: nobody knows who finished there.
  if (row && table.matchesPlayed > 0 && table.certainty !== 'partial')
    return { team: row.team, certainty: 'provisional', slot };
  return { certainty: 'unknown', slot };
}

function recordedAt(
  recorded: readonly RecordedOutcomeDoc[],
  position: number,
  size: number,
): { team: string; source?: string } | undefined {
  for (const r of recorded) {
    const source = r.sources?.join(', ');
    const withSource = (team: string) => (source ? { team, source } : { team });
    const wanted = position > 0 ? position : size > 0 ? size + position + 1 : undefined;
    const hit = r.positions?.find((p) => p.position === wanted);
    if (hit) return withSource(hit.team);
    if (position === 1 && r.winner) return withSource(r.winner);
    if (position === 2 && r.runnerUp) return withSource(r.runnerUp);
  }
  return undefined;
}
