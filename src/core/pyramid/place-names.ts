import type { SeededRandom } from '../random/index.ts';

// Invented, Peruvian-sounding place names: Quechua-like syllables with the endings of Andean
// toponyms (-marca "town", -pampa "plain", -cocha "lake", -bamba "field", …), sometimes after
// a Spanish prefix. Any resemblance to a real place is chance: these places are synthetic.
const STARTS = [
  'Hua',
  'Cha',
  'Pa',
  'Ya',
  'Qui',
  'Llo',
  'Ta',
  'Chu',
  'Pu',
  'Ma',
  'Co',
  'Ca',
  'Ra',
  'Sa',
  'Tu',
  'Ayu',
  'Ocu',
  'Ura',
  'Anta',
  'Pi',
  'Hui',
  'Lla',
  'Cu',
  'Ti',
];
const MIDDLES = [
  'n',
  'ra',
  'ca',
  'lla',
  'ma',
  'ta',
  'pa',
  'cu',
  'ri',
  'co',
  'yo',
  'chi',
  'hua',
  'quin',
  'si',
  'lu',
  '',
];
const ENDS = [
  'marca',
  'pampa',
  'bamba',
  'cocha',
  'huasi',
  'llacta',
  'pata',
  'rumi',
  'yacu',
  'cancha',
  'huaylla',
  'palca',
  'tambo',
  'ranra',
  'chaca',
  'ruro',
  'jirca',
  'cucho',
  'pucro',
  'mayo',
  'huanca',
  'orcco',
];
const PREFIXES = [
  'San Juan de',
  'Santa Rosa de',
  'San Pedro de',
  'Nueva',
  'Villa',
  'Puerto',
  'Alto',
  'Bajo',
  'Santiago de',
  'San Miguel de',
];

export function placeName(random: SeededRandom): string {
  const root = random.pick(STARTS) + random.pick(MIDDLES) + random.pick(ENDS);
  return random.nextInt(0, 9) < 2 ? `${random.pick(PREFIXES)} ${root}` : root;
}

const CLUB_PATTERNS: readonly ((place: string) => string)[] = [
  (p) => `Deportivo ${p}`,
  (p) => `Sport ${p}`,
  (p) => `Unión ${p}`,
  (p) => `Atlético ${p}`,
  (p) => `Juventud ${p}`,
  (p) => `Defensor ${p}`,
  (p) => `Social ${p}`,
  (p) => `Real ${p}`,
  (p) => `Alianza ${p}`,
  (p) => `Estrella de ${p}`,
  (p) => `Independiente ${p}`,
  (p) => `Academia ${p}`,
  (p) => `Centro Social ${p}`,
  (p) => `Racing ${p}`,
  (p) => `Club ${p}`,
];

/** A club name: a pattern with the district's own name or a hamlet of it. */
export function clubName(random: SeededRandom, district: string): string {
  const place = random.nextInt(0, 2) === 0 ? district : placeName(random);
  return random.pick(CLUB_PATTERNS)(place);
}
