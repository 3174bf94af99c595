import type { Context } from 'hono';
import type { HttpError } from '../../http/http-error.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { pageContext } from '../page-context.ts';

/** An error as a page, in the visitor's language, with a way back. */
export function errorPage(error: HttpError, c: Context): string {
  const p = pageContext(c, { signInPossible: false });
  const title = error.failure === 'not_found' ? p.t('error.not_found') : p.t('error.title');
  return layout(
    p,
    title,
    html`<h1>${title}</h1>
      <p class="error">${error.message}</p>
      <p><a href="/">${p.t('error.back')}</a></p>`,
  ).text;
}
