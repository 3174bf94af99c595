import type {
  ClubDoc,
  CompetitionDoc,
  PersonDoc,
  SeasonDoc,
  StageDoc,
  TeamDoc,
  VenueDoc,
} from '../definition/index.ts';
import { withSameGroups } from './same-groups.ts';

/** A team with what it belongs to: every club has a first team, listed or not. */
export interface ResolvedTeam {
  readonly id: string;
  readonly club: ClubDoc;
  readonly kind: TeamDoc['kind'];
  readonly name: string;
  readonly code?: string;
  readonly venue?: string;
  readonly doc?: TeamDoc;
}

/** The season definition with its indexes built once: what every derivation reads. */
export interface SeasonIndex {
  readonly doc: SeasonDoc;
  readonly clubs: ReadonlyMap<string, ClubDoc>;
  readonly teams: ReadonlyMap<string, ResolvedTeam>;
  readonly venues: ReadonlyMap<string, VenueDoc>;
  readonly people: ReadonlyMap<string, PersonDoc>;
  readonly competitions: ReadonlyMap<string, CompetitionDoc>;
  /** The first team of each club, by club id. */
  readonly firstTeamOf: ReadonlyMap<string, string>;
}

/** The words that tell a club's other teams from its first team: "Melgar (reserves)". */
export interface TeamSuffixes {
  readonly reserve: string;
  readonly youth: string;
}

const ENGLISH_SUFFIXES: TeamSuffixes = { reserve: 'reserves', youth: 'youth' };

const teamName = (club: ClubDoc, t: TeamDoc | undefined, words: TeamSuffixes): string => {
  if (t?.name) return t.name;
  if (!t || t.kind === 'first') return club.name;
  return `${club.name} (${t.kind === 'reserve' ? words.reserve : words.youth})`;
};

/**
 * The season's indexes. `suffixes` name a club's reserve and youth teams that have no name of
 * their own; a surface speaking another language passes its dictionary's words.
 */
export function indexSeason(given: SeasonDoc, suffixes: TeamSuffixes = ENGLISH_SUFFIXES): SeasonIndex {
  // Groups written as "the same as" another competition's are filled in once, here.
  const doc = withSameGroups(given);
  const clubs = new Map(doc.clubs.map((c) => [c.id, c]));
  const teams = new Map<string, ResolvedTeam>();
  const firstTeamOf = new Map<string, string>();
  for (const t of doc.teams) {
    const club = clubs.get(t.club);
    if (!club) continue;
    teams.set(t.id, {
      id: t.id,
      club,
      kind: t.kind,
      name: teamName(club, t, suffixes),
      code: club.code,
      venue: t.venue ?? club.venue,
      doc: t,
    });
    if (t.kind === 'first') firstTeamOf.set(club.id, t.id);
  }
  for (const club of doc.clubs) {
    if (firstTeamOf.has(club.id) || teams.has(club.id)) continue;
    teams.set(club.id, {
      id: club.id,
      club,
      kind: 'first',
      name: club.name,
      code: club.code,
      venue: club.venue,
    });
    firstTeamOf.set(club.id, club.id);
  }
  return {
    doc,
    clubs,
    teams,
    venues: new Map(doc.venues.map((v) => [v.id, v])),
    people: new Map(doc.people.map((p) => [p.id, p])),
    competitions: new Map(doc.competitions.map((c) => [c.id, c])),
    firstTeamOf,
  };
}

export const findStage = (c: CompetitionDoc, stage: string): StageDoc | undefined =>
  c.stages.find((s) => s.id === stage);

/** The teams a stage's group holds, or the stage's (or competition's) teams for a league. */
export function groupIds(stage: StageDoc): readonly string[] {
  if (stage.format === 'groups') return stage.groups.map((g) => g.id);
  if (stage.format === 'knockout') return stage.rounds.map((r) => r.id);
  return [];
}
