import type { TieDecided } from '../knockout/index.ts';
import type { Certainty, Qualifier, StageState } from './engine-types.ts';
import type { SeasonEngine } from './season-engine.ts';

/** A tie settled by a recorded winner (the deciding detail unknown) is as sure as its source. */
export const tieCertainty = (o: TieDecided): Certainty =>
  o.decidedBy === 'recorded' ? 'recorded' : 'derived';

/** The winner (or runner-up) of a stage: its last tie, its table, or what a source recorded. */
export function stageResult(
  engine: SeasonEngine,
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

export function stageState(engine: SeasonEngine, comp: string, stage: string): StageState {
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
  const groups = s.format === 'groups' ? s.groups.map((g) => g.id) : [undefined];
  return {
    kind: 'table',
    stage: s,
    tables: groups.map((g) => engine.table(comp, stage, g)),
    qualifiers: groups.flatMap((g) => engine.groupQualifiers(comp, s, g)),
  };
}
