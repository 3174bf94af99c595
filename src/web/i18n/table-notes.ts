import type { Lang } from './language.ts';

/**
 * The engine explains tie-breaks in English ("A > B on goal difference"); a Spanish page says
 * the same in Spanish. Only the engine's fixed phrases are translated; team names and reasons
 * written in the season stay as written. Longer phrases first, so the "matches among them"
 * variants win over their shorter prefixes.
 */
const ES: readonly [RegExp, string][] = [
  [
    / level on every criterion: they share place (\d+)$/,
    ' igualados en todos los criterios: comparten el puesto $1',
  ],
  [
    / level: a play-off will decide place (\d+)$/,
    ' igualados: un partido de desempate decidirá el puesto $1',
  ],
  [/: order drawn by lots \(seed (\d+)\)$/, ': orden por sorteo simulado (semilla $1)'],
  [/: order decided by a recorded drawing of lots$/, ': orden decidido por sorteo'],
  [/: play-off pending$/, ': desempate pendiente'],
  [/: order decided by a play-off$/, ': orden decidido por un partido de desempate'],
  [/: level on every criterion$/, ': igualados en todos los criterios'],
  [/ on goal difference in the matches among them$/, ' por diferencia de goles en los partidos entre ellos'],
  [/ on goals scored in the matches among them$/, ' por goles a favor en los partidos entre ellos'],
  [/ on away goals in the matches among them$/, ' por goles de visitante en los partidos entre ellos'],
  [/ on points in the matches among them$/, ' por puntos en los partidos entre ellos'],
  [/ on goal difference$/, ' por diferencia de goles'],
  [/ on goals scored$/, ' por goles a favor'],
  [/ on goals conceded$/, ' por goles en contra'],
  [/ on goal average$/, ' por promedio de goles'],
  [/ on away goals$/, ' por goles de visitante'],
  [/ on away wins$/, ' por victorias de visitante'],
  [/ on wins$/, ' por victorias'],
  [/ on fair play$/, ' por juego limpio'],
  [/ on drawing of lots$/, ' por sorteo'],
  [/ on a play-off$/, ' por un partido de desempate'],
  [/ on points per game$/, ' por puntos por partido'],
  [/ on points$/, ' por puntos'],
];

export function tableNote(lang: Lang, note: string): string {
  if (lang === 'en') return note;
  for (const [pattern, spanish] of ES) if (pattern.test(note)) return note.replace(pattern, spanish);
  return note;
}
