import type { SeasonIndex } from '../../core/season/season.ts';
import { indexInLanguage } from '../../i18n/season-in-language.ts';
import type { ArticleOptions } from './article-context.ts';
import { buildArticle } from './build-article.ts';
import { articleText, type Lang } from './i18n/index.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderWikitext } from './render-wikitext.ts';

export type ArticleFormat = 'wikitext' | 'markdown' | 'html';
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['wikitext', 'markdown', 'html'];

export type { ArticleDoc, Block, Inline } from './article-doc.ts';
export type { ArticleOptions } from './article-context.ts';
export type { Lang } from './i18n/index.ts';
export { LANGS, articleText } from './i18n/index.ts';
export { buildArticle } from './build-article.ts';
export { renderWikitext, renderMarkdown, renderHtml };

/** The season article of one competition, written out in a format and a language. */
export function renderArticle(
  index: SeasonIndex,
  competition: string,
  format: ArticleFormat,
  lang: Lang,
  options: ArticleOptions = {},
): string {
  // Every name, note and reason from the data in the article's language (seed words in both).
  const doc = buildArticle(indexInLanguage(index, lang), competition, lang, options);
  switch (format) {
    case 'wikitext':
      return renderWikitext(doc, options.tables ? { tables: options.tables } : {});
    case 'markdown':
      return renderMarkdown(doc, articleText(lang));
    case 'html':
      return renderHtml(doc, articleText(lang));
  }
}
