export { parseResultsCsv, type ResultsCsvResult } from './parse-results-csv.ts';
export type { ResultsCsvError, ResultsCsvErrorCode } from './results-csv-error.ts';
export { REQUIRED_COLUMNS, OPTIONAL_COLUMNS } from './results-csv-columns.ts';
