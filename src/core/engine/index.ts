export * from './engine-types.ts';
export { isOutcomeOnly, isPartial, tableCompleteness, type TableCompleteness } from './table-completeness.ts';
export { EngineError, type EngineErrorCode } from './engine-error.ts';
export { SeasonEngine, createSeasonEngine } from './season-engine.ts';
export { seasonSummary } from './summary.ts';
export { tableRulesFor, tieRulesFor } from './resolve-rules.ts';
export {
  cyclesProvenance,
  isStated,
  tableRulesProvenance,
  tieRulesProvenance,
  type Provenance,
  type TableRulesProvenance,
  type TieRuleField,
} from './rule-provenance.ts';
export { roundDrawRequest } from './round-draw.ts';
export type { RoundDraw, RoundDrawError, RoundDrawRequest, RoundEntrant } from './round-draw.ts';
export { drawnTieId } from './knockout-builder.ts';
export { drawSpecFor } from './draw-request.ts';
export { groupMembers } from './group-members.ts';
export { stageMembership } from './stage-members.ts';
export { knockoutSchedule } from './knockout-fixtures.ts';
export type { KnockoutFixture, KnockoutSchedule, RoundWaiting } from './knockout-fixtures.ts';
export { linkStatus } from './link-status.ts';
