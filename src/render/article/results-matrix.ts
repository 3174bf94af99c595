import type { StageDoc } from '../../core/definition/index.ts';
import type { Match } from '../../core/model/index.ts';
import { translator } from '../../i18n/translate.ts';
import { scoreText as resultText, scoreWords } from '../score-text.ts';
import type { Block, Cell } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/**
 * The results of a round robin as a grid, home team down the side, away team across: the score
 * where it is known, a question mark where the match was played but its score is not known,
 * nothing where it has not been played.
 */
export function resultsMatrix(
  ctx: ArticleContext,
  stage: StageDoc,
  group: string | undefined,
  teams: readonly string[],
): Block[] {
  if (teams.length < 2) return [];
  const matches = ctx.engine
    .stageMatches(ctx.comp.id, stage.id)
    .filter((m) => !m.playoff && (group === undefined || m.group === group));
  const cell = (home: string, away: string): Cell => {
    if (home === away) return ['—'];
    const played = matches.filter((m) => m.home === home && m.away === away);
    return played.flatMap((m, i) => [...(i > 0 ? [{ kind: 'break' } as const] : []), scoreText(ctx, m)]);
  };
  return [
    { kind: 'heading', level: 4, text: ctx.text.sections.results },
    {
      kind: 'table',
      header: [ctx.text.columns.homeAway, ...teams.map((t) => ctx.teamCode(t))],
      rows: teams.map((home) => ({
        kind: 'cells',
        cells: [[ctx.teamLink(home)], ...teams.map((away) => cell(home, away))],
      })),
      align: ['left', ...teams.map(() => 'center' as const)],
      rowHeaders: true,
    },
  ];
}

function scoreText(ctx: ArticleContext, m: Match): string {
  const words = scoreWords(translator(ctx.text.lang));
  if (m.status === 'awarded')
    return m.result ? `${resultText(m.result, words)} (${ctx.text.awarded})` : ctx.text.awarded;
  if (m.status === 'played') return m.result ? resultText(m.result, words) : ctx.text.scoreUnknown;
  return '';
}
