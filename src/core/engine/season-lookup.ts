import type { CompetitionDoc, RecordedOutcomeDoc, StageDoc } from '../definition/index.ts';
import type { Match } from '../model/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import type { GroupTable, KnockoutRoundState, Qualifier } from './engine-types.ts';

/**
 * What the engine's helpers read of the season as derived so far. The season engine
 * implements it; the helpers take it as a parameter, so they import nothing from the engine
 * and the imports run one way (engine → helpers → this interface).
 */
export interface SeasonLookup {
  readonly index: SeasonIndex;
  competition(id: string): CompetitionDoc;
  stageOf(comp: string, stage?: string): StageDoc;
  stageMatches(comp: string, stage: string): readonly Match[];
  teamName(id: string): string;
  table(comp: string, stage: string, group?: string): GroupTable;
  position(
    comp: string,
    stage: string,
    group: string | undefined,
    position: number,
    overall?: boolean,
  ): Qualifier;
  recordedOutcomes(comp: string, stage: string, group?: string): RecordedOutcomeDoc[];
  /** The rounds of a knockout stage, or of a knockout group of a groups stage. */
  rounds(comp: string, stage: string, group?: string): readonly KnockoutRoundState[];
  /** Play-offs between teams of different groups of a stage, one round each. */
  playoffs(comp: string, stage: string): readonly KnockoutRoundState[];
  groupQualifiers(comp: string, s: StageDoc, group: string | undefined): Qualifier[];
  stageResult(comp: string, stage: string, which: 'winner' | 'runner-up'): Qualifier;
  parentFirstTeam(team: string): string;
  /** The groups of a groups stage: those listed, and those its recorded outcomes name. */
  groupIds(comp: string, s: StageDoc): readonly string[];
}
