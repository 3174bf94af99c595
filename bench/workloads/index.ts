import type { Workload } from '../bench-row.ts';
import { draw } from './draw.ts';
import { fixtures } from './fixtures.ts';
import { httpLoad } from './http-load.ts';
import { importLoad } from './import.ts';
import { incremental } from './incremental.ts';
import { predictCalibration } from './predict-calibration.ts';
import { predictFit } from './predict-fit.ts';
import { knockoutDraw } from './knockout-draw.ts';
import { pyramid } from './pyramid.ts';
import { roundRobin20 } from './round-robin-20.ts';
import { simulate } from './simulate.ts';
import { simulateSeason } from './simulate-season.ts';
import { sseFanout } from './sse-fanout.ts';
import { roundRobinScale } from './round-robin-scale.ts';
import { tableThroughput } from './table-throughput.ts';
import { tiebreakWorst } from './tiebreak-worst.ts';

/** Every workload `npm run bench` runs, in order; each runs in its own process. */
export const WORKLOADS: readonly Workload[] = [
  roundRobin20,
  roundRobinScale,
  tableThroughput,
  tiebreakWorst,
  incremental,
  pyramid,
  fixtures,
  draw,
  predictFit,
  predictCalibration,
  simulate,
  simulateSeason,
  knockoutDraw,
  importLoad,
  httpLoad,
  sseFanout,
];
