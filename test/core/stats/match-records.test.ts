import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  biggestAwayWin,
  biggestHomeWin,
  highestScoring,
  matchTotals,
  statsScope,
} from '../../../src/core/stats/index.ts';
import { awarded, played, scheduled } from './stats-builders.ts';

// The records of the 2014 Torneo del Inca infobox (seed 000), among a few other results.
const inca = () => [
  played('ucv', 'usm', '1-4', { date: '2014-02-22' }),
  played('cri', 'uco', '5-2', { date: '2014-03-02' }),
  played('ucv', 'hua', '5-0', { date: '2014-05-10' }),
  played('cai', 'usm', '1-4', { date: '2014-05-10' }),
  played('leo', 'uco', '4-3', { date: '2014-05-18' }),
  played('ali', 'usm', '2-2', { date: '2014-05-21', neutral: true, aet: '3-3', pens: '5-3' }),
];

describe('match records', () => {
  it('biggest home win: the widest margin by the home side', () => {
    const fig = biggestHomeWin(statsScope(inca()));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((m) => `${m.home}-${m.away}`),
      ['ucv-hua'],
    );
  });

  it('biggest away win: every match level on margin and goals is listed, in date order', () => {
    const fig = biggestAwayWin(statsScope(inca()));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((m) => `${m.home}-${m.away}`),
      ['ucv-usm', 'cai-usm'],
    );
  });

  it('among equal margins the win with more goals ranks first (6-1 before 5-0)', () => {
    const fig = biggestHomeWin(statsScope([played('a', 'b', '5-0'), played('c', 'd', '6-1')]));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((m) => m.home),
      ['c'],
    );
  });

  it('highest scoring: every match level on goals is listed (5-2 and 4-3)', () => {
    const fig = highestScoring(statsScope(inca()));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((m) => `${m.home}-${m.away}`),
      ['cri-uco', 'leo-uco'],
    );
  });

  it('counts extra-time goals but never a shoot-out, and leaves a neutral match out of home and away wins', () => {
    const final = [played('ali', 'usm', '0-0', { neutral: true, aet: '7-0', pens: '0-0' })];
    assert.deepEqual(biggestHomeWin(statsScope(final)), {
      known: true,
      value: [],
      coverage: { counted: 1, expected: 1 },
    });
    const top = highestScoring(statsScope(final));
    assert.ok(top.known && top.value.length === 1);
  });

  it('is not known while results are missing, but shows the best of the known ones as partial', () => {
    const fig = biggestHomeWin(statsScope(inca(), { expected: 113 }));
    assert.equal(fig.known, false);
    assert.ok(!fig.known && fig.reason === 'results_missing');
    assert.deepEqual(!fig.known && fig.partial?.map((m) => m.home), ['ucv']);
    assert.deepEqual(fig.coverage, { counted: 6, expected: 113 });
  });
});

describe('match totals', () => {
  it('counts matches played and goals, extra time included; awarded matches are not played', () => {
    const t = matchTotals(statsScope([...inca(), awarded('sim', 'ugc', '3-0')]));
    assert.deepEqual(
      [t.matches, t.goals].map((f) => f.known && f.value),
      [6, 1 + 4 + 5 + 2 + 5 + 0 + 1 + 4 + 4 + 3 + 3 + 3],
    );
    assert.ok(t.goalsPerMatch.known && Math.abs(t.goalsPerMatch.value - 35 / 6) < 1e-12);
  });

  it('a match played without a known score makes every total unknown', () => {
    const t = matchTotals(
      statsScope([played('a', 'b', '1-0'), { ...scheduled('b', 'a'), status: 'played' }]),
    );
    assert.equal(t.matches.known, false);
    assert.equal(t.goals.known, false);
  });

  it('penalty goals and own goals need every scorer', () => {
    const t = matchTotals(
      statsScope([played('a', 'b', '2-1', { goals: 'X 1 pen, Y 2 og; Z 3' }), played('b', 'a', '1-0')]),
    );
    assert.ok(!t.penaltyGoals.known && t.penaltyGoals.reason === 'goals_missing');
    const full = matchTotals(statsScope([played('a', 'b', '2-1', { goals: 'X 1 pen, Y 2 og; Z 3' })]));
    assert.deepEqual(
      [full.penaltyGoals, full.ownGoals].map((f) => f.known && f.value),
      [1, 1],
    );
  });
});
