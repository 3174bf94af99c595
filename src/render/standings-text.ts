import type { GroupTable } from '../core/engine/index.ts';
import { countText, partialWarnings } from '../i18n/partial-text.ts';
import { tieBreakText } from '../i18n/tie-break-text.ts';
import { translator } from '../i18n/translate.ts';
import { tieBreakViews } from '../views/table-view.ts';
import { textTable } from './text-table.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** A table for the terminal: P W D L GF GA GD Pts, adjustments and the tie-break notes under it. */
export function standingsText(
  t: GroupTable,
  name: (team: string) => string,
  options: { home?: boolean; away?: boolean } = {},
): string {
  const rows = t.rows.map((r) => {
    const rec = options.home ? r.home : options.away ? r.away : r;
    return [
      `${r.sharedPosition ? '=' : ''}${r.position}`,
      name(r.team),
      String(rec.played),
      String(rec.won),
      String(rec.drawn),
      String(rec.lost),
      String(rec.goalsFor),
      String(rec.goalsAgainst),
      signed(rec.goalsFor - rec.goalsAgainst),
      String(options.home || options.away ? rec.points : r.points),
      r.adjustment ? signed(r.adjustment) : '',
      r.form.join(''),
    ];
  });
  const columns = ['#', 'Team', 'P', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts', 'Adj', 'Form'].map((h, i) => ({
    header: h,
    align: i === 1 || i === 11 ? ('left' as const) : ('right' as const),
  }));
  // Tie-breaks and what is missing from the engine's data, in the same words as the English pages.
  const english = translator('en');
  const c = t.completeness;
  // A partial table's warnings say what it counts; any other says it beside its status.
  const warnings = partialWarnings(english, c);
  const status =
    t.certainty === 'derived'
      ? 'final'
      : t.certainty === 'partial'
        ? 'incomplete'
        : warnings.length
          ? 'provisional'
          : `provisional, ${countText(english, c)}`;
  const tieBreaks = tieBreakViews(t, (id) => ({ id, name: name(id) })).map((v) => tieBreakText(english, v));
  const notes = [
    ...t.rows.flatMap((r) => r.adjustmentNotes.map((n) => `${name(r.team)} ${n}`)),
    ...tieBreaks,
  ];
  return [
    `${t.name} — ${status}${options.home ? ' (home matches)' : options.away ? ' (away matches)' : ''}`,
    ...warnings.map((w) => `  ! ${w}`),
    textTable(columns, rows),
    ...notes.map((n) => `  · ${n}`),
  ].join('\n');
}
