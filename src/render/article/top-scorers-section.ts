import { shown, type ScorerRow } from '../../core/stats/index.ts';
import type { Block, Inline, TableRow } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/**
 * The scorers' list: derived when every scorer is known; otherwise what sources published,
 * said to be so, or the goals of the matches whose scorers are known, said to be partial.
 */
export function topScorersSection(ctx: ArticleContext): Block[] {
  const t = ctx.text;
  const s = shown(ctx.stats.topScorers);
  const heading: Block = { kind: 'heading', level: 2, text: t.sections.topScorers };
  if (s.basis === 'unknown') return [heading, { kind: 'paragraph', content: [t.unknown] }];
  const intro: Block[] =
    s.basis === 'reported'
      ? [
          {
            kind: 'paragraph',
            content: [
              t.scorersReported(
                s.sources
                  .map((id) => ctx.doc.sources[id]?.publisher ?? id)
                  .filter((v, i, a) => a.indexOf(v) === i)
                  .join(', '),
              ),
              ...ctx.cite(s.sources),
            ],
          },
        ]
      : s.basis === 'partial'
        ? [{ kind: 'paragraph', content: [t.scorersPartial(s.coverage.counted, s.coverage.expected)] }]
        : [];
  const rows = s.value;
  const penalties = rows.some((r) => r.penalties !== undefined);
  const header = [
    t.columns.rank,
    t.columns.player,
    t.columns.nationality,
    t.columns.club,
    t.columns.goals,
    ...(penalties ? [t.columns.penalties] : []),
  ];
  const body: TableRow[] = rows.map((r) => ({ kind: 'cells', cells: cells(ctx, r, penalties) }));
  return [
    heading,
    ...intro,
    { kind: 'table', header, rows: body, align: ['right', 'left', 'left', 'left', 'right', 'right'] },
  ];
}

function cells(ctx: ArticleContext, r: ScorerRow, penalties: boolean): Inline[][] {
  const nationality = r.player ? ctx.index.people.get(r.player)?.nationality : undefined;
  return [
    [`${r.rank}${r.shared ? '=' : ''}`],
    [ctx.personName(r)],
    nationality ? [{ kind: 'flag', country: nationality }] : [],
    r.teams.flatMap((team, i) => [...(i > 0 ? [', '] : []), ctx.teamLink(team)]),
    [String(r.goals)],
    ...(penalties ? [[r.penalties !== undefined ? String(r.penalties) : ctx.text.unknown]] : []),
  ];
}
