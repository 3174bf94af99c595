export { parseEngsoccerdata, type EngsoccerdataOptions } from './parse-engsoccerdata.ts';
export { parseEngsoccerdataDeductions } from './parse-deductions.ts';
