import { shown, type Figure } from '../../core/stats/index.ts';
import type { Inline } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/**
 * A figure written out: the derived value as it is; a reported value marked "reported" with its
 * sources (and any source that disagrees); a partial value marked with how much it rests on;
 * otherwise "unknown". Never a number Torneo cannot stand behind without saying so.
 */
export function figureInline<T>(
  ctx: ArticleContext,
  figure: Figure<T>,
  write: (value: T) => Inline[],
): Inline[] {
  const s = shown(figure);
  const t = ctx.text;
  switch (s.basis) {
    case 'derived':
      return write(s.value);
    case 'reported': {
      const others = s.others.flatMap((o) => [
        ` (${t.otherReport(writeText(write(o.value)))}`,
        ...ctx.cite(o.sources),
        ')',
      ]);
      return [...write(s.value), ` (${t.reported})`, ...ctx.cite(s.sources), ...others];
    }
    case 'partial':
      return [
        ...write(s.value),
        ` (${t.partial(s.coverage.counted, s.coverage.expected, s.coverage.of ?? 'results')})`,
      ];
    case 'unknown':
      return [t.unknown];
  }
}

/** The plain words of inline content (links as their text; flags and citations dropped). */
export function writeText(content: readonly Inline[]): string {
  return content
    .map((i) => {
      if (typeof i === 'string') return i;
      switch (i.kind) {
        case 'link':
          return i.text ?? i.target;
        case 'bold':
        case 'italic':
          return writeText(i.content);
        case 'break':
          return ' ';
        default:
          return '';
      }
    })
    .join('');
}
