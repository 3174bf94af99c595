import { shown, type AttendanceRecord, type AttendanceSummary } from '../../core/stats/index.ts';
import type { Inline } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { figureInline } from './figure-inline.ts';
import { recordMatches } from './match-line.ts';

/**
 * Crowd figures for the infobox, only when Torneo can stand behind them: derived from every
 * match's attendance, or published by a source. Crowds known for a few matches only are not
 * turned into a season's highest or average.
 */
export function attendanceFields(ctx: ArticleContext): { key: string; label: string; value: Inline[] }[] {
  const figure = ctx.stats.attendance;
  const s = shown(figure);
  if (s.basis !== 'derived' && s.basis !== 'reported') return [];
  const t = ctx.text;
  const record = (r: AttendanceRecord | undefined): Inline[] =>
    r
      ? [t.number(r.attendance), ...(r.matches.length ? [' (', ...recordMatches(ctx, r.matches), ')'] : [])]
      : [t.unknown];
  const fields: [string, string, (a: AttendanceSummary) => Inline[] | undefined][] = [
    ['highest attendance', t.infobox.highestAttendance, (a) => (a.highest ? record(a.highest) : undefined)],
    ['lowest attendance', t.infobox.lowestAttendance, (a) => (a.lowest ? record(a.lowest) : undefined)],
    [
      'total attendance',
      t.infobox.totalAttendance,
      (a) => (a.total !== undefined ? [t.number(a.total)] : undefined),
    ],
    [
      'average attendance',
      t.infobox.averageAttendance,
      (a) => (a.average !== undefined ? [t.number(Math.round(a.average))] : undefined),
    ],
  ];
  return fields
    .filter(([, , pick]) => pick(s.value) !== undefined)
    .map(([key, label, pick]) => ({
      key,
      label,
      value: figureInline(ctx, figure, (a) => pick(a) ?? [t.unknown]),
    }));
}
