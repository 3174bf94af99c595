import type { Context } from 'hono';
import { NotFoundError, type HttpError } from '../../http/http-error.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { pageContext } from '../page-context.ts';

/** An error as a page, in the visitor's language, with a way back. */
export function errorPage(error: HttpError, c: Context): string {
  const p = pageContext(c, { signInPossible: false });
  const title = error.failure === 'not_found' ? p.t('error.not_found') : p.t('error.title');
  // What was missing, said in the page's language. Any other failure is said by its kind in the
  // page's language, followed by the API's precise message, marked as the English it is.
  const said =
    error instanceof NotFoundError
      ? html`<p class="error">${p.t(`error.missing.${error.missing.kind}`, { id: error.missing.id })}</p>`
      : p.lang === 'en'
        ? html`<p class="error">${error.message}</p>`
        : html`<p class="error">${p.t(`error.${error.failure}`)}</p>
            <p class="muted" lang="en">${error.message}</p>`;
  return layout(
    p,
    title,
    html`<h1>${title}</h1>
      ${said}
      <p><a href="/">${p.t('error.back')}</a></p>`,
  ).text;
}
