import type { Region } from './structure.ts';

/**
 * Peru's 24 departments and the Constitutional Province of Callao, with the number of
 * provinces each has (196 in all). The names and counts are real; the provinces, districts
 * and clubs a synthetic pyramid puts in them are not.
 */
export const PERU_DEPARTMENTS: readonly {
  readonly id: string;
  readonly name: string;
  readonly provinces: number;
}[] = [
  { id: 'amazonas', name: 'Amazonas', provinces: 7 },
  { id: 'ancash', name: 'Áncash', provinces: 20 },
  { id: 'apurimac', name: 'Apurímac', provinces: 7 },
  { id: 'arequipa', name: 'Arequipa', provinces: 8 },
  { id: 'ayacucho', name: 'Ayacucho', provinces: 11 },
  { id: 'cajamarca', name: 'Cajamarca', provinces: 13 },
  { id: 'callao', name: 'Callao', provinces: 1 },
  { id: 'cusco', name: 'Cusco', provinces: 13 },
  { id: 'huancavelica', name: 'Huancavelica', provinces: 7 },
  { id: 'huanuco', name: 'Huánuco', provinces: 11 },
  { id: 'ica', name: 'Ica', provinces: 5 },
  { id: 'junin', name: 'Junín', provinces: 9 },
  { id: 'la-libertad', name: 'La Libertad', provinces: 12 },
  { id: 'lambayeque', name: 'Lambayeque', provinces: 3 },
  { id: 'lima', name: 'Lima', provinces: 10 },
  { id: 'loreto', name: 'Loreto', provinces: 8 },
  { id: 'madre-de-dios', name: 'Madre de Dios', provinces: 3 },
  { id: 'moquegua', name: 'Moquegua', provinces: 3 },
  { id: 'pasco', name: 'Pasco', provinces: 3 },
  { id: 'piura', name: 'Piura', provinces: 8 },
  { id: 'puno', name: 'Puno', provinces: 13 },
  { id: 'san-martin', name: 'San Martín', provinces: 10 },
  { id: 'tacna', name: 'Tacna', provinces: 4 },
  { id: 'tumbes', name: 'Tumbes', provinces: 3 },
  { id: 'ucayali', name: 'Ucayali', provinces: 4 },
];

/** The eight regions of the 2014 regional stage (seeds/001); Region IV was a knockout. */
export const COPA_PERU_2014_REGIONS: readonly Region[] = [
  {
    id: 'region-i',
    name: 'Region I',
    departments: ['amazonas', 'lambayeque', 'tumbes', 'piura'],
    format: 'mini-league',
  },
  {
    id: 'region-ii',
    name: 'Region II',
    departments: ['ancash', 'cajamarca', 'la-libertad', 'san-martin'],
    format: 'mini-league',
  },
  { id: 'region-iii', name: 'Region III', departments: ['loreto', 'ucayali'], format: 'mini-league' },
  { id: 'region-iv', name: 'Region IV', departments: ['lima', 'callao'], format: 'knockout' },
  { id: 'region-v', name: 'Region V', departments: ['junin', 'pasco', 'huanuco'], format: 'mini-league' },
  {
    id: 'region-vi',
    name: 'Region VI',
    departments: ['ayacucho', 'huancavelica', 'ica'],
    format: 'mini-league',
  },
  {
    id: 'region-vii',
    name: 'Region VII',
    departments: ['arequipa', 'moquegua', 'tacna'],
    format: 'mini-league',
  },
  {
    id: 'region-viii',
    name: 'Region VIII',
    departments: ['apurimac', 'cusco', 'madre-de-dios', 'puno'],
    format: 'mini-league',
  },
];
