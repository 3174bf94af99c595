import type { TieState } from '../../core/engine/index.ts';
import type { ArticleContext } from './article-context.ts';

/** The tie that decided the competition: the only tie of the last round of its last stage, when that is a knockout. */
export function finalTie(ctx: ArticleContext): TieState | undefined {
  const last = ctx.comp.stages.at(-1);
  if (last?.format !== 'knockout') return undefined;
  const round = ctx.engine.rounds(ctx.comp.id, last.id).at(-1);
  return round?.ties.length === 1 ? round.ties[0] : undefined;
}
