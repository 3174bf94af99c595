import type { Block } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

/** The season's other competitions, and the references cited above. */
export function seeAlsoSection(ctx: ArticleContext): Block[] {
  const others = ctx.doc.competitions.filter((c) => c.id !== ctx.comp.id);
  const seeAlso: Block[] = others.length
    ? [
        { kind: 'heading', level: 2, text: ctx.text.sections.seeAlso },
        { kind: 'list', items: others.map((c) => [{ kind: 'link', target: ctx.title(c) }]) },
      ]
    : [];
  return seeAlso;
}

export function referencesSection(ctx: ArticleContext): Block[] {
  return [{ kind: 'heading', level: 2, text: ctx.text.sections.references }, { kind: 'references' }];
}
