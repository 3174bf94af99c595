import type { TiebreakerId } from '../../../core/model/index.ts';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const WORDS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
];

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: MONTHS[m! - 1]!, day: d! };
};

/** 14 de febrero de 2014. */
export const esDate = (iso: string): string => {
  const p = parts(iso);
  return `${p.day} de ${p.month} de ${p.year}`;
};

export const esShortDate = (iso: string): string => {
  const p = parts(iso);
  return `${p.day} de ${p.month}`;
};

/** Thousands separated by a space from five digits on (35 000, but 5000), as the RAE recommends. */
export function esNumber(n: number): string {
  const digits = String(Math.round(Math.abs(n)));
  const grouped = digits.length <= 4 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '−' : ''}${grouped}`;
}

export const esDecimal = (n: number, digits: number): string => n.toFixed(digits).replace('.', ',');

export const esOrdinal = (n: number): string => `${n}.º`;

export const esOrdinalFeminine = (n: number): string => `${n}.ª`;

export const esCount = (n: number): string => WORDS[n] ?? String(n);

/** "A, B y C"; "e" before a word that starts with the sound i. */
export function esList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items.at(-1)!;
  const and = /^h?i(?![aeiouáéíóú])/i.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

export const esSigned = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const TIEBREAKERS: Readonly<Record<TiebreakerId, string>> = {
  points: 'puntos',
  goal_difference: 'diferencia de goles',
  goals_for: 'goles a favor',
  goals_against: 'goles en contra',
  goal_average: 'cociente de goles',
  wins: 'número de victorias',
  away_goals_for: 'goles marcados de visitante',
  away_wins: 'victorias de visitante',
  h2h_points: 'puntos en los partidos entre ellos',
  h2h_goal_difference: 'diferencia de goles en los partidos entre ellos',
  h2h_goals_for: 'goles marcados en los partidos entre ellos',
  h2h_away_goals_for: 'goles de visitante en los partidos entre ellos',
  fair_play: 'puntos de juego limpio',
  lots: 'sorteo',
  playoff: 'partido de desempate',
  points_per_game: 'puntos por partido',
};

export const esTiebreaker = (id: TiebreakerId): string => TIEBREAKERS[id];
