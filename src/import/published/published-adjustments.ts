import type { ImportedAdjustment, PublishedTable } from '../model/index.ts';

/**
 * The points adjustments a published table states, as adjustments to apply: the `[-8]` in a row,
 * with the reason its `NB:` note gives (`Everton 8 points deducted for financial reasons`). A row
 * mark wins over the notes for its team (they say the same thing twice); a note whose team has no
 * mark still counts. Teams are the published names; the caller maps them to the played ones.
 */
export function publishedAdjustments(table: PublishedTable, season = ''): ImportedAdjustment[] {
  const notes = new Map<string, { points: number; reasons: string[]; line: number }>();
  for (const n of table.adjustments) {
    const e = notes.get(n.team) ?? { points: 0, reasons: [], line: n.line };
    e.points += n.points;
    if (n.reason) e.reasons.push(n.reason);
    notes.set(n.team, e);
  }
  const out: ImportedAdjustment[] = [];
  const file = table.file;
  for (const row of table.rows) {
    const note = notes.get(row.team);
    const points = row.adjustment ?? note?.points;
    if (points === undefined || points === 0) continue;
    notes.delete(row.team);
    out.push({
      line: note?.line ?? row.line,
      ...(file && { file }),
      season,
      team: row.team,
      points,
      reason: reasonOf(points, note?.reasons ?? [], note?.line ?? row.line),
    });
  }
  for (const [team, n] of notes)
    if (n.points !== 0)
      out.push({
        line: n.line,
        ...(file && { file }),
        season,
        team,
        points: n.points,
        reason: reasonOf(n.points, n.reasons, n.line),
      });
  return out;
}

function reasonOf(points: number, reasons: readonly string[], line: number): string {
  const what = `${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'} ${points < 0 ? 'deducted' : 'added'}`;
  const why = reasons.length ? ` ${reasons.join('; ')}` : '';
  return `${what}${why} (published table, line ${line})`;
}
