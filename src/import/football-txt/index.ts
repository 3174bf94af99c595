export { parseFootballTxt, type FootballTxtOptions } from './parse-football-txt.ts';
export { parsePublishedTables } from './published-table.ts';
