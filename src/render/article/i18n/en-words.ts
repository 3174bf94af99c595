import type { TiebreakerId } from '../../../core/model/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: MONTHS[m! - 1]!, day: d! };
};

/** 14 February 2014, as English Wikipedia writes dates outside the United States. */
export const enDate = (iso: string): string => {
  const p = parts(iso);
  return `${p.day} ${p.month} ${p.year}`;
};

export const enShortDate = (iso: string): string => {
  const p = parts(iso);
  return `${p.day} ${p.month}`;
};

export const enNumber = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });

export const enDecimal = (n: number, digits: number): string => n.toFixed(digits);

export function enOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Small numbers in words, as prose writes them ("two groups of eight"). */
export const enCount = (n: number): string => WORDS[n] ?? String(n);

export function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Points with their sign, the minus a true minus: +2, −3. */
export const enSigned = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const TIEBREAKERS: Readonly<Record<TiebreakerId, string>> = {
  points: 'points',
  goal_difference: 'goal difference',
  goals_for: 'goals scored',
  goals_against: 'goals conceded',
  goal_average: 'goal average',
  wins: 'number of wins',
  away_goals_for: 'away goals scored',
  away_wins: 'away wins',
  h2h_points: 'points in the matches between them',
  h2h_goal_difference: 'goal difference in the matches between them',
  h2h_goals_for: 'goals scored in the matches between them',
  h2h_away_goals_for: 'away goals scored in the matches between them',
  fair_play: 'fair-play points',
  lots: 'drawing of lots',
  playoff: 'a play-off match',
  points_per_game: 'points per game',
};

export const enTiebreaker = (id: TiebreakerId): string => TIEBREAKERS[id];
