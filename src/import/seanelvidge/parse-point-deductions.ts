import { isoDate } from '../../core/model/index.ts';
import { readCsvRows } from '../csv/read-csv-rows.ts';
import type { AdjustmentsResult, ImportedAdjustment, Refusal } from '../model/index.ts';

/**
 * seanelvidge/England-football-results `EnglishTeamPointDeductions.csv` (no licence: reference
 * only, read from the shared data folder): `Season,Date,Team,Pts_deducted,Notes`. A positive
 * `Pts_deducted` is a deduction; a negative one is points added ("Points added after Exeter
 * cancelled …"). Notes are not quoted and may hold commas: everything after the fourth comma is
 * the note.
 */
export function parsePointDeductions(text: string, options: { file?: string } = {}): AdjustmentsResult {
  const { file } = options;
  const refused: Refusal[] = [];
  const adjustments: ImportedAdjustment[] = [];
  const csv = readCsvRows(text, ['Season', 'Date', 'Team', 'Pts_deducted']);
  if ('missing' in csv) {
    const detail = `missing column(s) ${csv.missing.join(', ')}`;
    return {
      ...(file && { file }),
      adjustments,
      refused: [{ ...(file && { file }), line: 1, text: csv.headerText, reason: 'invalid_row', detail }],
    };
  }
  for (const row of csv.rows) {
    const season = /^(\d{4})\/(\d{4})$/.exec(row.field('Season') ?? '');
    const date = row.field('Date') ?? '';
    const team = row.field('Team');
    const points = Number(row.field('Pts_deducted'));
    if (!season || !team || !Number.isInteger(points) || (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
      refused.push({
        ...(file && { file }),
        line: row.line,
        text: row.text,
        reason: 'invalid_row',
        detail: 'expected Season 1890/1891, Date YYYY-MM-DD, a team and whole points',
      });
      continue;
    }
    const notes = row.fields.slice(4).join(',').trim();
    adjustments.push({
      line: row.line,
      ...(file && { file }),
      season: `${season[1]}/${season[2]!.slice(2)}`,
      team,
      points: -points,
      ...(date && { date: isoDate(date) }),
      ...(notes && { reason: notes }),
    });
  }
  return { ...(file && { file }), adjustments, refused };
}
