import { html, type SafeHtml } from '../html.ts';
import { textIn } from '../../core/definition/index.ts';
import type { PageContext } from '../page-context.ts';

/** The season's sources by their titles (linked when they have an address), not their ids. */
export function sourceLinks(p: PageContext, ids: readonly string[]): SafeHtml {
  const sources = p.season?.doc.sources ?? {};
  return html`${ids.map((id, i) => {
    const s = sources[id];
    // A description written in both languages is read in the page's.
    const title = (s && textIn(p.lang, s, 'title')) ?? id;
    const publisher = s && textIn(p.lang, s, 'publisher');
    return html`${i ? '; ' : ''}${s?.url ? html`<a href="${s.url}" rel="nofollow noopener">${title}</a>` : title}${publisher ? ` (${publisher})` : ''}`;
  })}`;
}

/** A sentence of the dictionary with HTML in place of its one `{name}` placeholder. */
export function sentenceWith(sentence: (placeholder: string) => string, part: SafeHtml): SafeHtml {
  const [before = '', after = ''] = sentence('\u0000').split('\u0000');
  return html`${before}${part}${after}`;
}
