import { teamPersonnel, type PersonRef } from '../../core/people/index.ts';
import type { Block, Cell, Inline } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { sortedTeams } from './teams-section.ts';

/** Manager and captain (with their flags), kit manufacturer and shirt sponsor of every team, as of the article's day. */
export function personnelSection(ctx: ArticleContext): Block[] {
  const t = ctx.text;
  const byTeam = new Map(teamPersonnel(ctx.index, ctx.comp.id, ctx.options.asOf).map((p) => [p.team, p]));
  const rows = sortedTeams(ctx).map((id) => {
    const p = byTeam.get(id);
    const cells: Cell[] = [
      [ctx.teamLink(id)],
      person(p?.manager),
      person(p?.captain),
      [p?.kitManufacturer ?? ''],
      [p?.shirtSponsor ?? ''],
    ];
    return { kind: 'cells' as const, cells };
  });
  return [
    { kind: 'heading', level: 3, text: t.sections.personnel },
    { kind: 'paragraph', content: [t.personnelNote] },
    {
      kind: 'table',
      header: [
        t.columns.team,
        t.columns.manager,
        t.columns.captain,
        t.columns.kitManufacturer,
        t.columns.shirtSponsor,
      ],
      rows,
    },
  ];
}

/** A flag and a name, a flag alone when the source gives only the flag, nothing when nothing is known. */
export function person(p: PersonRef | undefined): Inline[] {
  if (!p) return [];
  const flag: Inline[] = p.nationality ? [{ kind: 'flag', country: p.nationality }] : [];
  return p.name ? [...flag, ...(flag.length ? [' '] : []), p.name] : flag;
}
