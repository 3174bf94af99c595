import type { CoverageOf } from '../../../core/stats/index.ts';
import type { ArticleText } from './article-text.ts';
import { enLead, enModus } from './en-sentences.ts';
import {
  enCount,
  enDate,
  enDecimal,
  enList,
  enNumber,
  enOrdinal,
  enShortDate,
  enSigned,
  enTiebreaker,
} from './en-words.ts';

/** What makes a match count for a partial figure, after "from 12 of the 95 matches". */
const EN_COVERAGE: Record<CoverageOf, string> = {
  results: 'with a known result',
  scorers: 'whose scorers are known',
  crowds: 'whose crowd is known',
  cards: 'whose cards are known',
};

const DEPARTURES = {
  'end-of-contract': 'End of contract',
  resigned: 'Resigned',
  sacked: 'Sacked',
  'mutual-consent': 'Mutual consent',
  'interim-ended': 'End of interim spell',
  other: 'Other',
} as const;

export const en: ArticleText = {
  lang: 'en',
  date: enDate,
  shortDate: enShortDate,
  number: enNumber,
  decimal: enDecimal,
  ordinal: enOrdinal,
  count: enCount,
  list: enList,
  signed: enSigned,
  competitionTitle: (name, years) => `${years} ${name}`,
  stageOf: (stage, competition) => `${stage} of the ${competition}`,
  unknown: 'unknown',
  notApplicable: 'N/A',
  awarded: 'awarded',
  scoreUnknown: '?',
  interim: 'interim',
  reported: 'reported',
  partial: (counted, expected, of) => {
    const matches = `match${(expected ?? counted) === 1 ? '' : 'es'} ${EN_COVERAGE[of]}`;
    return expected !== undefined
      ? `from ${counted} of the ${expected} ${matches}`
      : `from the ${counted} ${matches}`;
  },
  otherReport: (value) => `another source gives ${value}`,
  goals: (n) => `${n} goal${n === 1 ? '' : 's'}`,
  perMatch: (value) => `${value} per match`,
  sections: {
    modus: 'Competition modus',
    teams: 'Teams',
    personnel: 'Personnel and kits',
    managerialChanges: 'Managerial changes',
    groupStage: 'Group stage',
    results: 'Results',
    final: 'Final',
    playoff: 'Play-off',
    topScorers: 'Top goalscorers',
    seeAlso: 'See also',
    references: 'References',
  },
  infobox: {
    competition: 'Competition',
    season: 'Season',
    dates: 'Dates',
    winners: 'Champions',
    topScorer: 'Top scorer',
    biggestHomeWin: 'Biggest home win',
    biggestAwayWin: 'Biggest away win',
    highestScoring: 'Highest scoring',
    matches: 'Matches played',
    goals: 'Goals scored',
    previous: 'Previous season',
    next: 'Next season',
    highestAttendance: 'Highest attendance',
    lowestAttendance: 'Lowest attendance',
    totalAttendance: 'Total attendance',
    averageAttendance: 'Average attendance',
  },
  columns: {
    team: 'Team',
    city: 'City',
    stadium: 'Stadium',
    capacity: 'Capacity',
    manager: 'Manager',
    captain: 'Captain',
    kitManufacturer: 'Kit manufacturer',
    shirtSponsor: 'Shirt sponsor',
    outgoing: 'Outgoing manager',
    departure: 'Manner of departure',
    vacancy: 'Date of vacancy',
    position: 'Position in table',
    incoming: 'Incoming manager',
    appointed: 'Date of appointment',
    rank: 'Rank',
    player: 'Player',
    nationality: 'Nationality',
    club: 'Club',
    goals: 'Goals',
    penalties: 'Penalties',
    played: 'Pld',
    won: 'W',
    drawn: 'D',
    lost: 'L',
    goalsFor: 'GF',
    goalsAgainst: 'GA',
    goalDifference: 'GD',
    points: 'Pts',
    homeAway: 'Home \\ Away',
  },
  changes: {
    preSeason: 'Pre-season changes',
    inSeason: 'Season changes',
    undated: 'Changes without a known date',
  },
  departure: (d) => (d ? DEPARTURES[d] : 'unknown'),
  personnelNote:
    'Flags indicate national team as defined under FIFA eligibility rules. Players may hold more than one non-FIFA nationality.',
  tiebreaker: enTiebreaker,
  tableUnknown: (known, expected, group) =>
    known === 0
      ? `No result of this ${group ? 'group' : 'stage'} is known, so its table cannot be worked out.`
      : `Only ${known}${expected !== undefined ? ` of the ${expected}` : ''} results of this ${group ? 'group' : 'stage'} ${known === 1 ? 'is' : 'are'} known, so its table cannot be worked out.`,
  tieNote: (above, below, criterion) => `${above} ranked above ${below} on ${criterion}.`,
  recordedWinner: (team, group) => `${group ? 'Group winner' : 'Winner'}, as reported: ${team}.`,
  recordedQualified: (teams) => `Went through, as reported: ${enList(teams)}.`,
  stageNothing: 'Nothing of this stage is recorded: no group, team or result.',
  finalToPlay: (sides, date) =>
    `The final${sides ? `, ${sides[0]} v ${sides[1]},` : ''} is still to be played${date ? ` (${date})` : ''}.`,
  adjustmentNote: (team, points, reason) => `${team}: ${enSigned(points)} points (${reason}).`,
  qualificationNotTaken: (team) => `${team} (place not taken: the condition was not met)`,
  qualificationPending: 'to be decided',
  scorersReported: (sources) =>
    `Not every scorer of the competition is known; the list below is as reported by ${sources}.`,
  scorersPartial: (counted, expected) =>
    `Not every scorer is known: the list counts the goals of the ${counted}${expected !== undefined ? ` of ${expected}` : ''} matches whose scorers are.`,
  penaltiesOf: 'Penalties',
  afterExtraTime: 'a.e.t.',
  onPenalties: 'on penalties',
  eventMarks: { pen: '(pen.)', og: '(o.g.)', red: 'red card' },
  stadiumLabel: 'Stadium',
  attendanceLabel: 'Attendance',
  refereeLabel: 'Referee',
  approximately: 'about',
  lead: enLead,
  modus: enModus,
};
