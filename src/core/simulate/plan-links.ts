import type { LinkDoc } from '../definition/index.ts';
import type { SeasonEngine } from '../engine/index.ts';
import type { PlanCondition } from './plan-ties.ts';
import { tableKey } from './plan-table-shapes.ts';
import { PlanUnsupported } from './plan-unsupported.ts';

/** Where a link takes its teams from in a run. */
export type PlanPick =
  | { readonly kind: 'stage'; readonly stage: string; readonly which: 'winner' | 'runner-up' }
  | { readonly kind: 'position'; readonly table: string; readonly position: number };

export interface PlanLink {
  readonly link: LinkDoc;
  readonly picks: readonly PlanPick[];
  readonly condition?: PlanCondition;
}

/** The tables and knockout stages a link reads: where it picks, and its condition. */
export function linkReadsOf(engine: SeasonEngine, link: LinkDoc): string[] {
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

export function compileLink(engine: SeasonEngine, link: LinkDoc): PlanLink {
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
