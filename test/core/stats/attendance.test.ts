import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attendance, statsScope } from '../../../src/core/stats/index.ts';
import { played } from './stats-builders.ts';

describe('attendance', () => {
  it('gives total, average, highest and lowest over the matches played', () => {
    const fig = attendance(
      statsScope([
        played('a', 'b', '1-0', { attendance: 30584 }),
        played('b', 'a', '0-0', { attendance: 46 }),
        played('c', 'a', '0-0', { attendance: 46 }),
      ]),
    );
    assert.ok(fig.known);
    assert.equal(fig.value.total, 30676);
    assert.equal(fig.value.average, 30676 / 3);
    assert.equal(fig.value.highest?.attendance, 30584);
    assert.equal(fig.value.lowest?.attendance, 46);
    assert.equal(fig.value.lowest?.matches.length, 2, 'both matches with the lowest crowd are listed');
  });

  it('an unknown crowd is not zero: it is left out of every figure, and the figures are partial', () => {
    const fig = attendance(
      statsScope([
        played('a', 'b', '1-0', { attendance: 1000 }),
        played('b', 'a', '0-0'),
        played('c', 'a', '0-0', { attendance: 3000 }),
      ]),
    );
    assert.ok(!fig.known && fig.reason === 'attendance_missing');
    assert.deepEqual(
      fig.partial && [
        fig.partial.matches,
        fig.partial.total,
        fig.partial.average,
        fig.partial.lowest?.attendance,
      ],
      [2, 4000, 2000, 1000],
    );
    assert.deepEqual(fig.coverage, { counted: 2, expected: 3, of: 'crowds' });
  });

  it('with no crowd known there is no partial figure either', () => {
    const fig = attendance(statsScope([played('a', 'b', '1-0')]));
    assert.ok(!fig.known && fig.partial === undefined);
  });
});
