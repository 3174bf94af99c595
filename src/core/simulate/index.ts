export { runStream, RunRandom } from './run-stream.ts';
export { ScorelineSampler, homeGoalsOf, awayGoalsOf } from './scoreline-sampler.ts';
export {
  simulateTable,
  addTableCounts,
  type TableCounts,
  type TableSimulationInput,
} from './simulate-table.ts';
export { tableSimulationInput, type TableToPlay } from './table-simulation-input.ts';
export { tableForecast, type TeamForecast, type TableZones } from './table-forecast.ts';
export {
  seasonPlan,
  simulateSeason,
  simulateWithPlan,
  type SeasonSimulationSetup,
} from './simulate-season.ts';
export type { SeasonPlan } from './season-plan.ts';
export { addSeasonCounts, emptySeasonCounts, type SeasonCounts, type TeamTally } from './season-counts.ts';
export { noChampion, seasonForecast, type SeasonTeamForecast } from './season-forecast.ts';
export { penaltyShootout } from './penalty-shootout.ts';
