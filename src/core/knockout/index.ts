export type {
  TieRules,
  GoalsTieRules,
  PointsTieRules,
  ThirdMatchRules,
  MatchDecider,
  ReplayRules,
} from './tie-rules.ts';
export { TIE_RULE_PRESETS, TIE_RULE_PRESET_IDS, tieRulesPreset } from './tie-rule-presets.ts';
export type { TieRulePresetId } from './tie-rule-presets.ts';
export type { TieFact } from './tie-fact.ts';
export type {
  Awaiting,
  DecidedBy,
  MatchDecidedBy,
  TieDecided,
  TieInconsistency,
  TieInconsistent,
  TieOutcome,
  TiePending,
  TieTeams,
} from './tie-outcome.ts';
export { resolveTie } from './resolve-tie.ts';
export type {
  Bracket,
  BracketRound,
  BracketTie,
  BracketTieOutcome,
  BracketTieState,
  BracketState,
  SlotSource,
  SlotState,
} from './bracket.ts';
export { progressBracket } from './progress-bracket.ts';
