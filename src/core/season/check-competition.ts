import type { CompetitionDoc, EntrantDoc } from '../definition/index.ts';
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
  if (group !== undefined && s.format === 'groups') {
    c.ref(`group of ${comp}/${stage}`, group, new Map(s.groups.map((g) => [g.id, g])), [...path, 'group']);
  }
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
    if (s.format === 'knockout') {
      tie(s.tie?.preset, [...p, 'stages', j, 'tie']);
      s.rounds.forEach((r, k) => tie(r.tie?.preset, [...p, 'stages', j, 'rounds', k, 'tie']));
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
      c.unique(
        'group',
        s.groups.map((g) => g.id),
        (k) => [...sp, 'groups', k, 'id'],
      );
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
