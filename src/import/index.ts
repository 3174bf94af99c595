export type * from './model/index.ts';
export { parseFootballTxt, parsePublishedTables, type FootballTxtOptions } from './football-txt/index.ts';
export { parseFootballJson, type FootballJsonOptions } from './football-json/index.ts';
export { parseFootballDataCsv, type FootballDataOptions } from './football-data-csv/index.ts';
export {
  parseEngsoccerdata,
  parseEngsoccerdataDeductions,
  type EngsoccerdataOptions,
} from './engsoccerdata/index.ts';
export { parsePointDeductions } from './seanelvidge/index.ts';
export {
  parseResultsCsv,
  REQUIRED_COLUMNS as RESULTS_CSV_REQUIRED_COLUMNS,
  OPTIONAL_COLUMNS as RESULTS_CSV_OPTIONAL_COLUMNS,
  type ResultsCsvResult,
  type ResultsCsvError,
  type ResultsCsvErrorCode,
} from './results-csv/index.ts';
export { checkMatches, type CheckOptions } from './quality/check-matches.ts';
export { assignTies, type TieOptions } from './ties/assign-ties.ts';
export { detectFormat, type SourceFormat, type Detection } from './detect-format.ts';
export { readSource, type ReadFile, type SourceRead, type ReadSourceOptions } from './read-source.ts';
