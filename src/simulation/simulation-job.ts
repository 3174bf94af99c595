import type { TableSimulationInput } from '../core/simulate/index.ts';

/** What a worker is asked to do: runs `from` … `to − 1` of one simulation. Plain data only (structured clone). */
export interface TableJob {
  readonly kind: 'table';
  readonly input: TableSimulationInput;
  readonly seed: number;
}

export interface ChunkRequest {
  readonly from: number;
  readonly to: number;
}
