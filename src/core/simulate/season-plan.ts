import type { LinkDoc } from '../definition/index.ts';
import type { SeasonEngine } from '../engine/index.ts';
import type { StrengthModel } from '../predict/index.ts';
import { compileLink, linkReadsOf, type PlanLink } from './plan-links.ts';
import type { PlanTable } from './plan-table.ts';
import { compileTable, matchesOfTables, tableShapes, type TableShape } from './plan-table-shapes.ts';
import { compileTie, decidingTie, type PlanTie } from './plan-ties.ts';
import { PlanUnsupported } from './plan-unsupported.ts';
import { seasonToPlay, type SeasonSimulationSetup, type SeasonToPlay } from './season-to-play.ts';

export { PlanUnsupported };
export { tableKey } from './plan-table-shapes.ts';
export type { PlanLink, PlanPick } from './plan-links.ts';
export type { PlanCondition, PlanSide, PlanTie } from './plan-ties.ts';

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
  const toPlayOf = matchesOfTables(engine, shapes, prepared.toPlay);
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
  const adjustmentLinks = linksLandingOn(engine);
  const tieReads = new Map<string, DecidingTie>();
  for (const { comp, stage } of prepared.knockoutStages) {
    const deciding = decidingTie(engine, comp, stage);
    if (deciding) tieReads.set(`${comp}/${stage}`, deciding);
  }
  const { dynamicTables, dynamicLinks, dynamicTies } = whatRunsChange(
    shapes,
    (shape) => (toPlayOf.get(shape.key)?.length ?? 0) > 0 || playoffPending.has(shape.key),
    adjustmentLinks,
    new Map(doc.links.map((l) => [l.id, linkReadsOf(engine, l)])),
    tieReads,
  );
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

type DecidingTie = NonNullable<ReturnType<typeof decidingTie>>;

/** The links whose bonus or deduction lands on a table (its stage, or an aggregate's sources), not yet carried out on record. */
function linksLandingOn(engine: SeasonEngine): (shape: TableShape) => LinkDoc[] {
  const doc = engine.index.doc;
  const recorded = new Set(doc.adjustments.flatMap((a) => (a.link ? [a.link] : [])));
  return (shape) =>
    doc.links.filter(
      (l) =>
        'adjustment' in l.effect &&
        !recorded.has(l.id) &&
        shape.linkStages.some(
          (st) =>
            'adjustment' in l.effect &&
            l.effect.adjustment.competition === st.comp &&
            (l.effect.adjustment.stage ?? engine.competition(st.comp).stages[0]?.id) === st.stage,
        ),
    );
}

/**
 * Which tables, links and deciding ties a run can change: those with matches to play or a
 * play-off waiting, and whatever reads one of them (a table made of others, a bonus a link
 * lands, a link's pick or condition, a tie's sides) — a fixpoint, the graph being small.
 */
function whatRunsChange(
  shapes: readonly TableShape[],
  mayChange: (shape: TableShape) => boolean,
  adjustmentLinks: (shape: TableShape) => LinkDoc[],
  linkReads: ReadonlyMap<string, readonly string[]>,
  tieReads: ReadonlyMap<string, DecidingTie>,
): { dynamicTables: Set<string>; dynamicLinks: Set<string>; dynamicTies: Set<string> } {
  const dynamicTables = new Set<string>();
  const dynamicLinks = new Set<string>();
  const dynamicTies = new Set<string>();
  const dynamic = (key: string) => dynamicTables.has(key) || dynamicTies.has(key);
  let changed = true;
  const mark = (set: Set<string>, key: string) => {
    if (set.has(key)) return;
    set.add(key);
    changed = true;
  };
  while (changed) {
    changed = false;
    for (const shape of shapes)
      if (
        mayChange(shape) ||
        shape.parts.some((p) => dynamicTables.has(p)) ||
        adjustmentLinks(shape).some((l) => dynamicLinks.has(l.id))
      )
        mark(dynamicTables, shape.key);
    for (const [id, reads] of linkReads) if (reads.some(dynamic)) mark(dynamicLinks, id);
    for (const [key, t] of tieReads) if (t.playable || t.reads.some(dynamic)) mark(dynamicTies, key);
  }
  return { dynamicTables, dynamicLinks, dynamicTies };
}
