import type { SeasonDoc } from '../core/definition/index.ts';
import type { IsoDate } from '../core/model/index.ts';
import type { StrengthModel } from '../core/predict/index.ts';
import type { TableSimulationInput } from '../core/simulate/index.ts';

/** What a worker is asked to play. Plain data only (structured clone). */
export type SimulationJob =
  | { readonly kind: 'table'; readonly input: TableSimulationInput; readonly seed: number }
  | {
      readonly kind: 'season';
      readonly doc: SeasonDoc;
      readonly asOf?: IsoDate;
      readonly model: StrengthModel;
      readonly seed: number;
    };

export interface ChunkRequest {
  readonly from: number;
  readonly to: number;
}
