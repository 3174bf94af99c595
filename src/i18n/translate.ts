import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './language.ts';

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, es };

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
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
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
