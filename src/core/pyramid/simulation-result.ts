import type { DecidedBy } from '../knockout/index.ts';
import type { Match, TeamId } from '../model/index.ts';
import type { SeededRandom } from '../random/index.ts';
import type { SideRecord } from '../standings/index.ts';
import type { CompactFixtureList } from './generate-fixtures.ts';
import type { ResultModel } from './result-model.ts';
import type { PyramidLevel } from './structure.ts';

/** A simulated group's row: the standings' own record of a team, no adjustments or notes. */
export interface TableRow extends SideRecord {
  readonly team: TeamId;
}

export interface TieResult {
  /** The legs, then any extra time, shoot-out, replay or third match the tie rules called for. */
  readonly matches: readonly Match[];
  readonly winner: TeamId;
  readonly loser: TeamId;
  /** What settled it, as the knockout engine (`resolveTie`) says. */
  readonly decidedBy: DecidedBy;
}

export type PhaseResult =
  | { readonly kind: 'groups'; readonly groups: readonly (readonly TableRow[])[] }
  | {
      readonly kind: 'knockout';
      readonly round: string;
      readonly forTitle: boolean;
      readonly byes: readonly TeamId[];
      readonly ties: readonly TieResult[];
      /** When the pairings were drawn: the seed that reproduces the draw. */
      readonly drawSeed?: number;
    };

export interface UnitResult {
  readonly level: PyramidLevel;
  readonly unit: string;
  readonly name: string;
  readonly phases: readonly PhaseResult[];
  /** Best first: the unit's winner, then its runner-up, … */
  readonly qualifiers: readonly TeamId[];
}

export interface LevelResult {
  readonly level: PyramidLevel;
  readonly units: readonly UnitResult[];
  readonly matches: number;
}

export interface PyramidSimulation {
  readonly seed: number;
  readonly synthetic: boolean;
  readonly levels: readonly LevelResult[];
  readonly champion: TeamId;
  readonly runnerUp: TeamId;
  /** Goals of every first-level fixture, aligned with `generatePyramidFixtures(structure, seed)`. */
  readonly firstLevel: {
    readonly fixtures: CompactFixtureList;
    readonly homeGoals: Uint8Array;
    readonly awayGoals: Uint8Array;
  };
}

/** What playing a unit needs: the results stream, the model, each club's strength and id. */
export interface PlayContext {
  readonly random: SeededRandom;
  readonly model: ResultModel;
  readonly strength: Float64Array;
  readonly clubs: readonly TeamId[];
  /** Seed for drawing lots between clubs level in a table. */
  readonly lotsSeed: number;
  matches: number;
}

/** An entrant of a unit: a club number and where it qualified from. */
export interface Entrant {
  readonly club: number;
  readonly from: string;
  readonly position: number;
}
