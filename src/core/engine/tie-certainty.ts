import type { TieDecided } from '../knockout/index.ts';
import type { Certainty } from './engine-types.ts';

/** A tie settled by a recorded winner (the deciding detail unknown) is as sure as its source. */
export const tieCertainty = (o: TieDecided): Certainty =>
  o.decidedBy === 'recorded' ? 'recorded' : 'derived';
