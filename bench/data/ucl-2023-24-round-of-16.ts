/**
 * The 16 clubs of the 2023/24 UEFA Champions League round of 16, with the group each won or
 * finished second in and its country. Source: openfootball-champions-league, 2023-24/cl.txt
 * (the group-stage matches: who played whom gives the groups, their results the places; the
 * countries as the file writes them after each club). Group letters as UEFA named them.
 * The draw of 18 December 2023 paired group winners with runners-up of another group and
 * another country, the runners-up at home in the first leg.
 */
export interface UclEntrant {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  /** 1 group winner, 2 runner-up. */
  readonly place: 1 | 2;
  readonly country: string;
}

export const UCL_2023_24_ROUND_OF_16: readonly UclEntrant[] = [
  { id: 'bayern', name: 'FC Bayern München', group: 'A', place: 1, country: 'GER' },
  { id: 'kobenhavn', name: 'FC København', group: 'A', place: 2, country: 'DEN' },
  { id: 'arsenal', name: 'Arsenal FC', group: 'B', place: 1, country: 'ENG' },
  { id: 'psv', name: 'PSV', group: 'B', place: 2, country: 'NED' },
  { id: 'real-madrid', name: 'Real Madrid CF', group: 'C', place: 1, country: 'ESP' },
  { id: 'napoli', name: 'SSC Napoli', group: 'C', place: 2, country: 'ITA' },
  { id: 'real-sociedad', name: 'Real Sociedad de Fútbol', group: 'D', place: 1, country: 'ESP' },
  { id: 'inter', name: 'FC Internazionale Milano', group: 'D', place: 2, country: 'ITA' },
  { id: 'atletico', name: 'Club Atlético de Madrid', group: 'E', place: 1, country: 'ESP' },
  { id: 'lazio', name: 'SS Lazio', group: 'E', place: 2, country: 'ITA' },
  { id: 'dortmund', name: 'Borussia Dortmund', group: 'F', place: 1, country: 'GER' },
  { id: 'psg', name: 'Paris Saint-Germain FC', group: 'F', place: 2, country: 'FRA' },
  { id: 'man-city', name: 'Manchester City FC', group: 'G', place: 1, country: 'ENG' },
  { id: 'leipzig', name: 'RB Leipzig', group: 'G', place: 2, country: 'GER' },
  { id: 'barcelona', name: 'FC Barcelona', group: 'H', place: 1, country: 'ESP' },
  { id: 'porto', name: 'FC Porto', group: 'H', place: 2, country: 'POR' },
];
