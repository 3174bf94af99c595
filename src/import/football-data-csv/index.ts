export { parseFootballDataCsv, type FootballDataOptions } from './parse-football-data-csv.ts';
