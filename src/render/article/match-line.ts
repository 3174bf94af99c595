import type { Match } from '../../core/model/index.ts';
import { translator } from '../../i18n/translate.ts';
import { scoreText, scoreWords } from '../score-text.ts';
import type { Inline } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/** A record line as infoboxes write it: "UCV 5–0 HUA (10 May)"; several matches one per line. */
export function recordMatches(ctx: ArticleContext, matches: readonly Match[]): Inline[] {
  return matches.flatMap((m, i) => [
    ...(i > 0 ? [{ kind: 'break' } as const] : []),
    `${ctx.teamCode(m.home)} ${scoreText(m.result!, scoreWords(translator(ctx.text.lang)))} ${ctx.teamCode(m.away)}${m.date ? ` (${ctx.text.shortDate(m.date)})` : ''}`,
  ]);
}
