export { parsePointDeductions } from './parse-point-deductions.ts';
