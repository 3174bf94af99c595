import type { SeasonEngine, TieState } from '../engine/index.ts';
import type { TieRules } from '../knockout/index.ts';
import { countsInTable, type Match } from '../model/index.ts';
import { tableKey } from './plan-table-shapes.ts';
import { PlanUnsupported } from './plan-unsupported.ts';
import type { SeasonToPlay } from './season-to-play.ts';

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

/**
 * The tie that names a knockout stage's winner (the last round's only tie), what its sides
 * read, and whether it can be played with the sides it has on the day.
 */
export function decidingTie(
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

export function compileTie(
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
