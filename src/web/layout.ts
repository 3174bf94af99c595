import { html, type SafeHtml } from './html.ts';
import { LANGUAGES } from '../i18n/language.ts';
import { paths, type PageContext, seasonName } from './page-context.ts';

const LANGUAGE_NAMES = { es: 'Español', en: 'English' } as const;

/** The URL of this page in another language (other query parameters kept). */
const withLang = (url: URL, lang: string): string => {
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
};

function account(p: PageContext): SafeHtml {
  const season = p.season?.id;
  if (!season) return html``;
  if (p.principal) {
    return html`<li>${p.t('auth.signedInAs', { name: p.principal.name })}</li>
      <li><a href="${paths.record(season)}">${p.t('record.title')}</a></li>
      <li>
        <form method="post" action="${paths.signOut(season)}">
          <button type="submit">${p.t('auth.signOut')}</button>
        </form>
      </li>`;
  }
  return p.signInPossible
    ? html`<li><a href="${paths.signIn(season)}">${p.t('auth.signIn')}</a></li>`
    : html``;
}

/** The page shell: skip link, header with navigation, language switch and account, main, footer. */
export function layout(p: PageContext, title: string, body: SafeHtml): SafeHtml {
  const season = p.season;
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${p.t('site.name')}</title>
<link rel="stylesheet" href="/assets/torneo.css">
</head>
<body${season ? html` data-live-season="${season.id}" data-live-since="${season.lastFactId}" data-live-updated="${p.t('live.updated')}"` : ''}>
<a class="skip" href="#main">${p.t('nav.skip')}</a>
<header class="site"><div class="bar">
  <a class="brand" href="${season ? paths.season(season.id) : '/'}">${p.t('site.name')}${season ? html` · ${seasonName(p)}` : ''}</a>
  <nav aria-label="${p.t('nav.season')}"><ul>
    ${season ? html`<li><span id="live-status" class="live" data-state="connecting" data-offline="${p.t('live.offline')}">${p.t('live.status')}</span></li>` : ''}
    <li><a href="/docs">${p.t('nav.api')}</a></li>
    ${account(p)}
    <li class="lang"><span role="group" aria-label="${p.t('nav.language')}">${LANGUAGES.map(
      (l, i) =>
        html`${i ? ' · ' : ''}<a
            href="${withLang(p.url, l)}"
            hreflang="${l}"
            lang="${l}"
            aria-current="${l === p.lang ? 'true' : 'false'}"
            >${LANGUAGE_NAMES[l]}</a
          >`,
    )}</span></li>
  </ul></nav>
</div></header>
<main id="main" tabindex="-1">
<p id="live-note" class="note" role="status" aria-live="polite"></p>
${body}
</main>
<footer class="site">${p.t('site.tagline')} · <a href="/openapi.json">OpenAPI</a></footer>
<script src="/assets/torneo.js" defer></script>
</body>
</html>`;
}
