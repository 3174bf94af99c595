import { readCsvRows } from '../csv/read-csv-rows.ts';
import type { AdjustmentsResult, ImportedAdjustment, Refusal } from '../model/index.ts';
import { seasonLabel } from './season-label.ts';

/**
 * engsoccerdata's `deductions.csv`: `"Season","team","tier","deduction","country"`, one row per
 * deduction with the points as a positive number ("2014,Rotherham United,2,3" is −3 in 2014/15).
 */
export function parseEngsoccerdataDeductions(
  text: string,
  options: { file?: string } = {},
): AdjustmentsResult {
  const { file } = options;
  const refused: Refusal[] = [];
  const adjustments: ImportedAdjustment[] = [];
  const csv = readCsvRows(text, ['Season', 'team', 'deduction']);
  if ('missing' in csv) {
    const detail = `missing column(s) ${csv.missing.join(', ')}`;
    return {
      ...(file && { file }),
      adjustments,
      refused: [{ ...(file && { file }), line: 1, text: csv.headerText, reason: 'invalid_row', detail }],
    };
  }
  for (const row of csv.rows) {
    const season = row.field('Season') ?? '';
    const team = row.field('team');
    const deduction = Number(row.field('deduction'));
    const tier = row.field('tier');
    if (!/^\d{4}$/.test(season) || !team || !Number.isInteger(deduction)) {
      refused.push({
        ...(file && { file }),
        line: row.line,
        text: row.text,
        reason: 'invalid_row',
        detail: 'expected a starting year, a team and whole points',
      });
      continue;
    }
    adjustments.push({
      line: row.line,
      ...(file && { file }),
      season: seasonLabel(Number(season)),
      team,
      points: -deduction,
      ...(tier && /^\d+$/.test(tier) && { tier: Number(tier) }),
    });
  }
  return { ...(file && { file }), adjustments, refused };
}
