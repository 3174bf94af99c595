import { html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';

/**
 * The competition's season article (src/render/article, which escapes what it writes) inside
 * the site's page, with links to the same article as wikitext and Markdown.
 */
/**
 * Each table of the article in a box that scrolls sideways on a phone instead of widening the
 * page, focusable and named so that the keyboard can scroll it. The renderer writes no table
 * inside another.
 */
const boxedTables = (articleHtml: string, label: string): string => {
  let n = 0;
  return articleHtml
    .replace(
      /<table\b/g,
      () => `<div class="table-wrap" role="region" tabindex="0" aria-label="${label} ${++n}"><table`,
    )
    .replace(/<\/table>/g, '</table></div>');
};

export function articlePage(p: PageContext, competition: string, name: string, articleHtml: string): string {
  const season = p.season!;
  const api = `/api/seasons/${encodeURIComponent(season.id)}/competitions/${encodeURIComponent(competition)}/article?lang=${p.lang}`;
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
      <li><a href="${paths.competition(season.id, competition)}">${name}</a></li>
      <li aria-current="page">${p.t('comp.article')}</li>
    </ol>
    <p class="note">
      <a href="${api}&format=wikitext">${p.t('article.wikitext')}</a> ·
      <a href="${api}&format=markdown">Markdown</a>
    </p>
    <div id="article-live" class="article" data-live-region>
      ${raw(boxedTables(articleHtml, `${p.t('comp.article')}: ${p.t('article.table')}`))}
    </div>`;
  return layout(p, `${name} — ${p.t('comp.article')}`, body).text;
}
