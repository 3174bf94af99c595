// A season simulation through the compiled plan gives the same answer on one thread or two:
// run r draws only from (seed, r), and chunks' integer counts add up in any order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../src/core/predict/index.ts';
import { seasonMatches } from '../../src/core/season/to-matches.ts';
import type { SeasonCounts } from '../../src/core/simulate/index.ts';
import { runSimulation } from '../../src/simulation/run-simulation.ts';
import { peru2014Doc } from '../examples/peru-2014-season.ts';

describe('season simulation on worker threads', () => {
  it('gives Peru 2014 as of 2014-02-13 the same counts on one thread and on two, over several chunks', async () => {
    const doc = peru2014Doc();
    const asOf = isoDate('2014-02-13');
    const model = fitDixonColes(
      seasonMatches(doc).filter((m) => playedAsOf(m, asOf)),
      { asOf },
    );
    const job = { kind: 'season' as const, doc, asOf, model, seed: 11 };
    const one = (await runSimulation(job, { runs: 1_200, threads: 1 })) as SeasonCounts;
    const two = (await runSimulation(job, { runs: 1_200, threads: 2 })) as SeasonCounts;
    assert.equal(one.runs, 1_200);
    assert.equal(two.runs, 1_200);
    const sorted = (c: SeasonCounts) => [...c.teams.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    assert.deepEqual(sorted(two), sorted(one));
  });
});
