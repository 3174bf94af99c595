export type {
  Criterion,
  CriterionScope,
  CriterionValue,
  HeadToHeadStats,
  PlayoffOutcome,
  Preparation,
  Ratio,
  TeamStats,
  TieContext,
  TieEvent,
  TieGroup,
} from './criterion.ts';
export { compareFractions, isRatio, ratio } from './ratio.ts';
export { fairPlayPoints } from './fair-play.ts';
export { goalAverageOf } from './goal-average.ts';
export { pointsPerGameOf } from './points-per-game.ts';
export { criteriaFor, criterionFor, isTiebreakerId } from './registry.ts';
export { LEVEL, splitLevelRange, splitTies, type SplitResult, type TieRecord } from './split-ties.ts';
export {
  TABLE_RULES_PRESETS,
  TABLE_RULES_PRESET_IDS,
  tableRulesPreset,
  type TableRulesPresetId,
} from './presets.ts';
export {
  StandingsError,
  type StandingsErrorCode,
  type StandingsErrorData,
  type StandingsErrorPath,
} from './standings-error.ts';
