export { COPA_PERU_FORMATS, PYRAMID_LEVELS } from './structure.ts';
export type {
  Department,
  DistrictLeague,
  LevelFormat,
  Province,
  PyramidClub,
  PyramidFormats,
  PyramidLevel,
  PyramidStructure,
  Region,
} from './structure.ts';
export { COPA_PERU_2014_REGIONS, PERU_DEPARTMENTS } from './peru-departments.ts';
export { generateSyntheticPyramid } from './synthetic.ts';
export type { SyntheticPyramidOptions } from './synthetic.ts';
export { groupCount, groupSizes, knockoutRounds, phasesOf, qualifiersOf, roundName } from './level-shape.ts';
export type { PhaseShape } from './level-shape.ts';
export { pyramidLayout } from './pyramid-units.ts';
export type { EntrantSlot, PyramidLayout, PyramidUnit } from './pyramid-units.ts';
export { generatePyramidFixtures } from './generate-fixtures.ts';
export type { CompactFixtureList, LevelShape, PyramidFixtures } from './generate-fixtures.ts';
export { simulatePyramid } from './simulate-pyramid.ts';
export type { SimulationOptions } from './simulate-pyramid.ts';
export { DEFAULT_RESULT_MODEL, simulateScore } from './result-model.ts';
export type { ResultModel } from './result-model.ts';
export { rankLeague, SIMULATION_TABLE_RULES } from './rank-league.ts';
export type { LeagueRanking } from './rank-league.ts';
export type {
  LevelResult,
  PhaseResult,
  PyramidSimulation,
  TableRow,
  TieResult,
  UnitResult,
} from './simulation-result.ts';
export { COPA_PERU_SIZE_LIMITS, syntheticCopaPeru } from './synthetic-copa-peru.ts';
export type { CopaPeruSize } from './synthetic-copa-peru.ts';
export { copaPeruSeason, SYNTHETIC_COPA_PERU } from './copa-peru-season.ts';
export { playSeason } from './play-season.ts';
export type { PlayedSeason } from './play-season.ts';
