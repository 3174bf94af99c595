import { indexInLanguage } from '../i18n/season-in-language.ts';
import type { Lang } from '../i18n/language.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';

const read = new WeakMap<SeasonSnapshot, Map<Lang, SeasonSnapshot>>();

/**
 * A season as the reading pages show it in one language: names, notes and reasons from the data
 * in that language, reserve teams named with the dictionary's words. One per snapshot and
 * language, so the engines made from it are kept as the snapshot's are. Writes never see it.
 */
/** The engine's matches with their rounds named as the document in that language names them. */
const roundsIn = (s: SeasonSnapshot, index: SeasonSnapshot['index']): SeasonSnapshot['matches'] =>
  s.matches.map((m, i) => {
    const round = index.doc.matches[i]?.round;
    return round !== undefined && round !== m.round ? { ...m, round } : m;
  });

export function snapshotIn(s: SeasonSnapshot, lang: Lang): SeasonSnapshot {
  let byLang = read.get(s);
  if (!byLang) read.set(s, (byLang = new Map()));
  let out = byLang.get(lang);
  if (!out) {
    const index = indexInLanguage(s.index, lang);
    byLang.set(
      lang,
      (out = index === s.index ? s : { ...s, doc: index.doc, index, matches: roundsIn(s, index) }),
    );
  }
  return out;
}
