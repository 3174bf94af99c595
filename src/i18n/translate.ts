import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './language.ts';
import { SPANISH_NAME_FORMS } from './spanish-names.ts';

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, es };

/**
 * What a label can ask of a value it holds, by language: `{where|de}` in Spanish writes "del Grupo
 * A" or "de la tabla acumulada" (src/i18n/spanish-names.ts); `{date|date}` writes a day as people
 * of the language do (21 may. 2014 / 21 May 2014).
 */
const FORMS: Record<Lang, Readonly<Record<string, (value: string) => string>>> = {
  es: { ...SPANISH_NAME_FORMS, date: (iso) => formatDate('es', iso) },
  en: { date: (iso) => formatDate('en', iso) },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The key of a label's singular form: `comp.resultsUnknown` → `comp.resultsUnknown.one`. */
const ONE = '.one';

/**
 * The labels of one language, with `{name}` placeholders filled in. A label with a singular form
 * (a key ending in `.one`) takes it when `n` is 1, so that the verb and noun agree with the count
 * ("1 partido se jugó", "6 partidos se jugaron") instead of "partido(s)".
 */
export const translator =
  (lang: Lang): Translate =>
  (key, params = {}) => {
    const dict = DICTIONARIES[lang];
    const one = `${key}${ONE}`;
    const text = params.n === 1 && one in dict ? dict[one as MessageKey] : dict[key];
    return text.replace(/\{(\w+)(?:\|(\w+))?\}/g, (_, name: string, form?: string) => {
      const value = params[name];
      if (value === undefined) return `{${name}}`;
      const shape = form ? FORMS[lang][form] : undefined;
      return shape ? shape(String(value)) : String(value);
    });
  };

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
