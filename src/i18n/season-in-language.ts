import { inLanguage } from '../core/definition/index.ts';
import { indexSeason, type SeasonIndex } from '../core/season/season.ts';
import type { Lang } from './language.ts';
import { translator } from './translate.ts';

const localized = new WeakMap<SeasonIndex, Map<Lang, SeasonIndex>>();

/**
 * The season read in one language: every name, note and reason the data gives in several
 * languages in that one, and reserve and youth teams named with the dictionary's words
 * ("Melgar (reservas)"). Built once per index and language; the index itself is not changed.
 */
export function indexInLanguage(index: SeasonIndex, lang: Lang): SeasonIndex {
  let byLang = localized.get(index);
  if (!byLang) localized.set(index, (byLang = new Map()));
  let out = byLang.get(lang);
  if (!out) {
    const t = translator(lang);
    out = indexSeason(inLanguage(index.doc, lang), {
      reserve: t('team.reserveSuffix'),
      youth: t('team.youthSuffix'),
    });
    byLang.set(lang, out);
  }
  return out;
}
