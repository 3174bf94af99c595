import type { CompetitionDoc, EntrantDoc, MatchFactDoc, SeasonDoc } from '../definition/index.ts';
import { TIE_RULE_PRESET_IDS } from '../knockout/index.ts';
import { finalScore } from '../model/score.ts';
import { TABLE_RULES_PRESET_IDS } from '../tiebreakers/index.ts';
import { shootoutFromSides } from '../shootout/shootout.ts';
import type { SeasonIssue } from './issue.ts';
import { ReferenceChecker } from './references.ts';
import { findStage, indexSeason, type SeasonIndex } from './season.ts';
import { matchIdOf } from './match-id.ts';
import { checkSquads } from './squad-check.ts';

/**
 * Checks what a schema cannot: that every reference points at something defined, that ids are
 * unique, and that the facts agree with each other (goals with the score, shoot-outs with
 * their kicks, exclusions with the results).
 */
export function crossCheck(doc: SeasonDoc): SeasonIssue[] {
  const idx = indexSeason(doc);
  const c = new ReferenceChecker();
  const teamNames = new Map([...idx.teams.values()].map((t) => [t.id, t.name]));
  const team = (id: string | undefined, path: (string | number)[]) => c.ref('team', id, idx.teams, path, teamNames);
  const venue = (id: string | undefined, path: (string | number)[]) => c.ref('venue', id, idx.venues, path);
  const person = (id: string | undefined, path: (string | number)[]) => c.ref('person', id, idx.people, path);
  const source = (ids: readonly string[] | undefined, path: (string | number)[]) =>
    ids?.forEach((s, i) => c.ref('source', s, new Set(Object.keys(doc.sources)), [...path, 'sources', i]));

  c.unique('venue', doc.venues.map((v) => v.id), (i) => ['venues', i, 'id']);
  c.unique('club', doc.clubs.map((v) => v.id), (i) => ['clubs', i, 'id']);
  c.unique('team', doc.teams.map((v) => v.id), (i) => ['teams', i, 'id']);
  c.unique('person', doc.people.map((v) => v.id), (i) => ['people', i, 'id']);
  c.unique('competition', doc.competitions.map((v) => v.id), (i) => ['competitions', i, 'id']);
  c.unique('link', doc.links.map((v) => v.id), (i) => ['links', i, 'id']);

  doc.venues.forEach((v, i) => source(v.sources, ['venues', i]));
  doc.clubs.forEach((club, i) => { venue(club.venue, ['clubs', i, 'venue']); source(club.sources, ['clubs', i]); });
  doc.teams.forEach((t, i) => {
    c.ref('club', t.club, idx.clubs, ['teams', i, 'club']);
    venue(t.venue, ['teams', i, 'venue']);
    person(t.manager, ['teams', i, 'manager']);
    person(t.captain, ['teams', i, 'captain']);
    t.squad?.forEach((p, j) => person(p, ['teams', i, 'squad', j]));
  });
  doc.competitions.forEach((comp, i) => checkCompetition(comp, ['competitions', i], idx, c, team, venue));
  doc.links.forEach((l, i) => {
    const p = ['links', i];
    checkStageRef(l.from.competition, l.from.stage, l.from.group, [...p, 'from'], idx, c);
    if ('adjustment' in l.effect) checkStageRef(l.effect.adjustment.competition, l.effect.adjustment.stage, undefined, [...p, 'effect', 'adjustment'], idx, c);
    if (l.condition) checkStageRef(l.condition.competition, l.condition.stage, l.condition.group, [...p, 'condition'], idx, c);
    source(l.sources, p);
  });
  const matchIds = doc.matches.map((m) => matchIdOf(m));
  c.unique('match', matchIds, (i) => ['matches', i, doc.matches[i]!.id ? 'id' : 'home']);
  doc.matches.forEach((m, i) => checkMatch(m, ['matches', i], idx, c, team, venue, doc));
  checkSquads(doc, idx, (issue) => c.add(issue));
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
    Object.entries(d.groups ?? {}).forEach(([g, ts]) => ts.forEach((t, j) => team(t, ['draws', i, 'groups', g, j])));
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
  doc.reportedStats.forEach((r, i) => checkStageRef(r.competition, r.stage, undefined, ['reportedStats', i], idx, c));
  doc.linkResolutions.forEach((r, i) => {
    c.ref('link', r.link, new Set(doc.links.map((l) => l.id)), ['linkResolutions', i, 'link']);
    r.teams.forEach((t, j) => team(t, ['linkResolutions', i, 'teams', j]));
    source(r.sources, ['linkResolutions', i]);
  });
  return c.issues;
}

type Path = (string | number)[];
type RefFn = (id: string | undefined, path: Path) => boolean;

function checkStageRef(comp: string, stage: string | undefined, group: string | undefined, path: Path, idx: SeasonIndex, c: ReferenceChecker): void {
  if (!c.ref('competition', comp, idx.competitions, [...path, 'competition'])) return;
  const compDoc = idx.competitions.get(comp)!;
  if (stage === undefined) return;
  const stages = new Map(compDoc.stages.map((s) => [s.id, s]));
  if (!c.ref(`stage of ${comp}`, stage, stages, [...path, 'stage'])) return;
  const s = stages.get(stage)!;
  if (group !== undefined && s.format === 'groups') {
    c.ref(`group of ${comp}/${stage}`, group, new Map(s.groups.map((g) => [g.id, g])), [...path, 'group']);
  }
}

const tablePresets = new Set<string>(TABLE_RULES_PRESET_IDS);
const tiePresets = new Set<string>(TIE_RULE_PRESET_IDS);

function checkPresets(comp: CompetitionDoc, p: Path, c: ReferenceChecker): void {
  const table = (preset: string | undefined, path: Path) => c.ref('table rules preset', preset, tablePresets, [...path, 'preset']);
  const tie = (preset: string | undefined, path: Path) => c.ref('tie rules preset', preset, tiePresets, [...path, 'preset']);
  table(comp.rules?.preset, [...p, 'rules']);
  tie(comp.tie?.preset, [...p, 'tie']);
  comp.stages.forEach((s, j) => {
    table(s.rules?.preset, [...p, 'stages', j, 'rules']);
    if (s.format === 'knockout') {
      tie(s.tie?.preset, [...p, 'stages', j, 'tie']);
      s.rounds.forEach((r, k) => tie(r.tie?.preset, [...p, 'stages', j, 'rounds', k, 'tie']));
    }
  });
}

function checkCompetition(comp: CompetitionDoc, p: Path, idx: SeasonIndex, c: ReferenceChecker, team: RefFn, venue: RefFn): void {
  checkPresets(comp, p, c);
  comp.teams.forEach((t, j) => team(t, [...p, 'teams', j]));
  c.unique('stage', comp.stages.map((s) => s.id), (j) => [...p, 'stages', j, 'id']);
  const stageIds = new Map(comp.stages.map((s) => [s.id, s]));
  const entrant = (e: EntrantDoc, path: Path) => {
    if ('team' in e) team(e.team, [...path, 'team']);
    else if ('from' in e) c.ref(`stage of ${comp.id}`, e.from, stageIds, [...path, 'from']);
  };
  comp.stages.forEach((s, j) => {
    const sp = [...p, 'stages', j];
    if (s.format === 'league') {
      s.teams?.forEach((t, k) => team(t, [...sp, 'teams', k]));
      s.entrants?.forEach((e, k) => entrant(e, [...sp, 'entrants', k]));
      if (s.fixtures?.of) c.ref(`stage of ${comp.id}`, s.fixtures.of, stageIds, [...sp, 'fixtures', 'of']);
    } else if (s.format === 'groups') {
      c.unique('group', s.groups.map((g) => g.id), (k) => [...sp, 'groups', k, 'id']);
      s.groups.forEach((g, k) => {
        g.teams?.forEach((t, l) => team(t, [...sp, 'groups', k, 'teams', l]));
        g.entrants?.forEach((e, l) => entrant(e, [...sp, 'groups', k, 'entrants', l]));
        venue(g.venue, [...sp, 'groups', k, 'venue']);
      });
      const groups = new Map(s.groups.map((g) => [g.id, g]));
      s.draw?.seeded?.forEach((sd, k) => {
        team(sd.team, [...sp, 'draw', 'seeded', k, 'team']);
        c.ref(`group of ${comp.id}/${s.id}`, sd.group, groups, [...sp, 'draw', 'seeded', k, 'group']);
      });
      s.draw?.pots?.forEach((pot, k) => pot.forEach((t, l) => team(t, [...sp, 'draw', 'pots', k, l])));
    } else if (s.format === 'knockout') {
      s.rounds.forEach((r, k) => {
        r.entrants?.forEach((e, l) => entrant(e, [...sp, 'rounds', k, 'entrants', l]));
        venue(r.venue, [...sp, 'rounds', k, 'venue']);
      });
    } else {
      s.sources.forEach((src, k) => {
        const target = src.competition ? findStage(idx.competitions.get(src.competition) ?? comp, src.stage) : stageIds.get(src.stage);
        if (src.competition) c.ref('competition', src.competition, idx.competitions, [...sp, 'sources', k, 'competition']);
        if (!target) c.ref(`stage of ${src.competition ?? comp.id}`, src.stage, new Map(), [...sp, 'sources', k, 'stage']);
      });
    }
    if (s.advance?.to) c.ref(`stage of ${comp.id}`, s.advance.to, stageIds, [...sp, 'advance', 'to']);
  });
}

function checkMatch(m: MatchFactDoc, p: Path, idx: SeasonIndex, c: ReferenceChecker, team: RefFn, venue: RefFn, doc: SeasonDoc): void {
  checkStageRef(m.competition, m.stage, m.group, p, idx, c);
  const okHome = team(m.home, [...p, 'home']);
  const okAway = team(m.away, [...p, 'away']);
  venue(m.venue, [...p, 'venue']);
  for (const key of ['awardedTo', 'winner'] as const) {
    const t = m[key];
    if (t !== undefined && t !== m.home && t !== m.away && okHome && okAway) {
      c.add({ code: 'invalid_fact', path: [...p, key], message: `'${t}' did not play in this match`, expected: `'${m.home}' or '${m.away}'` });
    }
  }
  checkScores(m, p, c);
  checkExcluded(m, p, doc, c);
}

function checkScores(m: MatchFactDoc, p: Path, c: ReferenceChecker): void {
  if (!m.score) {
    if (m.extraTime || m.penalties || m.goals) c.add({ code: 'invalid_fact', path: [...p, 'score'], message: 'extra time, penalties or goals are given but the 90-minute score is missing', expected: 'a score like 2-1' });
    return;
  }
  const result = { fullTime: m.score, ...(m.extraTime ? { extraTime: m.extraTime } : {}) };
  if (m.extraTime && (m.extraTime.home < m.score.home || m.extraTime.away < m.score.away)) {
    c.add({ code: 'score_mismatch', path: [...p, 'extraTime'], message: `the score after extra time (${m.extraTime.home}-${m.extraTime.away}) is lower than after 90 minutes`, expected: 'the cumulative score after extra time' });
  }
  const fin = finalScore(result);
  if (m.penalties && fin.home !== fin.away) {
    c.add({ code: 'invalid_fact', path: [...p, 'penalties'], message: `a shoot-out is recorded but the match was not level (${fin.home}-${fin.away})`, expected: 'penalties only after a draw' });
  }
  for (const side of ['home', 'away'] as const) {
    const listed = m.goals?.[side];
    if (listed && listed.length > 0 && listed.length !== fin[side]) {
      c.add({ code: 'score_mismatch', path: [...p, 'goals', side], message: `${listed.length} goal(s) listed for the ${side} side but the score gives ${fin[side]}`, expected: `${fin[side]} goal(s), or none listed` });
    }
  }
  if (m.shootout) {
    const v = shootoutFromSides(m.shootout.home, m.shootout.away, m.shootout.first);
    if (v.status === 'invalid') c.add({ code: 'shootout_invalid', path: [...p, 'shootout'], message: `the shoot-out is not valid: ${v.reason}`, expected: 'kicks that alternate and stop once the shoot-out is decided' });
    else if (v.status === 'unfinished') c.add({ code: 'shootout_invalid', path: [...p, 'shootout'], message: `the shoot-out kicks end level or undecided (${v.score.home}-${v.score.away})`, expected: 'kicks until one side has won' });
    else if (m.penalties && (m.penalties.home !== v.score.home || m.penalties.away !== v.score.away)) {
      c.add({ code: 'score_mismatch', path: [...p, 'penalties'], message: `the kicks give ${v.score.home}-${v.score.away} but the shoot-out score says ${m.penalties.home}-${m.penalties.away}`, expected: `${v.score.home}-${v.score.away}` });
    }
  }
}

function checkExcluded(m: MatchFactDoc, p: Path, doc: SeasonDoc, c: ReferenceChecker): void {
  if (!m.score || (m.status && m.status !== 'played')) return;
  const id = matchIdOf(m);
  for (const e of doc.exclusions) {
    if (e.competition !== m.competition || (e.team !== m.home && e.team !== m.away)) continue;
    const hits =
      (e.scope === 'match' && e.match === id) ||
      (e.scope === 'tie' && e.tie !== undefined && e.tie === m.tie && (e.date === undefined || (m.date !== undefined && m.date >= e.date))) ||
      ((e.scope === 'stage' || e.scope === 'competition') && (e.stage === undefined || e.stage === m.stage) && e.date !== undefined && m.date !== undefined && m.date >= e.date);
    if (hits) {
      c.add({ code: 'excluded_team_played', path: [...p, 'score'], message: `'${e.team}' was excluded from this ${e.scope} (${e.reason}), so the match cannot have a played result`, expected: `status: awarded with awardedTo the opponent` });
    }
  }
}
