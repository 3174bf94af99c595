import {
  managerialChanges,
  type ManagerialChangeRow,
  type VacancyPosition,
} from '../../core/people/index.ts';
import type { Block, Inline, TableRow } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { person } from './personnel-section.ts';

/**
 * Managerial changes, before the competition and during it (split by its start date), with the
 * table position at the date of vacancy: derived from the standings where the results allow,
 * otherwise the reported position marked as such, or unknown.
 */
export function managerialChangesSection(ctx: ArticleContext): Block[] {
  const t = ctx.text;
  const changes = managerialChanges(ctx.index, ctx.comp.id, ctx.matches);
  const total = changes.preSeason.length + changes.inSeason.length + changes.undated.length;
  if (total === 0) return [];
  const section = (text: string, rows: readonly ManagerialChangeRow[]): TableRow[] =>
    rows.length
      ? [{ kind: 'section', text }, ...rows.map((r) => ({ kind: 'cells' as const, cells: cells(ctx, r) }))]
      : [];
  return [
    { kind: 'heading', level: 3, text: t.sections.managerialChanges },
    {
      kind: 'table',
      header: [
        t.columns.team,
        t.columns.outgoing,
        t.columns.departure,
        t.columns.vacancy,
        t.columns.position,
        t.columns.incoming,
        t.columns.appointed,
      ],
      rows: [
        ...section(t.changes.preSeason, changes.preSeason),
        ...section(t.changes.inSeason, changes.inSeason),
        ...section(t.changes.undated, changes.undated),
      ],
    },
  ];
}

function cells(ctx: ArticleContext, r: ManagerialChangeRow): Inline[][] {
  const t = ctx.text;
  const c = r.change;
  const incoming = person(r.incoming);
  return [
    [ctx.teamLink(r.team)],
    r.outgoing ? person(r.outgoing) : [t.unknown],
    [t.departure(c.departure)],
    [c.vacancy ? t.date(c.vacancy) : t.unknown],
    position(ctx, r.position, c.sources),
    incoming.length ? [...incoming, ...(c.interim ? [` (${t.interim})`] : [])] : [t.unknown],
    [c.appointed ? t.date(c.appointed) : t.unknown],
  ];
}

function position(ctx: ArticleContext, p: VacancyPosition, sources: readonly string[] | undefined): Inline[] {
  const t = ctx.text;
  const reported = (r: number | 'n/a') => (r === 'n/a' ? t.notApplicable : t.ordinal(r));
  switch (p.status) {
    case 'derived': {
      const disagree =
        p.reported !== undefined && p.reported !== p.position
          ? [` (${t.reported}: ${reported(p.reported)})`, ...ctx.cite(sources)]
          : [];
      return [`${t.ordinal(p.position)}${p.shared ? '=' : ''}`, ...disagree];
    }
    case 'not-applicable':
      return [t.notApplicable];
    case 'unknown':
      return p.reported !== undefined
        ? [reported(p.reported), ` (${t.reported})`, ...ctx.cite(sources)]
        : [t.unknown];
  }
}
