export { createRandom } from './seeded-random.ts';
export type { SeededRandom } from './seeded-random.ts';
