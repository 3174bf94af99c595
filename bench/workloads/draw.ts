import { drawGroups, type DrawSpec, type DrawTeam } from '../../src/core/draw/index.ts';
import { teamId } from '../../src/core/model/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { timeRuns } from '../measure.ts';

/** The 2022 World Cup draw's pots (after the play-offs), by confederation. */
const POTS: readonly (readonly [string, string][])[] = [
  [
    ['Qatar', 'AFC'],
    ['Brazil', 'CONMEBOL'],
    ['Belgium', 'UEFA'],
    ['France', 'UEFA'],
    ['Argentina', 'CONMEBOL'],
    ['England', 'UEFA'],
    ['Spain', 'UEFA'],
    ['Portugal', 'UEFA'],
  ],
  [
    ['Mexico', 'CONCACAF'],
    ['Netherlands', 'UEFA'],
    ['Denmark', 'UEFA'],
    ['Germany', 'UEFA'],
    ['Uruguay', 'CONMEBOL'],
    ['Switzerland', 'UEFA'],
    ['United States', 'CONCACAF'],
    ['Croatia', 'UEFA'],
  ],
  [
    ['Senegal', 'CAF'],
    ['Iran', 'AFC'],
    ['Japan', 'AFC'],
    ['Morocco', 'CAF'],
    ['Serbia', 'UEFA'],
    ['Poland', 'UEFA'],
    ['South Korea', 'AFC'],
    ['Tunisia', 'CAF'],
  ],
  [
    ['Cameroon', 'CAF'],
    ['Canada', 'CONCACAF'],
    ['Ecuador', 'CONMEBOL'],
    ['Saudi Arabia', 'AFC'],
    ['Ghana', 'CAF'],
    ['Wales', 'UEFA'],
    ['Costa Rica', 'CONCACAF'],
    ['Australia', 'AFC'],
  ],
];

/**
 * A group draw with real constraints: the 2022 World Cup's 32 teams in four pots into eight
 * groups of four, the host placed in group A, at most one team per confederation in a group
 * and at most two from UEFA. Torneo draws uniformly among every valid outcome by counting them
 * exactly (src/core/draw), and gives the odds of every ball.
 */
export const draw: Workload = {
  name: 'draw',
  description: '2022 World Cup group draw: 4 pots, 8 groups, confederation limits, exact odds',
  run(): BenchRow[] {
    const teams: DrawTeam[] = POTS.flat().map(([name, conf]) =>
      conf === 'UEFA' ? { id: teamId(name), categories: ['UEFA'] } : { id: teamId(name), region: conf },
    );
    const spec: DrawSpec = {
      teams,
      groups: 'ABCDEFGH'.split('').map((id) => ({ id, size: 4 })),
      seeded: [{ team: teamId('Qatar'), group: 'A' }],
      pots: POTS.map((pot, i) => ({ name: `Pot ${i + 1}`, teams: pot.map(([name]) => teamId(name)) })),
      constraints: [
        { kind: 'separate', by: 'region' },
        { kind: 'category-limit', category: 'UEFA', max: 2 },
      ],
    };
    let seed = 0;
    let outcomes = '';
    const t = timeRuns(
      () => {
        const outcome = drawGroups(spec, ++seed);
        if (!outcome.ok) throw new Error(`draw failed: ${JSON.stringify(outcome.error)}`);
        outcomes = outcome.draw.outcomes;
      },
      9,
      1,
    );
    return [
      {
        workload: 'draw',
        size: '32 teams, 4 pots, 8 groups',
        impl: 'torneo',
        ms: t.wallMs,
        cpuMs: t.cpuMs,
        note: `uniform over ${BigInt(outcomes).toLocaleString('en')} valid outcomes, every ball with its exact odds`,
      },
    ];
  },
};
