import type { CoverageOf } from '../../../core/stats/index.ts';
import type { ManagerialChangeDoc } from '../../../core/definition/index.ts';
import type { TiebreakerId } from '../../../core/model/index.ts';
import type { ModusFact } from '../modus-facts.ts';

export type Lang = 'en' | 'es';

export type Departure = NonNullable<ManagerialChangeDoc['departure']>;

/** What the lead paragraph says, gathered from the season; the dictionary writes it. */
export interface LeadFacts {
  readonly title: string;
  readonly name: string;
  readonly sponsorTitle?: string;
  readonly edition?: number;
  readonly country?: string;
  readonly kind: 'league' | 'cup' | 'promotion' | 'reserves' | 'playoff';
  readonly level?: number;
  readonly teams: number;
  /** The competition whose clubs take part, when every team comes from one. */
  readonly teamsFrom?: string;
  readonly start?: string;
  readonly end?: string;
  readonly finished: boolean;
  readonly champion?: string;
  readonly runnerUp?: string;
  readonly titleNote?: string;
  readonly finalDecidedBy?: 'penalties' | 'extra_time' | 'normal';
}

/** Every word an article prints, in one language. Dictionaries are data plus small sentence functions. */
export interface ArticleText {
  readonly lang: Lang;
  date(iso: string): string;
  shortDate(iso: string): string;
  number(n: number): string;
  decimal(n: number, digits: number): string;
  ordinal(n: number): string;
  count(n: number): string;
  list(items: readonly string[]): string;
  signed(n: number): string;
  competitionTitle(name: string, years: string): string;
  /** "Aggregate table of the 2014 Torneo Descentralizado". */
  stageOf(stage: string, competition: string): string;
  readonly unknown: string;
  readonly notApplicable: string;
  readonly interim: string;
  readonly awarded: string;
  /** A match played whose score is not known. */
  readonly scoreUnknown: string;
  readonly reported: string;
  /** "from 20 of the 113 matches with a known result", "… whose scorers are known": what the count counts. */
  partial(counted: number, expected: number | undefined, of: CoverageOf): string;
  /** "another source gives 225". */
  otherReport(value: string): string;
  goals(n: number): string;
  perMatch(value: string): string;
  readonly sections: Readonly<
    Record<
      | 'modus'
      | 'teams'
      | 'personnel'
      | 'managerialChanges'
      | 'groupStage'
      | 'results'
      | 'final'
      | 'playoff'
      | 'topScorers'
      | 'seeAlso'
      | 'references',
      string
    >
  >;
  readonly infobox: Readonly<
    Record<
      | 'competition'
      | 'season'
      | 'dates'
      | 'winners'
      | 'topScorer'
      | 'biggestHomeWin'
      | 'biggestAwayWin'
      | 'highestScoring'
      | 'matches'
      | 'goals'
      | 'previous'
      | 'next'
      | 'highestAttendance'
      | 'lowestAttendance'
      | 'totalAttendance'
      | 'averageAttendance',
      string
    >
  >;
  readonly columns: Readonly<
    Record<
      | 'team'
      | 'city'
      | 'stadium'
      | 'capacity'
      | 'manager'
      | 'captain'
      | 'kitManufacturer'
      | 'shirtSponsor'
      | 'outgoing'
      | 'departure'
      | 'vacancy'
      | 'position'
      | 'incoming'
      | 'appointed'
      | 'rank'
      | 'player'
      | 'nationality'
      | 'club'
      | 'goals'
      | 'penalties'
      | 'played'
      | 'won'
      | 'drawn'
      | 'lost'
      | 'goalsFor'
      | 'goalsAgainst'
      | 'goalDifference'
      | 'points'
      | 'homeAway',
      string
    >
  >;
  readonly changes: Readonly<Record<'preSeason' | 'inSeason' | 'undated', string>>;
  departure(d: Departure | undefined): string;
  readonly personnelNote: string;
  tiebreaker(id: TiebreakerId): string;
  /** The group table cannot be derived: "Only 9 of the 56 results are known, so the table cannot be worked out." */
  /** Why a table is not shown: how many of its results are known ("of this group" or "of this stage"). */
  tableUnknown(known: number, expected: number | undefined, group: boolean): string;
  /** The winner a source recorded for a group (or a league stage). */
  recordedWinner(team: string, group: boolean): string;
  /** The teams a source recorded as going through from a group known only by that outcome. */
  recordedQualified(teams: readonly string[]): string;
  /** A stage nobody recorded anything of (no group, team or result). */
  readonly stageNothing: string;
  /** "The final, Alianza Lima v Universidad San Martín, is still to be played (21 May 2014)." */
  finalToPlay(sides: readonly [string, string] | undefined, date: string | undefined): string;
  /** "Club D ranked above Club A on points in the matches between them." */
  tieNote(above: string, below: string, criterion: string): string;
  adjustmentNote(team: string, points: number, reason: string): string;
  qualificationNotTaken(team: string): string;
  qualificationPending: string;
  scorersReported(sources: string): string;
  scorersPartial(counted: number, expected: number | undefined): string;
  readonly penaltiesOf: string;
  readonly afterExtraTime: string;
  readonly onPenalties: string;
  /** After a scorer or a booked player in a football box: a penalty goal, an own goal, a red card. */
  readonly eventMarks: { readonly pen: string; readonly og: string; readonly red: string };
  readonly stadiumLabel: string;
  readonly attendanceLabel: string;
  readonly refereeLabel: string;
  readonly approximately: string;
  lead(facts: LeadFacts): string[];
  modus(fact: ModusFact): string;
}
