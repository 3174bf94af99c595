import { textIn } from '../../core/definition/index.ts';
import type { SeasonBrief } from '../../live/season-catalog.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext } from '../page-context.ts';

/** `/` on a server of several seasons: each one, by name, linked to its page. */
export function indexPage(p: PageContext, seasons: readonly SeasonBrief[]): string {
  const title = p.t('index.title');
  const body = html`<h1>${title}</h1>
    ${
      seasons.length
        ? html`<ul class="seasons">
            ${seasons.map(
              (s) =>
                html`<li>
                  <a href="${paths.season(s.id)}">${textIn(p.lang, s, 'name')}</a>
                  <span class="note">${s.id}</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${p.t('index.none')}</p>`
    }`;
  return layout(p, title, body).text;
}
