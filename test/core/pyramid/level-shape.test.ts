import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COPA_PERU_FORMATS, knockoutRounds, phasesOf } from '../../../src/core/pyramid/index.ts';

describe('the shape of a level', () => {
  it('splits 30 provincial entrants into groups of 8, 8, 7 and 7, then plays the eight group qualifiers in one group', () => {
    const phases = phasesOf(COPA_PERU_FORMATS.provincial, 30);
    assert.deepEqual(
      phases.map((p) => (p.kind === 'groups' ? p.groups : [])),
      [[8, 8, 7, 7], [8]],
    );
    assert.equal(phases[0]?.matches, 28 + 28 + 21 + 21);
  });

  it('plays a single group when splitting would not leave fewer clubs', () => {
    assert.deepEqual(
      phasesOf({ kind: 'mini-league', cycles: 1, qualifiers: 5, maxGroupSize: 8 }, 9).map((p) =>
        p.kind === 'groups' ? p.groups : [],
      ),
      [[9]],
    );
  });

  it('copa-peru-2014-region-iv: four clubs play two-legged semi-finals, both finalists qualify, a final gives the title', () => {
    const phases = phasesOf(COPA_PERU_FORMATS.regionalKnockout, 4);
    assert.deepEqual(
      phases.map((p) => (p.kind === 'knockout' ? [p.round, p.ties, p.forTitle, p.matches] : [])),
      [
        ['semi-finals', 2, false, 4],
        ['final', 1, true, 2],
      ],
    );
  });

  it('copa-peru-2014-national: sixteen clubs, round of 16 to the final, two legs each', () => {
    assert.deepEqual(
      phasesOf(COPA_PERU_FORMATS.national, 16).map((p) => (p.kind === 'knockout' ? p.round : '')),
      ['round-of-16', 'quarter-finals', 'semi-finals', 'final'],
    );
  });

  it('gives the best seeds byes when the entrants are not a power of two', () => {
    assert.deepEqual(knockoutRounds(6, 1), [
      { round: 'preliminary-round', ties: 2, byes: 2 },
      { round: 'semi-finals', ties: 2, byes: 0 },
      { round: 'final', ties: 1, byes: 0 },
    ]);
  });

  it('has nothing to play for a single entrant', () => {
    assert.deepEqual(phasesOf(COPA_PERU_FORMATS.departmental, 1), []);
  });
});
