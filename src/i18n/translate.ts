import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './language.ts';

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, es };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The labels of one language, with `{name}` placeholders filled in. */
export const translator =
  (lang: Lang): Translate =>
  (key, params = {}) =>
    DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

const DATES: Record<Lang, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat('es-PE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A date as people of that language write it: 21 May 2014 / 21 may. 2014. One formatter per
 * language, made once: `toLocaleDateString` makes one per call, which dominated a fixture list.
 */
export const formatDate = (lang: Lang, iso: string): string =>
  DATES[lang].format(new Date(`${iso}T12:00:00Z`));

const COUNTS: Record<Lang, (n: number) => string> = {
  en: (n) => new Intl.NumberFormat('en-GB').format(n),
  // Spanish separates thousands with a space, not a point (RAE, Ortografía 2010), and leaves
  // four-digit numbers whole: 17 000, 2500.
  es: (n) => new Intl.NumberFormat('es-ES').format(n).replace(/\./g, '\u202f'),
};

/** A count (a crowd) as people of that language write it: 17,000 / 17 000. */
export const formatCount = (lang: Lang, n: number): string => COUNTS[lang](n);
