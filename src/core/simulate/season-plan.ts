import { cyclesOf, type CompetitionDoc, type LinkDoc, type StageDoc } from '../definition/index.ts';
import type { SeasonEngine, TieState } from '../engine/index.ts';
import type { TieRules } from '../knockout/index.ts';
import { countsInTable, type Match } from '../model/index.ts';
import type { StrengthModel } from '../predict/index.ts';
import { PlanTable, type LinkAdjustment } from './plan-table.ts';
import { seasonToPlay, type SeasonSimulationSetup, type SeasonToPlay } from './season-to-play.ts';

/** Where a side of a tie comes from in a run. */
export type PlanSide =
  | { readonly kind: 'team'; readonly team: string }
  | {
      readonly kind: 'position';
      readonly table: string;
      readonly position: number;
      readonly condition?: PlanCondition;
    };

/** "Only if in the top eight of the aggregate table", on a table of the plan. */
export interface PlanCondition {
  readonly table: string;
  readonly positionAtMost: number;
  readonly parentFirstTeam: boolean;
}

/** The tie that decides a knockout stage (its last round's only tie), played in each run. */
export interface PlanTie {
  readonly id: string;
  readonly comp: string;
  readonly stage: string;
  readonly round: string;
  readonly neutral: boolean;
  readonly rules: TieRules;
  readonly sides: readonly [PlanSide, PlanSide];
  /** Its matches recorded by the day, and fixtures facts list with their teams. */
  readonly known: readonly Match[];
  readonly waiting: readonly Match[];
}

/** Where a link takes its teams from in a run. */
export type PlanPick =
  | { readonly kind: 'stage'; readonly stage: string; readonly which: 'winner' | 'runner-up' }
  | { readonly kind: 'position'; readonly table: string; readonly position: number };

export interface PlanLink {
  readonly link: LinkDoc;
  readonly picks: readonly PlanPick[];
  readonly condition?: PlanCondition;
}

/**
 * A season compiled once for many runs: the matches left to play as one list with a sampler,
 * every table a run can change as columns (`PlanTable`), the ties that decide knockout stages,
 * the links that carry points, places and conditions between them — each by a string key, and
 * the season engine over the known matches for everything no run can change. A run
 * (`PlanRun`) plays the matches left, ranks the tables it needs and plays the deciding ties,
 * with no engine and no match objects for the table matches.
 */
export interface SeasonPlan {
  readonly prepared: SeasonToPlay;
  readonly model: StrengthModel;
  readonly tables: ReadonlyMap<string, PlanTable>;
  /** Knockout stages whose deciding tie a run plays, by `comp/stage`. */
  readonly ties: ReadonlyMap<string, PlanTie>;
  /** Links whose teams a run decides, by id. */
  readonly links: ReadonlyMap<string, PlanLink>;
}

/** Why a season cannot be compiled (the runs then go through the engine). */
export class PlanUnsupported extends Error {}

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

interface TableShape {
  readonly key: string;
  readonly comp: CompetitionDoc;
  readonly stage: StageDoc;
  readonly group?: string;
  readonly kind: 'table' | 'overall' | 'aggregate';
  /** Stages whose links land on this table. */
  readonly linkStages: readonly { comp: string; stage: string }[];
  readonly parts: readonly string[];
}

/**
 * Compiles a season for simulation, or throws `PlanUnsupported` naming the first thing a run
 * would have to derive that the plan does not model (a draw, a bracket fed by ties the runs
 * play, a qualifier list, a link a source already settled, …).
 */
export function compileSeasonPlan(setup: SeasonSimulationSetup): SeasonPlan {
  const prepared = seasonToPlay(setup);
  const { engine, index } = prepared;
  const doc = index.doc;
  const shapes = tableShapes(engine);
  const byKey = new Map(shapes.map((s) => [s.key, s]));
  const toPlayOf = new Map<string, number[]>();
  prepared.toPlay.forEach((m, k) => {
    const s = engine.stageOf(m.competition ?? '', m.stage);
    for (const shape of shapes) {
      if (shape.kind === 'aggregate') {
        if (s.format !== 'aggregate' && shape.stage.format === 'aggregate')
          if (
            shape.stage.sources.some(
              (src) => (src.competition ?? shape.comp.id) === m.competition && src.stage === s.id,
            )
          )
            push(toPlayOf, shape.key, k);
        continue;
      }
      if (shape.comp.id !== m.competition || shape.stage.id !== s.id) continue;
      const counted =
        shape.kind === 'overall'
          ? m.group === undefined || !knockoutGroup(s, m.group)
          : shape.group === undefined || shape.group === m.group;
      if (counted) push(toPlayOf, shape.key, k);
    }
  });
  // A table the known matches leave level for a play-off place gets its play-off in each run.
  const playoffPending = new Set(
    shapes
      .filter((shape) => shape.kind !== 'overall')
      .filter((shape) =>
        engine
          .table(shape.comp.id, shape.stage.id, shape.group)
          .explanations.some((e) => e.outcome === 'playoff_pending'),
      )
      .map((shape) => shape.key),
  );
  const recordedLinks = new Set(doc.adjustments.flatMap((a) => (a.link ? [a.link] : [])));
  const adjustmentLinks = (shape: TableShape): LinkDoc[] =>
    doc.links.filter(
      (l) =>
        'adjustment' in l.effect &&
        !recordedLinks.has(l.id) &&
        shape.linkStages.some(
          (st) =>
            'adjustment' in l.effect &&
            l.effect.adjustment.competition === st.comp &&
            (l.effect.adjustment.stage ?? engine.competition(st.comp).stages[0]?.id) === st.stage,
        ),
    );

  // Which tables, links and deciding ties a run can change: a fixpoint over what each reads.
  const dynamicTables = new Set<string>();
  const dynamicLinks = new Set<string>();
  const dynamicTies = new Set<string>();
  const linkReads = new Map(doc.links.map((l) => [l.id, linkReadsOf(engine, l)]));
  const tieReads = new Map<string, { tie: TieState; reads: string[]; playable: boolean }>();
  for (const { comp, stage } of prepared.knockoutStages) {
    const deciding = decidingTie(engine, comp, stage);
    if (deciding) tieReads.set(`${comp}/${stage}`, deciding);
  }
  for (let changed = true; changed;) {
    changed = false;
    const mark = (set: Set<string>, key: string) => {
      if (!set.has(key)) {
        set.add(key);
        changed = true;
      }
    };
    const dynamic = (key: string) => dynamicTables.has(key) || dynamicTies.has(key);
    for (const shape of shapes) {
      if (
        (toPlayOf.get(shape.key)?.length ?? 0) > 0 ||
        playoffPending.has(shape.key) ||
        shape.parts.some((p) => dynamicTables.has(p)) ||
        adjustmentLinks(shape).some((l) => dynamicLinks.has(l.id))
      )
        mark(dynamicTables, shape.key);
    }
    for (const [id, reads] of linkReads) if (reads.some(dynamic)) mark(dynamicLinks, id);
    for (const [key, t] of tieReads) if (t.playable || t.reads.some(dynamic)) mark(dynamicTies, key);
  }

  for (const [key, t] of tieReads)
    if (t.tie.outcome.status !== 'pending' && dynamicTies.has(key))
      // Decided by what is known, though the runs can give it other sides than its matches name.
      throw new PlanUnsupported(`${key}: a tie decided before its sides are final`);
  const tables = new Map<string, PlanTable>();
  for (const key of dynamicTables) {
    const shape = byKey.get(key)!;
    tables.set(
      key,
      compileTable(engine, prepared, shape, toPlayOf.get(key) ?? [], adjustmentLinks(shape), dynamicLinks),
    );
  }
  const links = new Map<string, PlanLink>();
  for (const id of dynamicLinks)
    links.set(
      id,
      compileLink(
        engine,
        doc.links.find((l) => l.id === id)!,
      ),
    );
  const ties = new Map<string, PlanTie>();
  for (const key of dynamicTies) {
    const [comp, stage] = key.split('/') as [string, string];
    ties.set(key, compileTie(engine, prepared, comp, stage, tieReads.get(key)!.tie));
  }
  return { prepared, model: setup.model, tables, ties, links };
}

const knockoutGroup = (s: StageDoc, group: string): boolean =>
  s.format === 'groups' && s.groups.some((g) => g.id === group && g.format === 'knockout');

const push = (map: Map<string, number[]>, key: string, value: number) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Every table of the season: each league, each group, all groups together, each aggregate. */
function tableShapes(engine: SeasonEngine): TableShape[] {
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

/** The tables and knockout stages a link reads: where it picks, and its condition. */
function linkReadsOf(engine: SeasonEngine, link: LinkDoc): string[] {
  const reads: string[] = [];
  const from = link.from;
  const stage = engine.stageOf(from.competition, from.stage);
  const pick = from.pick;
  if (pick === 'winner' || pick === 'runner-up' || pick === 'loser' || pick === 'qualified') {
    if (stage.format === 'knockout') reads.push(`${from.competition}/${stage.id}`);
    else if (!(stage.format === 'groups' && stage.groups.length > 1))
      reads.push(tableKey(engine, from.competition, stage.id, from.group));
  } else reads.push(tableKey(engine, from.competition, stage.id, from.group, from.overall === true));
  if (link.condition)
    reads.push(tableKey(engine, link.condition.competition, link.condition.stage, link.condition.group));
  return reads;
}

/**
 * The tie that names a knockout stage's winner (the last round's only tie), what its sides
 * read, and whether it can be played with the sides it has on the day.
 */
function decidingTie(
  engine: SeasonEngine,
  comp: string,
  stage: string,
): { tie: TieState; reads: string[]; playable: boolean } | undefined {
  const rounds = engine.rounds(comp, stage);
  const last = rounds.at(-1);
  if (last?.ties.length !== 1) return undefined;
  const tie = last.ties[0]!;
  const reads: string[] = [];
  for (const slot of tie.slots ?? []) {
    const o = slot.origin;
    if (o?.kind === 'position') reads.push(tableKey(engine, o.competition, o.stage, o.group));
    else if (
      !slot.team &&
      rounds.slice(0, -1).some((r) => r.ties.some((t) => t.outcome.status === 'pending'))
    )
      throw new PlanUnsupported(`${comp}/${stage}: a final fed by ties still to play`);
    if (slot.condition)
      reads.push(tableKey(engine, slot.condition.competition, slot.condition.stage, slot.condition.group));
  }
  const teams = tie.slots ? tie.slots.every((q) => q.team) : tie.matches.length > 0;
  return { tie, reads, playable: tie.outcome.status === 'pending' && teams };
}

function compileTable(
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

function compileLink(engine: SeasonEngine, link: LinkDoc): PlanLink {
  const doc = engine.index.doc;
  if (doc.adjustments.some((a) => a.link === link.id) || doc.linkResolutions.some((r) => r.link === link.id))
    throw new PlanUnsupported(`link ${link.id}: settled by a source before its runs`);
  const from = link.from;
  const stage = engine.stageOf(from.competition, from.stage);
  const pick = from.pick;
  let picks: PlanPick[];
  if (pick === 'qualified') throw new PlanUnsupported(`link ${link.id}: picks the qualifiers`);
  else if (pick === 'winner' || pick === 'runner-up' || pick === 'loser')
    picks = [
      {
        kind: 'stage',
        stage: `${from.competition}/${stage.id}`,
        which: pick === 'winner' ? 'winner' : 'runner-up',
      },
    ];
  else
    picks = ('position' in pick ? [pick.position] : pick.positions).map((position) => ({
      kind: 'position',
      table: tableKey(engine, from.competition, stage.id, from.group, from.overall === true),
      position,
    }));
  const cond = link.condition;
  return {
    link,
    picks,
    ...(cond
      ? {
          condition: {
            table: tableKey(engine, cond.competition, cond.stage, cond.group),
            positionAtMost: cond.positionAtMost,
            parentFirstTeam: cond.team === 'parent-first-team',
          },
        }
      : {}),
  };
}

function compileTie(
  engine: SeasonEngine,
  prepared: SeasonToPlay,
  comp: string,
  stage: string,
  tie: TieState,
): PlanTie {
  const doc = engine.stageOf(comp, stage);
  if (doc.format !== 'knockout') throw new PlanUnsupported(`${comp}/${stage}: not a knockout`);
  if (
    engine.index.doc.exclusions.some(
      (e) => e.competition === comp && (e.stage === undefined || e.stage === stage),
    )
  )
    throw new PlanUnsupported(`${comp}/${stage}: an exclusion`);
  if (engine.recordedOutcomes(comp, stage).length > 0)
    throw new PlanUnsupported(`${comp}/${stage}: an outcome recorded before its tie is played`);
  const round = doc.rounds.find((r) => r.id === tie.round);
  const entrants = round?.entrants ?? [];
  const side = (i: 0 | 1): PlanSide => {
    const slot = tie.slots?.[i];
    if (!slot) {
      const first = tie.matches[0];
      if (!first) throw new PlanUnsupported(`${comp}/${stage}: a tie with neither sides nor matches`);
      return { kind: 'team', team: i === 0 ? first.home : first.away };
    }
    const o = slot.origin;
    if (o?.kind !== 'position') {
      if (!slot.team) throw new PlanUnsupported(`${comp}/${stage}: a side the plan cannot derive`);
      return { kind: 'team', team: slot.team };
    }
    const from = engine.stageOf(o.competition, o.stage);
    if (from.format === 'groups' && from.groups.find((g) => g.id === o.group)?.format === 'knockout')
      throw new PlanUnsupported(`${comp}/${stage}: a place from a group played as a knockout`);
    const e = entrants.find((x) => {
      const plain = 'entrant' in x ? x.entrant : x;
      return (
        'position' in plain &&
        !('best' in plain) &&
        plain.from === o.stage &&
        plain.position === o.position &&
        plain.group === o.group
      );
    });
    if (e && 'entrant' in e && e.otherwise !== undefined)
      throw new PlanUnsupported(`${comp}/${stage}: a place inherited when its condition fails`);
    const cond = e && 'entrant' in e ? e.condition : undefined;
    return {
      kind: 'position',
      table: tableKey(engine, o.competition, o.stage, o.group),
      position: o.position,
      ...(cond
        ? {
            condition: {
              table: tableKey(engine, cond.competition ?? comp, cond.stage, cond.group),
              positionAtMost: cond.positionAtMost,
              parentFirstTeam: cond.team === 'parent-first-team',
            },
          }
        : {}),
    };
  };
  return {
    id: tie.id,
    comp,
    stage,
    round: tie.round,
    neutral: round?.neutral === true,
    rules: tie.rules,
    sides: [side(0), side(1)],
    known: tie.matches.filter((m) => countsInTable(m.status)),
    waiting: prepared.fixedKnockout.filter(
      (m) => m.competition === comp && m.stage === stage && m.tie === tie.id,
    ),
  };
}
