import { createSeasonEngine } from '../../core/engine/index.ts';
import { indexSeason } from '../../core/season/season.ts';
import type { TableComparison } from '../../import/published/compare-published.ts';
import type { SeasonStore } from '../../storage/index.ts';
import type { ImportReport } from './import-season.ts';

/**
 * The imported season's tables against the tables its sources publish: the season is read back
 * from the store as written, so what is compared is what a reader of the database will see.
 */
export async function comparePublishedTables(
  store: SeasonStore,
  report: ImportReport,
): Promise<TableComparison[]> {
  if (report.published.length === 0) return [];
  const stored = await store.loadSeasonDocument(report.seasonId);
  if (!stored) return [];
  const engine = createSeasonEngine(indexSeason(stored.doc));
  return report.published.map(({ competition, stage, comparison, nameOf }) => {
    const rows = engine.table(competition, stage).rows.map((r) => ({ ...r, team: nameOf(r.team) }));
    return comparison.compare(rows);
  });
}
