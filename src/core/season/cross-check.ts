import { checkTies } from './check-ties.ts';
import type { SeasonDoc } from '../definition/index.ts';
import { checkCompetition, checkRoundRef, checkStageRef } from './check-competition.ts';
import { checkMatch } from './check-match.ts';
import type { SeasonIssue } from './issue.ts';
import { matchIdOf } from './match-id.ts';
import { ReferenceChecker } from './references.ts';
import { sameGroupsProblems } from './same-groups.ts';
import { indexSeason } from './season.ts';
import { checkSquads } from './squad-check.ts';
import { checkSquadQuotas } from './squad-quota-check.ts';

/**
 * Checks what a schema cannot: that every reference points at something defined, that ids are
 * unique, and that the facts agree with each other (goals with the score, shoot-outs with
 * their kicks, exclusions with the results).
 */
export function crossCheck(doc: SeasonDoc): SeasonIssue[] {
  const idx = indexSeason(doc);
  const c = new ReferenceChecker();
  const teamNames = new Map([...idx.teams.values()].map((t) => [t.id, t.name]));
  const team = (id: string | undefined, path: (string | number)[]) =>
    c.ref('team', id, idx.teams, path, teamNames);
  const venue = (id: string | undefined, path: (string | number)[]) => c.ref('venue', id, idx.venues, path);
  const person = (id: string | undefined, path: (string | number)[]) => c.ref('person', id, idx.people, path);
  const source = (ids: readonly string[] | undefined, path: (string | number)[]) =>
    ids?.forEach((s, i) => c.ref('source', s, new Set(Object.keys(doc.sources)), [...path, 'sources', i]));

  c.unique(
    'venue',
    doc.venues.map((v) => v.id),
    (i) => ['venues', i, 'id'],
  );
  c.unique(
    'club',
    doc.clubs.map((v) => v.id),
    (i) => ['clubs', i, 'id'],
  );
  c.unique(
    'team',
    doc.teams.map((v) => v.id),
    (i) => ['teams', i, 'id'],
  );
  c.unique(
    'person',
    doc.people.map((v) => v.id),
    (i) => ['people', i, 'id'],
  );
  c.unique(
    'competition',
    doc.competitions.map((v) => v.id),
    (i) => ['competitions', i, 'id'],
  );
  c.unique(
    'link',
    doc.links.map((v) => v.id),
    (i) => ['links', i, 'id'],
  );

  doc.venues.forEach((v, i) => source(v.sources, ['venues', i]));
  doc.clubs.forEach((club, i) => {
    venue(club.venue, ['clubs', i, 'venue']);
    source(club.sources, ['clubs', i]);
  });
  doc.teams.forEach((t, i) => {
    c.ref('club', t.club, idx.clubs, ['teams', i, 'club']);
    venue(t.venue, ['teams', i, 'venue']);
    person(t.manager, ['teams', i, 'manager']);
    person(t.captain, ['teams', i, 'captain']);
    t.squad?.forEach((p, j) => person(p, ['teams', i, 'squad', j]));
  });
  doc.competitions.forEach((comp, i) => checkCompetition(comp, ['competitions', i], idx, c, team, venue));
  for (const p of sameGroupsProblems(doc))
    c.add({
      code: 'unknown_reference',
      path: ['competitions', p.competition, 'stages', p.stage, 'groupsSameAs'],
      message: p.message,
      expected: p.expected,
    });
  doc.links.forEach((l, i) => {
    const p = ['links', i];
    checkStageRef(l.from.competition, l.from.stage, l.from.group, [...p, 'from'], idx, c);
    if ('adjustment' in l.effect)
      checkStageRef(
        l.effect.adjustment.competition,
        l.effect.adjustment.stage,
        undefined,
        [...p, 'effect', 'adjustment'],
        idx,
        c,
      );
    if (l.condition)
      checkStageRef(
        l.condition.competition,
        l.condition.stage,
        l.condition.group,
        [...p, 'condition'],
        idx,
        c,
      );
    source(l.sources, p);
  });
  const matchIds = doc.matches.map((m) => matchIdOf(m));
  c.unique('match', matchIds, (i) => ['matches', i, doc.matches[i]!.id ? 'id' : 'home']);
  doc.matches.forEach((m, i) => checkMatch(m, ['matches', i], idx, c, team, venue, doc));
  checkSquads(doc, idx, (issue) => c.add(issue));
  checkSquadQuotas(doc, idx, (issue) => c.add(issue));
  doc.adjustments.forEach((a, i) => {
    checkStageRef(a.competition, a.stage, a.group, ['adjustments', i], idx, c);
    team(a.team, ['adjustments', i, 'team']);
    if (a.link) c.ref('link', a.link, new Set(doc.links.map((l) => l.id)), ['adjustments', i, 'link']);
    source(a.sources, ['adjustments', i]);
  });
  doc.outcomes.forEach((o, i) => {
    const p = ['outcomes', i];
    checkStageRef(o.competition, o.stage, o.group, p, idx, c);
    team(o.winner, [...p, 'winner']);
    team(o.runnerUp, [...p, 'runnerUp']);
    o.qualified?.forEach((t, j) => team(t, [...p, 'qualified', j]));
    o.positions?.forEach((r, j) => team(r.team, [...p, 'positions', j, 'team']));
    source(o.sources, p);
  });
  doc.exclusions.forEach((e, i) => {
    checkStageRef(e.competition, e.stage, undefined, ['exclusions', i], idx, c);
    team(e.team, ['exclusions', i, 'team']);
    if (e.match) c.ref('match', e.match, new Set(matchIds), ['exclusions', i, 'match']);
    source(e.sources, ['exclusions', i]);
  });
  doc.lots.forEach((l, i) => {
    checkStageRef(l.competition, l.stage, l.group, ['lots', i], idx, c);
    l.order.forEach((t, j) => team(t, ['lots', i, 'order', j]));
  });
  doc.draws.forEach((d, i) => {
    checkStageRef(d.competition, d.stage, undefined, ['draws', i], idx, c);
    Object.entries(d.groups ?? {}).forEach(([g, ts]) =>
      ts.forEach((t, j) => team(t, ['draws', i, 'groups', g, j])),
    );
    d.pairs?.forEach((pair, j) => pair.forEach((t, k) => team(t, ['draws', i, 'pairs', j, k])));
    d.byes?.forEach((t, j) => team(t, ['draws', i, 'byes', j]));
    if (d.round) checkRoundRef(d.competition, d.stage, d.round, ['draws', i, 'round'], idx, c);
  });
  doc.managerialChanges.forEach((m, i) => {
    const p = ['managerialChanges', i];
    team(m.team, [...p, 'team']);
    person(m.outgoing, [...p, 'outgoing']);
    person(m.incoming, [...p, 'incoming']);
    if (m.competition) c.ref('competition', m.competition, idx.competitions, [...p, 'competition']);
    source(m.sources, p);
  });
  doc.reportedScorers.forEach((r, i) => {
    c.ref('competition', r.competition, idx.competitions, ['reportedScorers', i, 'competition']);
    person(r.player, ['reportedScorers', i, 'player']);
    team(r.team, ['reportedScorers', i, 'team']);
    source(r.sources, ['reportedScorers', i]);
  });
  doc.reportedStats.forEach((r, i) =>
    checkStageRef(r.competition, r.stage, undefined, ['reportedStats', i], idx, c),
  );
  doc.linkResolutions.forEach((r, i) => {
    c.ref('link', r.link, new Set(doc.links.map((l) => l.id)), ['linkResolutions', i, 'link']);
    r.teams.forEach((t, j) => team(t, ['linkResolutions', i, 'teams', j]));
    source(r.sources, ['linkResolutions', i]);
  });
  checkTies(doc).forEach((issue) => c.add(issue));
  return c.issues;
}
