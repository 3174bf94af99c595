import type { TeamId } from '../model/index.ts';
import { createRandom } from '../random/index.ts';
import { drawGroups } from './draw-groups.ts';
import type { DrawConstraint, DrawError, DrawPot, DrawStep, DrawTeam } from './draw-spec.ts';

/** Who is at home in the first leg (or the single match) of a drawn tie. */
export const FIRST_LEG_RULES = ['drawn', 'first-pot', 'second-pot'] as const;
export type FirstLegRule = (typeof FIRST_LEG_RULES)[number];

/**
 * A knockout pairing draw: the same uniform machinery as a group draw, with ties as groups
 * of two and byes as groups of one. One pot is an open draw; two pots of equal size make a
 * seeded draw (every tie pairs a team of the first pot with one of the second). Ties are
 * numbered from 1 and keep their number into the bracket (the winner of tie 1 meets the
 * winner of tie 2, …).
 */
export interface KnockoutDrawSpec {
  readonly teams: readonly DrawTeam[];
  readonly pots: readonly DrawPot[];
  /** Teams placed in a tie before the draw (ties numbered from 1, then the byes). */
  readonly seeded?: readonly { readonly team: TeamId; readonly tie: number }[];
  /** e.g. `{ kind: 'separate', by: 'group' }`: teams from the same group cannot meet. */
  readonly constraints?: readonly DrawConstraint[];
  /**
   * Who is at home first: `drawn` by lot for each tie (default), or the team from the first
   * (second) pot — regulations often give the seeded team the second leg at home.
   */
  readonly firstLeg?: FirstLegRule;
  /** How many teams go through to the next round without playing, drawn like the ties. */
  readonly byes?: number;
  readonly stateLimit?: number;
}

export interface KnockoutTieDraw {
  readonly tie: number;
  /** At home in the first leg (or the single match). */
  readonly home: TeamId;
  readonly away: TeamId;
}

export interface KnockoutDrawResult {
  readonly seed: number;
  readonly method: 'exact-counting';
  /** Valid pairings the draw chose among, uniformly (home and away not counted). */
  readonly outcomes: string;
  readonly ties: readonly KnockoutTieDraw[];
  /** The teams drawn to go through without playing. */
  readonly byes: readonly TeamId[];
  /** Every ball: the tie (`"3"`) or bye (`"bye-1"`) it went to, with the odds of every slot open to it. */
  readonly steps: readonly DrawStep[];
}

export type KnockoutDrawOutcome =
  | { readonly ok: true; readonly draw: KnockoutDrawResult }
  | { readonly ok: false; readonly seed: number; readonly error: DrawError };

/** The slot id of a bye in the draw's steps. */
export const byeSlot = (i: number): string => `bye-${i + 1}`;

export function drawKnockout(spec: KnockoutDrawSpec, seed: number): KnockoutDrawOutcome {
  const byes = spec.byes ?? 0;
  const playing = spec.teams.length - byes;
  if (byes < 0 || playing < 2 || playing % 2 !== 0)
    return {
      ok: false,
      seed,
      error: {
        code: 'sizes-mismatch',
        path: ['byes'],
        places: Math.max(0, playing),
        teams: spec.teams.length,
      },
    };
  const ties = playing / 2;
  const outcome = drawGroups(
    {
      teams: spec.teams,
      groups: [
        ...Array.from({ length: ties }, (_, i) => ({ id: String(i + 1), size: 2 })),
        ...Array.from({ length: byes }, (_, i) => ({ id: byeSlot(i), size: 1 })),
      ],
      pots: spec.pots,
      ...(spec.seeded && {
        seeded: spec.seeded.map((s) => ({
          team: s.team,
          group: s.tie <= ties ? String(s.tie) : byeSlot(s.tie - ties - 1),
        })),
      }),
      ...(spec.constraints && { constraints: spec.constraints }),
      ...(spec.stateLimit !== undefined && { stateLimit: spec.stateLimit }),
    },
    seed,
  );
  if (!outcome.ok) return outcome;
  // The lots for home and away come from a stream of their own, after the pairing draw's.
  const lots = createRandom(seed);
  lots.fork();
  const firstPot = new Set(spec.pots[0]?.teams ?? []);
  const drawn = outcome.draw.groups.slice(0, ties).map((g, i): KnockoutTieDraw => {
    const [x, y] = g.teams as [TeamId, TeamId];
    const xFirst =
      spec.firstLeg === 'first-pot'
        ? firstPot.has(x) || !firstPot.has(y)
        : spec.firstLeg === 'second-pot'
          ? !firstPot.has(x) || firstPot.has(y)
          : lots.nextInt(0, 1) === 0;
    return { tie: i + 1, home: xFirst ? x : y, away: xFirst ? y : x };
  });
  return {
    ok: true,
    draw: {
      seed,
      method: 'exact-counting',
      outcomes: outcome.draw.outcomes,
      ties: drawn,
      byes: outcome.draw.groups.slice(ties).map((g) => g.teams[0] as TeamId),
      steps: outcome.draw.steps,
    },
  };
}
