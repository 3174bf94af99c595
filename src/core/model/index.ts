export * from './ids.ts';
export * from './score.ts';
export * from './match.ts';
export * from './rules.ts';
