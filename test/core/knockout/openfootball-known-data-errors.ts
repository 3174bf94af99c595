// Ties in the openfootball files (../shared/data) whose recorded scores cannot give the club that
// actually went through under the competition's rules: errors in the data, one line of reason
// each. Key: `<file> <tie>` as the golden test prints it. Where the error is mechanical the
// `kind` says how to correct it, and the test checks that the corrected tie resolves right.
//
// Kinds:
// - aet_repeats_ninety: "a.e.t." written with the 90-minute score, in a tie or round with no
//   extra time (CONMEBOL rounds go to penalties straight after 90'): the a.e.t. score is dropped.
// - aet_repeats_shootout: the "a.e.t." score is a copy of the shoot-out score: it is dropped.
// - shootout_written_as_aet: the shoot-out score written as "a.e.t.": it is read as the shoot-out.
// - shootout_missing, wrong_score, team_mislabelled: no mechanical correction; listed only.
export type DataErrorKind =
  | 'aet_repeats_ninety'
  | 'aet_repeats_shootout'
  | 'shootout_written_as_aet'
  | 'shootout_missing'
  | 'wrong_score'
  | 'team_mislabelled';

export interface KnownDataError {
  readonly kind: DataErrorKind;
  readonly reason: string;
}

const e = (kind: DataErrorKind, reason: string): KnownDataError => ({ kind, reason });
const AET_NO_EXTRA_TIME =
  'CONMEBOL: no extra time in this round; "pen. x-y a.e.t. (x-y, …)" repeats the 90-minute score';
const RIVER =
  'River Plate (ARG) is written "River Plate (URU)" in later rounds, so both clubs seem to play on';

export const KNOWN_DATA_ERRORS: ReadonlyMap<string, KnownDataError> = new Map([
  [
    '2025-26/confq.txt 2. Round: Atlétic Escaldes v FC Dinamo City',
    e(
      'aet_repeats_ninety',
      'second leg "1-1 a.e.t. (1-1, 1-0)" although Dinamo City led 3-2 on aggregate after 90 minutes',
    ),
  ],
  [
    'copa-libertadores/2012_copal.txt Round of 16: Vasco da Gama RJ v Lanús',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2012_copal.txt Quarterfinals: Libertad v Universidad de Chile',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2012_copal.txt Quarterfinals: Vélez Sarsfield v Santos FC',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2012_copas.txt Round 2: Atlético Goianiense v Figueirense SC',
    e(
      'shootout_written_as_aet',
      '"2-4 a.e.t." is the shoot-out: 1-1 after 90 minutes, Atlético-GO won 4-2 on penalties (gazetadopovo.com.br, 23 Aug 2012)',
    ),
  ],
  [
    'copa-libertadores/2013_copal.txt Round 1: Club León v Deportes Iquique',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2013_copal.txt Round 1: LDU Quito v Grêmio Porto Alegre',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2013_copal.txt Round of 16: Real Garcilaso v Nacional',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    "copa-libertadores/2013_copal.txt Quarterfinals: Boca Juniors v Newell's Old Boys",
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    "copa-libertadores/2013_copal.txt Semifinals: Newell's Old Boys v Atlético Mineiro",
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2013_copas.txt Round 2: Sport Recife PE v Náutico PE',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2013_copas.txt Round 2: Vitória BA v Coritiba PR',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  ['copa-libertadores/2013_copas.txt Round 2: Itagüi Ditaires v River Plate', e('team_mislabelled', RIVER)],
  [
    'copa-libertadores/2013_copas.txt Round of 16: Atlético Nacional v Bahia BA',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2014_copal.txt Round 1: Sporting Cristal v Athletico Paranaense',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  ['copa-libertadores/2014_copas.txt Round 2: Emelec v River Plate', e('team_mislabelled', RIVER)],
  [
    'copa-libertadores/2014_copas.txt Semifinals: Atlético Nacional v São Paulo FC',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2015_copal.txt Round of 16: São Paulo FC v Cruzeiro',
    e(
      'wrong_score',
      'second leg "4-3 pen. 4-3 a.e.t. (4-3, 0-0)": 4-3 is the shoot-out, not the score (Cruzeiro 1-0, then 4-3 on penalties; see the data README)',
    ),
  ],
  [
    'copa-libertadores/2015_copas.txt Round 1: Carabobo FC v Deportes Tolima',
    e('aet_repeats_ninety', AET_NO_EXTRA_TIME),
  ],
  [
    'copa-libertadores/2015_copas.txt Round 2: Emelec v Juventud de Las Piedras',
    e(
      'aet_repeats_shootout',
      'second leg "2-3 pen. 2-3 a.e.t. (0-0)": the a.e.t. score copies the shoot-out',
    ),
  ],
  ['copa-libertadores/2020_copas.txt Round 1: Deportivo Cali v River Plate', e('team_mislabelled', RIVER)],
  [
    'copa-libertadores/2022_copal.txt Round 3: Fluminense RJ v Club Olimpia',
    e(
      'shootout_missing',
      '3-1 and 2-0: level on aggregate; the shoot-out, won by Olimpia who play the next round, is not in the file',
    ),
  ],
  [
    'copa-libertadores/2024_copal.txt Qualifying, Round 3: Club Always Ready v Club Nacional de Football',
    e(
      'shootout_missing',
      '1-0 and 5-4: level on aggregate; the shoot-out, won by Nacional who play the next round, is not in the file',
    ),
  ],
  [
    'copa-libertadores/2024_copas.txt Round of 16: Boca Juniors v Cruzeiro',
    e(
      'aet_repeats_shootout',
      'second leg "5-4 pen. 5-4 a.e.t. (2-1, 2-1)": the a.e.t. score copies the shoot-out',
    ),
  ],
]);
