import { isOutcomeOnly, type GroupTable } from '../core/engine/index.ts';
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
  options: {
    home?: boolean;
    away?: boolean;
    /** What sources recorded for the table, in words leading with their sources: said before the numbers. */
    recorded?: readonly string[];
  } = {},
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
  const heading = `${t.name} — ${status}${options.home ? ' (home matches)' : options.away ? ' (away matches)' : ''}`;
  const recorded = t.certainty === 'derived' ? [] : (options.recorded ?? []);
  // A stage over with no result recorded is known only by what a source recorded: no table of zeros.
  if (isOutcomeOnly(c))
    return [
      `${t.name} — ${recorded.length ? 'outcome only' : 'no results'}`,
      ...recorded.map((r) => `  ${r}`),
      `  ${english(recorded.length ? 'recorded.outcomeOnly' : 'recorded.nothing', { name: t.name })}`,
    ].join('\n');
  return [
    heading,
    ...recorded.map((r) => `  ${r}`),
    ...(recorded.length ? [`  ${english('recorded.tableFollows')}`] : []),
    ...warnings.map((w) => `  ! ${w}`),
    textTable(columns, rows),
    ...notes.map((n) => `  · ${n}`),
  ].join('\n');
}
