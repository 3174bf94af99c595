import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

/** Signing in with the token an official was issued; the server keeps it in an HttpOnly cookie. */
export function signInPage(p: PageContext, options: { invalid?: boolean; next?: string }): string {
  const body = p.signInPossible
    ? html`<h1>${p.t('auth.title')}</h1>
        ${options.invalid ? html`<p class="error" role="alert">${p.t('auth.invalid')}</p>` : ''}
        <form method="post" class="stack">
          <input type="hidden" name="next" value="${options.next ?? ''}" />
          <div>
            <label for="token">${p.t('auth.token')}</label>
            <input
              id="token"
              name="token"
              type="password"
              autocomplete="current-password"
              required
              aria-describedby="token-help"
            />
            <p id="token-help" class="note">${p.t('auth.tokenHelp')}</p>
          </div>
          <div><button type="submit" class="primary">${p.t('auth.signIn')}</button></div>
        </form>`
    : html`<h1>${p.t('auth.title')}</h1>
        <p>${p.t('auth.none')}</p>`;
  return layout(p, p.t('auth.title'), body).text;
}
