import type { GroupTable } from '../core/engine/index.ts';
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
  const status =
    t.certainty === 'derived'
      ? 'final'
      : `${t.matchesPlayed}${t.matchesExpected !== undefined ? ` of ${t.matchesExpected}` : ''} matches played`;
  // Tie-breaks from the engine's data, in the same words as the English pages.
  const english = translator('en');
  const tieBreaks = tieBreakViews(t, (id) => ({ id, name: name(id) })).map((v) => tieBreakText(english, v));
  const notes = [
    ...t.rows.flatMap((r) => r.adjustmentNotes.map((n) => `${name(r.team)} ${n}`)),
    ...tieBreaks,
  ];
  return [
    `${t.name} — ${status}${options.home ? ' (home matches)' : options.away ? ' (away matches)' : ''}`,
    textTable(columns, rows),
    ...notes.map((n) => `  · ${n}`),
  ].join('\n');
}
