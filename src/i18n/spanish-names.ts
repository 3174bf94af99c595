/**
 * Spanish grammar for the names of competitions, stages, groups and rounds inside a sentence:
 * the article they take ("la Liga Nacional", "el Grupo A", "los octavos de final"), its
 * contractions ("del Torneo del Inca", "al Torneo Descentralizado") and the lower case of a name
 * that is a common noun ("la tabla acumulada", "la fase de grupos"). Names that are not one of
 * these nouns (a department, a club) take no article: "el primero de Amazonas".
 */

type Article = 'el' | 'la' | 'los' | 'las';

/** The article of a name, by its first word (RAE, Nueva gramática §14: gender of the noun). */
const ARTICLE: Readonly<Record<string, Article>> = {
  tabla: 'la',
  etapa: 'la',
  fase: 'la',
  región: 'la',
  copa: 'la',
  liga: 'la',
  superliga: 'la',
  final: 'la',
  primera: 'la',
  segunda: 'la',
  tercera: 'la',
  ronda: 'la',
  llave: 'la',
  liguilla: 'la',
  semifinal: 'la',
  serie: 'la',
  zona: 'la',
  división: 'la',
  temporada: 'la',
  definición: 'la',
  grupo: 'el',
  torneo: 'el',
  campeonato: 'el',
  descentralizado: 'el',
  apertura: 'el',
  clausura: 'el',
  partido: 'el',
  desempate: 'el',
  repechaje: 'el',
  cuadrangular: 'el',
  hexagonal: 'el',
  octogonal: 'el',
  primer: 'el',
  octavos: 'los',
  cuartos: 'los',
  dieciseisavos: 'los',
  semifinales: 'las',
  finales: 'las',
};

/** Names of tournaments that stand alone as proper names: "el Apertura", never "el apertura". */
const PROPER = new Set(['apertura', 'clausura', 'descentralizado']);

const firstWord = (name: string): string => name.split(/\s+/, 1)[0]!.toLowerCase();

/**
 * The name as written inside a sentence: a common noun in lower case ("Tabla acumulada" → "tabla
 * acumulada", "Final (definición)" → "final (definición)"); a name with another capitalised word
 * is a proper name and stays as it is ("Grupo A", "Etapa Nacional", "Torneo de Promoción y
 * Reservas").
 */
export function inSentence(name: string): string {
  if (!(firstWord(name) in ARTICLE)) return name;
  // What a parenthesis adds ("Primera etapa (Torneo del Inca)") does not make the name proper.
  const rest = name.split('(', 1)[0]!.trim().split(/\s+/).slice(1);
  const common = rest.length === 0 ? !PROPER.has(firstWord(name)) : !rest.some((w) => /^\p{Lu}/u.test(w));
  return common ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "la tabla acumulada", "el Grupo A", "los octavos de final", "Amazonas". */
export function withArticle(name: string): string {
  const article = ARTICLE[firstWord(name)];
  return article ? `${article} ${inSentence(name)}` : name;
}

/** "de la tabla acumulada", "del Grupo A", "de los octavos de final", "de Amazonas". */
export function ofName(name: string): string {
  const article = ARTICLE[firstWord(name)];
  if (!article) return `de ${name}`;
  return article === 'el' ? `del ${inSentence(name)}` : `de ${article} ${inSentence(name)}`;
}

/** "a la Copa Libertadores 2015", "al Torneo Descentralizado 2015", "a Amazonas". */
export function toName(name: string): string {
  const article = ARTICLE[firstWord(name)];
  if (!article) return `a ${name}`;
  return article === 'el' ? `al ${inSentence(name)}` : `a ${article} ${inSentence(name)}`;
}

/** "en la tabla acumulada", "en el Torneo Clausura", "en Amazonas". */
export const inName = (name: string): string => `en ${withArticle(name)}`;

/**
 * The helpers a Spanish label can call on a placeholder: `{where|de}` → "del Grupo A", `{tie|mid}`
 * → "cuartos de final 1" (the name as written mid-sentence, without an article).
 */
export const SPANISH_NAME_FORMS: Readonly<Record<string, (name: string) => string>> = {
  mid: inSentence,
  el: withArticle,
  de: ofName,
  a: toName,
  en: inName,
};
