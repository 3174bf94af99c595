import type { TeamId } from '../model/index.ts';
import { createRandom } from '../random/index.ts';
import { drawGroups } from './draw-groups.ts';
import type { DrawConstraint, DrawError, DrawPot, DrawStep, DrawTeam } from './draw-spec.ts';

/**
 * A knockout pairing draw: the same uniform machinery as a group draw, with ties as groups
 * of two. One pot is an open draw; two pots of equal size make a seeded draw (every tie
 * pairs a team of the first pot with one of the second). Ties are numbered from 1 and keep
 * their number into the bracket (the winner of tie 1 meets the winner of tie 2, …).
 */
export interface KnockoutDrawSpec {
  readonly teams: readonly DrawTeam[];
  readonly pots: readonly DrawPot[];
  /** Teams placed in a tie before the draw. */
  readonly seeded?: readonly { readonly team: TeamId; readonly tie: number }[];
  /** e.g. `{ kind: 'separate', by: 'group' }`: teams from the same group cannot meet. */
  readonly constraints?: readonly DrawConstraint[];
  /**
   * Who is at home first: `drawn` by lot for each tie (default), or the team from the first
   * (second) pot — regulations often give the seeded team the second leg at home.
   */
  readonly firstLeg?: 'drawn' | 'first-pot' | 'second-pot';
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
  readonly steps: readonly DrawStep[];
}

export type KnockoutDrawOutcome =
  | { readonly ok: true; readonly draw: KnockoutDrawResult }
  | { readonly ok: false; readonly seed: number; readonly error: DrawError };

export function drawKnockout(spec: KnockoutDrawSpec, seed: number): KnockoutDrawOutcome {
  const ties = Math.floor(spec.teams.length / 2);
  const outcome = drawGroups(
    {
      teams: spec.teams,
      groups: Array.from({ length: ties }, (_, i) => ({ id: String(i + 1), size: 2 })),
      pots: spec.pots,
      ...(spec.seeded && { seeded: spec.seeded.map((s) => ({ team: s.team, group: String(s.tie) })) }),
      ...(spec.constraints && { constraints: spec.constraints }),
    },
    seed,
  );
  if (!outcome.ok) return outcome;
  // The lots for home and away come from a stream of their own, after the pairing draw's.
  const lots = createRandom(seed);
  lots.fork();
  const firstPot = new Set(spec.pots[0]?.teams ?? []);
  const drawn = outcome.draw.groups.map((g, i): KnockoutTieDraw => {
    const [x, y] = g.teams as [TeamId, TeamId];
    const xFirst =
      spec.firstLeg === 'first-pot'
        ? firstPot.has(x)
        : spec.firstLeg === 'second-pot'
          ? !firstPot.has(x)
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
      steps: outcome.draw.steps,
    },
  };
}
