import type { MatchFactDoc, SeasonDoc } from '../definition/index.ts';
import { checkMatch } from './check-match.ts';
import type { SeasonIssue } from './issue.ts';
import { PeopleResolver } from './people-resolver.ts';
import { ReferenceChecker } from './references.ts';
import type { SeasonIndex } from './season.ts';
import { checkMatchSquads } from './squad-check.ts';

const teamNamesByTeams = new WeakMap<SeasonIndex['teams'], ReadonlyMap<string, string>>();
const peopleByList = new WeakMap<SeasonDoc['people'], PeopleResolver>();

/**
 * What `crossCheck` says about one match of a season, without looking at the others: its
 * references (competition, stage, group, teams, venue), its scores against its goals and
 * shoot-out, the exclusions of the season against its result, and its people against the squads.
 * A match fact reads nothing else, so recording one costs the same in week 1 and week 40; the
 * indexes it needs are built once per definition. `at` is the match's place in `doc.matches`
 * (the issues' paths say it).
 */
export function checkMatchFact(
  doc: SeasonDoc,
  idx: SeasonIndex,
  match: MatchFactDoc,
  at: number,
): SeasonIssue[] {
  let names = teamNamesByTeams.get(idx.teams);
  if (!names)
    teamNamesByTeams.set(idx.teams, (names = new Map([...idx.teams.values()].map((t) => [t.id, t.name]))));
  let people = peopleByList.get(doc.people);
  if (!people) peopleByList.set(doc.people, (people = new PeopleResolver(doc.people)));
  const c = new ReferenceChecker();
  const teamNames = names;
  checkMatch(
    match,
    ['matches', at],
    idx,
    c,
    (id, path) => c.ref('team', id, idx.teams, path, teamNames),
    (id, path) => c.ref('venue', id, idx.venues, path),
    doc,
  );
  checkMatchSquads(match, ['matches', at], idx, people, (issue) => c.add(issue));
  return c.issues;
}
