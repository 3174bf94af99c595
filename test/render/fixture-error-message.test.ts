import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawGroups } from '../../src/core/draw/index.ts';
import { scheduleRoundRobin } from '../../src/core/fixtures/index.ts';
import { teamId, venueId } from '../../src/core/model/index.ts';
import { drawErrorMessage } from '../../src/render/draw-error-message.ts';
import { fixtureErrorMessage } from '../../src/render/fixture-error-message.ts';

const t = teamId;

describe('fixture and draw errors in words', () => {
  it('explains three clubs on one ground with the complementary patterns of a round robin', () => {
    const teams = ['a', 'b', 'c', 'd', 'e', 'f'].map(t);
    const outcome = scheduleRoundRobin(
      {
        groups: [{ teams }],
        venues: { a: venueId('gallardo'), b: venueId('gallardo'), c: venueId('gallardo') },
      },
      1,
    );
    assert.ok(!outcome.ok);
    assert.equal(
      fixtureErrorMessage(outcome.error),
      "3 clubs share gallardo (a, b, c), but a round robin's home-and-away patterns come in complementary pairs: " +
        'only two clubs can share a ground without being at home on the same day. Conflict: a, b, c share gallardo (venues.gallardo).',
    );
  });

  it('lists the clashing derbies by where they were declared', () => {
    const teams = ['a', 'b', 'c', 'd'].map(t);
    const outcome = scheduleRoundRobin(
      {
        groups: [{ teams }],
        constraints: [
          { kind: 'fixed-pairing', teams: [t('a'), t('b')], round: 1 },
          { kind: 'fixed-pairing', teams: [t('a'), t('c')], round: 1 },
        ],
      },
      1,
    );
    assert.ok(!outcome.ok);
    assert.equal(
      fixtureErrorMessage(outcome.error),
      'These constraints cannot all hold (drop any one and the others can): a v b in round 1 (constraints.0); a v c in round 1 (constraints.1).',
    );
  });

  it('names the separation no draw can meet', () => {
    const teams = ['a', 'b', 'c'].map((id) => ({ id: t(id), city: 'Lima' }));
    const outcome = drawGroups(
      {
        teams,
        groups: [
          { id: 'A', size: 2 },
          { id: 'B', size: 1 },
        ],
        pots: [{ name: 'pot 1', teams: teams.map((x) => x.id) }],
        constraints: [{ kind: 'separate', by: 'city' }],
      },
      1,
    );
    assert.ok(!outcome.ok);
    assert.equal(
      drawErrorMessage(outcome.error),
      'No draw can satisfy all of these together (drop any one and a draw exists): at most 1 per group from the same city (constraints.0).',
    );
  });
});
