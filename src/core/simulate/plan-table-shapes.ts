import { cyclesOf, type CompetitionDoc, type LinkDoc, type StageDoc } from '../definition/index.ts';
import type { SeasonEngine } from '../engine/index.ts';
import { countsInTable, type Match } from '../model/index.ts';
import { PlanTable, type LinkAdjustment } from './plan-table.ts';
import { PlanUnsupported } from './plan-unsupported.ts';
import type { SeasonToPlay } from './season-to-play.ts';

/** The key of a table: `comp/stage/group`; `comp/stage/*` for all groups together. */
export function tableKey(
  engine: SeasonEngine,
  comp: string,
  stage: string | undefined,
  group?: string,
  overall = false,
): string {
  const s = engine.stageOf(comp, stage);
  if (s.format === 'groups') {
    if (overall && s.groups.length > 1) return `${comp}/${s.id}/*`;
    if (group === undefined && s.groups.length === 1) return `${comp}/${s.id}/${s.groups[0]!.id}`;
    if (group === undefined && !overall)
      throw new PlanUnsupported(`${comp}/${s.id}: a groups stage as one table`);
  }
  return `${comp}/${s.id}/${s.format === 'groups' ? (group ?? '') : ''}`;
}

export interface TableShape {
  readonly key: string;
  readonly comp: CompetitionDoc;
  readonly stage: StageDoc;
  readonly group?: string;
  readonly kind: 'table' | 'overall' | 'aggregate';
  /** Stages whose links land on this table. */
  readonly linkStages: readonly { comp: string; stage: string }[];
  readonly parts: readonly string[];
}

/** Which tables count each match still to play (indices into `toPlay`), by table key. */
export function matchesOfTables(
  engine: SeasonEngine,
  shapes: readonly TableShape[],
  toPlay: readonly Match[],
): Map<string, number[]> {
  const byStage = new Map<string, TableShape[]>();
  for (const shape of shapes) {
    const stages =
      shape.stage.format === 'aggregate'
        ? shape.stage.sources.map((src) => `${src.competition ?? shape.comp.id}/${src.stage}`)
        : [`${shape.comp.id}/${shape.stage.id}`];
    for (const st of stages) byStage.set(st, [...(byStage.get(st) ?? []), shape]);
  }
  const out = new Map<string, number[]>();
  toPlay.forEach((m, k) => {
    const s = engine.stageOf(m.competition ?? '', m.stage);
    for (const shape of byStage.get(`${m.competition}/${s.id}`) ?? []) {
      const counted =
        shape.kind === 'aggregate' ||
        (shape.kind === 'overall'
          ? m.group === undefined || !knockoutGroup(s, m.group)
          : shape.group === undefined || shape.group === m.group);
      if (counted) push(out, shape.key, k);
    }
  });
  return out;
}

const knockoutGroup = (s: StageDoc, group: string): boolean =>
  s.format === 'groups' && s.groups.some((g) => g.id === group && g.format === 'knockout');

const push = (map: Map<string, number[]>, key: string, value: number) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Every table of the season: each league, each group, all groups together, each aggregate. */
export function tableShapes(engine: SeasonEngine): TableShape[] {
  const out: TableShape[] = [];
  for (const c of engine.index.doc.competitions)
    for (const s of c.stages) {
      const own = [{ comp: c.id, stage: s.id }];
      if (s.format === 'knockout') continue;
      if (s.format === 'aggregate') {
        const sources = s.sources.map((src) => ({ comp: src.competition ?? c.id, stage: src.stage }));
        out.push({
          key: tableKey(engine, c.id, s.id),
          comp: c,
          stage: s,
          kind: 'aggregate',
          linkStages: [...own, ...sources],
          parts: sources.map((src) => tableKey(engine, src.comp, src.stage)),
        });
        continue;
      }
      const groups = s.format === 'groups' ? engine.tableGroupIds(s) : [undefined];
      for (const group of groups)
        out.push({
          key: `${c.id}/${s.id}/${group ?? ''}`,
          comp: c,
          stage: s,
          ...(group !== undefined ? { group } : {}),
          kind: 'table',
          linkStages: own,
          parts: [],
        });
      if (s.format === 'groups' && s.groups.length > 1)
        out.push({
          key: `${c.id}/${s.id}/*`,
          comp: c,
          stage: s,
          kind: 'overall',
          linkStages: own,
          parts: groups.map((g) => `${c.id}/${s.id}/${g}`),
        });
    }
  return out;
}

export function compileTable(
  engine: SeasonEngine,
  prepared: SeasonToPlay,
  shape: TableShape,
  toPlay: readonly number[],
  links: readonly LinkDoc[],
  dynamicLinks: ReadonlySet<string>,
): PlanTable {
  const { comp: c, stage: s, group } = shape;
  const table = shape.kind === 'overall' ? engine.overallTable(c.id, s.id) : engine.table(c.id, s.id, group);
  const teams = table.rows.map((r) => r.team);
  const known = stageMatches(engine, shape).filter((m) => countsInTable(m.status));
  if (known.some((m) => m.playoff))
    throw new PlanUnsupported(`${shape.key}: a play-off recorded before the table is final`);
  const toPlayMatches = toPlay.map((k) => prepared.toPlay[k]!);
  const inTable = new Set(teams);
  for (const m of toPlayMatches)
    if (!inTable.has(m.home) || !inTable.has(m.away))
      throw new PlanUnsupported(`${shape.key}: a match of a team not in the table on the day`);
  const adjustments = new Map<string, number>();
  for (const a of table.adjustments) adjustments.set(a.team, (adjustments.get(a.team) ?? 0) + a.points);
  const linkAdjustments: LinkAdjustment[] = links
    .filter((l) => dynamicLinks.has(l.id))
    .map((l) => {
      const adj = (l.effect as Extract<LinkDoc['effect'], { adjustment: unknown }>).adjustment;
      return { link: l.id, points: adj.points, parentFirstTeam: adj.team === 'parent-first-team' };
    });
  const own = links.filter(
    (l) =>
      'adjustment' in l.effect &&
      l.effect.adjustment.competition === c.id &&
      (l.effect.adjustment.stage ?? c.stages[0]?.id) === s.id,
  );
  const cycles = s.format === 'league' || s.format === 'groups' ? cyclesOf(s) : 1;
  // Final only when every match the format implies has a score (`tableCompleteness`): a known
  // match played without one keeps the table open in every run.
  const played = known.filter((m) => m.result !== undefined).length + toPlayMatches.length;
  const expected = teams.length > 1 ? (teams.length * (teams.length - 1) * cycles) / 2 : undefined;
  return new PlanTable({
    key: shape.key,
    teams,
    rules: table.rules,
    known,
    toPlay,
    toPlayMatches,
    adjustments,
    lots:
      shape.kind === 'overall'
        ? []
        : engine.index.doc.lots
            .filter((l) => l.competition === c.id && l.stage === s.id && l.group === group)
            .map((l) => l.order),
    linkAdjustments,
    awaitingLinks: shape.kind === 'overall' ? [] : own.map((l) => l.id),
    ...(shape.kind !== 'table' ? { parts: shape.parts } : {}),
    complete: shape.kind === 'table' && expected !== undefined && played >= expected,
    matchesPlayed: known.length + toPlayMatches.length,
    outcomes: engine.recordedOutcomes(c.id, s.id, shape.kind === 'overall' ? undefined : group),
  });
}

/** The known table matches of a table (play-offs apart), as the engine gathers them. */
function stageMatches(engine: SeasonEngine, shape: TableShape): Match[] {
  const { comp: c, stage: s } = shape;
  if (s.format === 'aggregate')
    return s.sources.flatMap((src) =>
      engine.stageMatches(src.competition ?? c.id, src.stage).filter((m) => !m.playoff),
    );
  const all = engine.stageMatches(c.id, s.id);
  // A group played as a knockout has no table: its ties are not ranked with the others.
  if (shape.kind === 'overall') return all.filter((m) => m.group === undefined || !knockoutGroup(s, m.group));
  if (s.format === 'groups' && s.playoffs?.length)
    throw new PlanUnsupported(`${shape.key}: play-offs between groups`);
  return all.filter((m) => shape.group === undefined || m.group === shape.group);
}
