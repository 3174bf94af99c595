import { drawKnockout, type KnockoutDrawSpec } from '../../src/core/draw/index.ts';
import { teamId } from '../../src/core/model/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { UCL_2023_24_ROUND_OF_16 } from '../data/ucl-2023-24-round-of-16.ts';
import { timeRuns } from '../measure.ts';

/** The draw UEFA held: winners v runners-up, group and country rivals kept apart, runners-up at home first. */
export function uclRoundOf16Spec(): KnockoutDrawSpec {
  const pot = (place: 1 | 2) =>
    UCL_2023_24_ROUND_OF_16.filter((t) => t.place === place).map((t) => teamId(t.id));
  return {
    teams: UCL_2023_24_ROUND_OF_16.map((t) => ({ id: teamId(t.id), group: t.group, country: t.country })),
    pots: [
      { name: 'Group winners', teams: pot(1) },
      { name: 'Runners-up', teams: pot(2) },
    ],
    constraints: [
      { kind: 'separate', by: 'group' },
      { kind: 'separate', by: 'country' },
    ],
    firstLeg: 'second-pot',
  };
}

/**
 * A knockout draw with real constraints: the 2023/24 Champions League round of 16, drawn
 * uniformly among every valid pairing by exact counting, each ball with its exact odds.
 */
export const knockoutDraw: Workload = {
  name: 'knockout-draw',
  description:
    '2023/24 Champions League round of 16: winners v runners-up, group and country apart, exact odds',
  run(): BenchRow[] {
    const spec = uclRoundOf16Spec();
    let seed = 0;
    let outcomes = '';
    let balls = 0;
    const t = timeRuns(
      () => {
        const outcome = drawKnockout(spec, ++seed);
        if (!outcome.ok) throw new Error(`draw failed: ${JSON.stringify(outcome.error)}`);
        outcomes = outcome.draw.outcomes;
        balls = outcome.draw.steps.length;
      },
      21,
      1,
    );
    return [
      {
        workload: 'knockout-draw',
        size: '16 teams, 2 pots, 8 ties',
        impl: 'torneo',
        ms: t.wallMs,
        cpuMs: t.cpuMs,
        // Each pairing comes with its 8! numberings of the ties: the count is of numbered brackets.
        note: `uniform over ${(BigInt(outcomes) / 40320n).toLocaleString('en')} valid pairings (${BigInt(outcomes).toLocaleString('en')} with the ties numbered), ${balls} balls each with its exact odds`,
      },
    ];
  },
};
