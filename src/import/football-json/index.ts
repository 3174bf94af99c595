export { parseFootballJson, type FootballJsonOptions } from './parse-football-json.ts';
