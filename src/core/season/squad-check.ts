import type { MatchFactDoc, SeasonDoc } from '../definition/index.ts';
import type { Side } from '../model/index.ts';
import type { IssuePath, SeasonIssue } from './issue.ts';
import { PeopleResolver } from './people-resolver.ts';
import type { SeasonIndex } from './season.ts';

/**
 * Everyone a match report names for a team — scorers, booked players, line-ups, penalty takers —
 * must be in that team's squad when the season gives one. An own goal is scored by a player of
 * the other team (it is listed under the side it counts for). Teams without a squad are not
 * checked: most seasons do not list squads.
 */
export function checkSquads(doc: SeasonDoc, idx: SeasonIndex, add: (issue: SeasonIssue) => void): void {
  const squads = squadsOf(idx);
  if (squads.size === 0) return;
  const people = new PeopleResolver(doc.people);
  doc.matches.forEach((m, i) => checkMatchSquads(m, ['matches', i], idx, people, add));
}

const squadsByTeams = new WeakMap<SeasonIndex['teams'], ReadonlyMap<string, ReadonlySet<string>>>();

/** Each team's squad, by team id (teams without one are left out), worked out once per definition. */
function squadsOf(idx: SeasonIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let squads = squadsByTeams.get(idx.teams);
  if (!squads) {
    const found = new Map<string, ReadonlySet<string>>();
    for (const t of idx.teams.values()) if (t.doc?.squad) found.set(t.id, new Set(t.doc.squad));
    squadsByTeams.set(idx.teams, (squads = found));
  }
  return squads;
}

/** The squad check of one match, at `path` (a write checks the match it records and nothing else). */
export function checkMatchSquads(
  m: MatchFactDoc,
  path: IssuePath,
  idx: SeasonIndex,
  people: PeopleResolver,
  add: (issue: SeasonIssue) => void,
): void {
  const squads = squadsOf(idx);
  if (squads.size === 0) return;
  const check = (name: string, side: Side, at: IssuePath, what: string) => {
    const team = m[side];
    const squad = squads.get(team);
    if (!squad) return;
    const id = people.resolve(name);
    if (id !== undefined && squad.has(id)) return;
    const teamName = idx.teams.get(team)?.name ?? team;
    add({
      code: 'not_in_squad',
      path: at,
      message: `${what} '${name}' is not in ${teamName}'s squad${id === undefined ? ' (nor a person of this season)' : ''}`,
      expected: `a player of ${teamName}'s squad`,
    });
  };
  checkMatchPeople(m, path, check);
}

type Check = (name: string, side: Side, path: IssuePath, what: string) => void;

const other = (side: Side): Side => (side === 'home' ? 'away' : 'home');

function checkMatchPeople(m: MatchFactDoc, p: IssuePath, check: Check): void {
  for (const side of ['home', 'away'] as const) {
    m.goals?.[side].forEach((g, j) =>
      g.kind === 'own-goal'
        ? check(g.player, other(side), [...p, 'goals', side, j], 'own-goal scorer')
        : check(g.player, side, [...p, 'goals', side, j], 'scorer'),
    );
    m.cards?.[side].forEach((c, j) => check(c.player, side, [...p, 'cards', side, j], 'booked player'));
    const lineup = m.lineups?.[side];
    lineup?.starting.forEach((n, j) => check(n, side, [...p, 'lineups', side, 'starting', j], 'starter'));
    lineup?.substitutes?.forEach((n, j) =>
      check(n, side, [...p, 'lineups', side, 'substitutes', j], 'substitute'),
    );
    lineup?.substitutions?.forEach((s, j) => {
      check(s.off, side, [...p, 'lineups', side, 'substitutions', j, 'off'], 'substituted player');
      check(s.on, side, [...p, 'lineups', side, 'substitutions', j, 'on'], 'substitute');
    });
    m.shootout?.[side].forEach((k, j) => check(k.player, side, [...p, 'shootout', side, j], 'penalty taker'));
  }
}
