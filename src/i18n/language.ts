import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const LANGUAGES = ['es', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const LANG_COOKIE = 'torneo_lang';

export const isLang = (s: string | undefined): s is Lang => s === 'es' || s === 'en';

/** The first language of the browser's Accept-Language that Torneo speaks. */
export function acceptedLanguage(c: Context): Lang | undefined {
  for (const part of (c.req.header('Accept-Language') ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return undefined;
}

/** The language of the sentences an API response carries: `?lang=`, else Accept-Language, else English. */
export const apiLanguage = (c: Context, asked: Lang | undefined): Lang =>
  asked ?? acceptedLanguage(c) ?? 'en';

/**
 * The page language: `?lang=` (remembered in a cookie), else the cookie, else the browser's
 * Accept-Language, else Spanish (the seasons Torneo runs first are Peruvian).
 */
export function pageLanguage(c: Context): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365 });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return acceptedLanguage(c) ?? 'es';
}
