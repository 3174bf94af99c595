import type { Qualifier, StageState } from './engine-types.ts';
import type { SeasonLookup } from './season-lookup.ts';
import { tieSide } from './knockout-qualifiers.ts';
import { tieCertainty } from './tie-certainty.ts';

/** The winner (or runner-up) of a stage: its last tie, its table, or what a source recorded. */
export function stageResult(
  engine: SeasonLookup,
  comp: string,
  stage: string,
  which: 'winner' | 'runner-up',
): Qualifier {
  const s = engine.stageOf(comp, stage);
  const slot = `${comp}/${stage} ${which}`;
  const recorded = engine
    .recordedOutcomes(comp, stage)
    .find((o) => (which === 'winner' ? o.winner : o.runnerUp));
  const fromRecord = (): Qualifier =>
    recorded
      ? {
          team: which === 'winner' ? recorded.winner! : recorded.runnerUp!,
          certainty: 'recorded',
          slot,
          ...(recorded.sources?.length ? { source: recorded.sources.join(', ') } : {}),
        }
      : { certainty: 'unknown', slot };
  if (s.format === 'knockout') {
    const last = engine.rounds(comp, stage).at(-1);
    const tie = last?.ties.length === 1 ? last.ties[0] : undefined;
    if (tie?.outcome.status === 'decided')
      return {
        team: which === 'winner' ? tie.outcome.winner : tie.outcome.loser,
        certainty: tieCertainty(tie.outcome),
        slot,
        ...(tie.outcome.source ? { source: tie.outcome.source } : {}),
      };
    return fromRecord();
  }
  if (s.format === 'groups' && s.groups.length > 1) return fromRecord();
  const q = engine.position(comp, stage, undefined, which === 'winner' ? 1 : 2);
  return q.certainty === 'derived' || !recorded ? q : fromRecord();
}

export function stageState(engine: SeasonLookup, comp: string, stage: string): StageState {
  const s = engine.stageOf(comp, stage);
  if (s.format === 'knockout') {
    return {
      kind: 'knockout',
      stage: s,
      rounds: engine.rounds(comp, stage),
      winner: engine.stageResult(comp, stage, 'winner'),
      runnerUp: engine.stageResult(comp, stage, 'runner-up'),
    };
  }
  if (s.format !== 'groups') {
    const table = engine.table(comp, stage);
    return {
      kind: 'table',
      stage: s,
      tables: [table],
      knockouts: [],
      playoffs: [],
      qualifiers: engine.groupQualifiers(comp, s, undefined),
    };
  }
  const ids = engine.groupIds(comp, s);
  const knockout = new Map(s.groups.filter((g) => g.format === 'knockout').map((g) => [g.id, g]));
  const playoffs = engine.playoffs(comp, stage);
  return {
    kind: 'table',
    stage: s,
    tables: ids.filter((g) => !knockout.has(g)).map((g) => engine.table(comp, stage, g)),
    knockouts: [...knockout.values()].map((g) => ({
      group: g.id,
      name: g.name ?? g.id,
      rounds: engine.rounds(comp, stage, g.id),
    })),
    playoffs,
    qualifiers: [
      ...ids.flatMap((g) => engine.groupQualifiers(comp, s, g)),
      ...playoffs.flatMap((r) => r.ties.map((t) => tieSide(t, true))),
    ],
  };
}
