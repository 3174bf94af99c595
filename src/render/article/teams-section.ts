import type { Block, Cell } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/** Team, city, stadium, capacity — a shared stadium appears under each of its clubs. */
export function teamsSection(ctx: ArticleContext): Block[] {
  const t = ctx.text;
  const rows = sortedTeams(ctx).map((id) => {
    const team = ctx.index.teams.get(id);
    const venue = team?.venue ? ctx.index.venues.get(team.venue) : undefined;
    const cells: Cell[] = [
      [ctx.teamLink(id)],
      [team?.club.city ?? t.unknown],
      venue ? [venue.name] : [t.unknown],
      [venue?.capacity !== undefined ? t.number(venue.capacity) : t.unknown],
    ];
    return { kind: 'cells' as const, cells };
  });
  return [
    { kind: 'heading', level: 2, text: t.sections.teams },
    {
      kind: 'table',
      header: [t.columns.team, t.columns.city, t.columns.stadium, t.columns.capacity],
      rows,
      align: ['left', 'left', 'left', 'right'],
    },
  ];
}

/** The competition's teams in alphabetical order of their names. */
export const sortedTeams = (ctx: ArticleContext): string[] =>
  [...ctx.comp.teams].sort((a, b) => ctx.teamName(a).localeCompare(ctx.teamName(b), ctx.text.lang));
