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
