import type { CompetitionDoc, EntrantDoc, KnockoutRoundDoc } from '../definition/index.ts';
import { TIE_RULE_PRESET_IDS } from '../knockout/index.ts';
import { TABLE_RULES_PRESET_IDS } from '../tiebreakers/index.ts';
import type { ReferenceChecker } from './references.ts';
import { findStage, type SeasonIndex } from './season.ts';

export type Path = (string | number)[];
export type RefFn = (id: string | undefined, path: Path) => boolean;

export function checkStageRef(
  comp: string,
  stage: string | undefined,
  group: string | undefined,
  path: Path,
  idx: SeasonIndex,
  c: ReferenceChecker,
): void {
  if (!c.ref('competition', comp, idx.competitions, [...path, 'competition'])) return;
  const compDoc = idx.competitions.get(comp)!;
  if (stage === undefined) return;
  const stages = new Map(compDoc.stages.map((s) => [s.id, s]));
  if (!c.ref(`stage of ${comp}`, stage, stages, [...path, 'stage'])) return;
  const s = stages.get(stage)!;
  // A stage whose groups are known only through recorded outcomes: any group id names one.
  if (group !== undefined && s.format === 'groups' && s.groupsFrom !== 'outcomes') {
    c.ref(`group of ${comp}/${stage}`, group, new Map(s.groups.map((g) => [g.id, g])), [...path, 'group']);
  }
}

/** A knockout round of a stage (a drawn pairing names its round). */
export function checkRoundRef(
  comp: string,
  stage: string,
  round: string,
  path: Path,
  idx: SeasonIndex,
  c: ReferenceChecker,
): void {
  const s = idx.competitions.get(comp)?.stages.find((x) => x.id === stage);
  if (!s) return;
  const rounds = new Map(s.format === 'knockout' ? s.rounds.map((r) => [r.id, r]) : []);
  c.ref(`knockout round of ${comp}/${stage}`, round, rounds, path);
}

const tablePresets = new Set<string>(TABLE_RULES_PRESET_IDS);
const tiePresets = new Set<string>(TIE_RULE_PRESET_IDS);

function checkPresets(comp: CompetitionDoc, p: Path, c: ReferenceChecker): void {
  const table = (preset: string | undefined, path: Path) =>
    c.ref('table rules preset', preset, tablePresets, [...path, 'preset']);
  const tie = (preset: string | undefined, path: Path) =>
    c.ref('tie rules preset', preset, tiePresets, [...path, 'preset']);
  table(comp.rules?.preset, [...p, 'rules']);
  tie(comp.tie?.preset, [...p, 'tie']);
  comp.stages.forEach((s, j) => {
    table(s.rules?.preset, [...p, 'stages', j, 'rules']);
    const rounds = (list: readonly KnockoutRoundDoc[] | undefined, rp: Path) =>
      list?.forEach((r, k) => tie(r.tie?.preset, [...rp, 'rounds', k, 'tie']));
    if (s.format === 'knockout') {
      tie(s.tie?.preset, [...p, 'stages', j, 'tie']);
      rounds(s.rounds, [...p, 'stages', j]);
    }
    if (s.format === 'groups') {
      s.groups.forEach((g, k) => {
        const gp = [...p, 'stages', j, 'groups', k];
        table(g.rules?.preset, [...gp, 'rules']);
        tie(g.tie?.preset, [...gp, 'tie']);
        rounds(g.rounds, gp);
      });
      s.playoffs?.forEach((po, k) => tie(po.tie?.preset, [...p, 'stages', j, 'playoffs', k, 'tie']));
    }
  });
}

export function checkCompetition(
  comp: CompetitionDoc,
  p: Path,
  idx: SeasonIndex,
  c: ReferenceChecker,
  team: RefFn,
  venue: RefFn,
): void {
  checkPresets(comp, p, c);
  comp.teams.forEach((t, j) => team(t, [...p, 'teams', j]));
  c.unique(
    'stage',
    comp.stages.map((s) => s.id),
    (j) => [...p, 'stages', j, 'id'],
  );
  const stageIds = new Map(comp.stages.map((s) => [s.id, s]));
  const entrant = (e: EntrantDoc, path: Path): void => {
    if ('team' in e) team(e.team, [...path, 'team']);
    else if ('from' in e) c.ref(`stage of ${comp.id}`, e.from, stageIds, [...path, 'from']);
    else if ('entrant' in e) {
      entrant(e.entrant, [...path, 'entrant']);
      if (e.otherwise) entrant(e.otherwise, [...path, 'otherwise']);
      const cond = e.condition;
      checkStageRef(cond.competition ?? comp.id, cond.stage, cond.group, [...path, 'condition'], idx, c);
    }
  };
  const rounds = (list: readonly KnockoutRoundDoc[] | undefined, rp: Path) =>
    list?.forEach((r, k) => {
      const at = [...rp, 'rounds', k];
      r.entrants?.forEach((e, l) => entrant(e, [...at, 'entrants', l]));
      r.ties?.forEach((t, l) => {
        if (t.home) entrant(t.home, [...at, 'ties', l, 'home']);
        if (t.away) entrant(t.away, [...at, 'ties', l, 'away']);
      });
      venue(r.venue, [...at, 'venue']);
      if (r.pairing === 'bracket' && k === 0)
        c.add({
          code: 'invalid_fact',
          path: [...at, 'pairing'],
          message: `round '${r.id}' is paired by bracket but has no round before it`,
          expected: 'fold, adjacent or draw for a first round, or ties',
        });
    });
  comp.stages.forEach((s, j) => {
    const sp = [...p, 'stages', j];
    if (s.format === 'league') {
      s.teams?.forEach((t, k) => team(t, [...sp, 'teams', k]));
      s.entrants?.forEach((e, k) => entrant(e, [...sp, 'entrants', k]));
      if (s.fixtures?.of) c.ref(`stage of ${comp.id}`, s.fixtures.of, stageIds, [...sp, 'fixtures', 'of']);
    } else if (s.format === 'groups') {
      if (s.groups.length === 0 && s.groupsFrom !== 'outcomes' && !s.groupsSameAs)
        c.add({
          code: 'invalid_fact',
          path: [...sp, 'groups'],
          message: `stage '${s.id}' has no groups`,
          expected:
            'at least one group, groupsSameAs: { competition, stage } when they are another competition’s, or groupsFrom: outcomes when its groups are known only through recorded outcomes',
        });
      c.unique(
        'group',
        s.groups.map((g) => g.id),
        (k) => [...sp, 'groups', k, 'id'],
      );
      s.groups.forEach((g, k) => {
        g.teams?.forEach((t, l) => team(t, [...sp, 'groups', k, 'teams', l]));
        g.entrants?.forEach((e, l) => entrant(e, [...sp, 'groups', k, 'entrants', l]));
        venue(g.venue, [...sp, 'groups', k, 'venue']);
        rounds(g.rounds, [...sp, 'groups', k]);
        if (g.rounds && g.format !== 'knockout')
          c.add({
            code: 'invalid_fact',
            path: [...sp, 'groups', k, 'rounds'],
            message: `group '${g.id}' lists knockout rounds but its format is round-robin`,
            expected: 'format: knockout',
          });
      });
      s.playoffs?.forEach((po, k) => {
        entrant(po.home, [...sp, 'playoffs', k, 'home']);
        entrant(po.away, [...sp, 'playoffs', k, 'away']);
        venue(po.venue, [...sp, 'playoffs', k, 'venue']);
      });
      const groups = new Map(s.groups.map((g) => [g.id, g]));
      s.draw?.seeded?.forEach((sd, k) => {
        team(sd.team, [...sp, 'draw', 'seeded', k, 'team']);
        c.ref(`group of ${comp.id}/${s.id}`, sd.group, groups, [...sp, 'draw', 'seeded', k, 'group']);
      });
      s.draw?.pots?.forEach((pot, k) => pot.forEach((t, l) => team(t, [...sp, 'draw', 'pots', k, l])));
    } else if (s.format === 'knockout') {
      rounds(s.rounds, sp);
    } else {
      s.sources.forEach((src, k) => {
        const target = src.competition
          ? findStage(idx.competitions.get(src.competition) ?? comp, src.stage)
          : stageIds.get(src.stage);
        if (src.competition)
          c.ref('competition', src.competition, idx.competitions, [...sp, 'sources', k, 'competition']);
        if (!target)
          c.ref(`stage of ${src.competition ?? comp.id}`, src.stage, new Map(), [
            ...sp,
            'sources',
            k,
            'stage',
          ]);
      });
    }
    if (s.advance?.to) c.ref(`stage of ${comp.id}`, s.advance.to, stageIds, [...sp, 'advance', 'to']);
  });
}
