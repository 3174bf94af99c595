import type { Context } from 'hono';
import type { Principal } from '../http/auth/token-registry.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { pageLanguage, type Lang } from '../i18n/language.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { textIn } from '../core/definition/index.ts';

/** What every page is rendered with: the language, who is signed in, where it is. */
export interface PageContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly url: URL;
  readonly principal?: Principal;
  readonly season?: SeasonSnapshot;
  /** Whether any official can sign in on this server. */
  readonly signInPossible: boolean;
}

export function pageContext(
  c: Context,
  extra: { principal?: Principal; season?: SeasonSnapshot; signInPossible: boolean },
): PageContext {
  const lang = pageLanguage(c);
  return { lang, t: translator(lang), url: new URL(c.req.url), ...extra };
}

/** Paths of the pages, built in one place. */
export const paths = {
  season: (s: string) => `/seasons/${encodeURIComponent(s)}`,
  competition: (s: string, c: string) =>
    `/seasons/${encodeURIComponent(s)}/competitions/${encodeURIComponent(c)}`,
  team: (s: string, t: string) => `/seasons/${encodeURIComponent(s)}/teams/${encodeURIComponent(t)}`,
  match: (s: string, m: string) => `/seasons/${encodeURIComponent(s)}/matches/${encodeURIComponent(m)}`,
  record: (s: string, m?: string) =>
    `/seasons/${encodeURIComponent(s)}/record${m ? `?match=${encodeURIComponent(m)}` : ''}`,
  signIn: (s: string) => `/seasons/${encodeURIComponent(s)}/sign-in`,
  signOut: (s: string) => `/seasons/${encodeURIComponent(s)}/sign-out`,
};

/** The season's name in the page's language ("Temporada 2014 del fútbol peruano"). */
export const seasonName = (p: PageContext): string =>
  p.season ? (textIn(p.lang, p.season.doc.season, 'name') ?? p.season.id) : '';
