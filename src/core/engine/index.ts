export * from './engine-types.ts';
export { EngineError, type EngineErrorCode } from './engine-error.ts';
export { SeasonEngine, createSeasonEngine } from './season-engine.ts';
export { seasonSummary } from './summary.ts';
export { tableRulesFor, tieRulesFor } from './resolve-rules.ts';
