import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema } from '../../../src/core/definition/index.ts';
import { findMatch } from '../../../src/core/season/find-match.ts';
import { indexSeason } from '../../../src/core/season/season.ts';

/** Two clubs that meet twice (a group match and a final), one that they meet once. Synthetic. */
const idx = indexSeason(
  SeasonSchema.parse({
    season: { id: 'mini-2030', name: 'Mini 2030' },
    clubs: [
      { id: 'union-este', name: 'Unión Este', code: 'UES' },
      { id: 'sporting-oeste', name: 'Sporting Oeste', code: 'SPO' },
      { id: 'deportivo-sur', name: 'Deportivo Sur', code: 'DSU' },
    ],
    competitions: [
      {
        id: 'cup',
        name: 'Cup',
        stages: [
          { id: 'groups', name: 'Groups', format: 'league' },
          { id: 'final', name: 'Final', format: 'knockout', rounds: [{ id: 'final', name: 'Final' }] },
        ],
      },
    ],
    matches: [
      {
        competition: 'cup',
        stage: 'groups',
        date: '2030-03-10',
        home: 'union-este',
        away: 'sporting-oeste',
        score: '1-0',
      },
      { competition: 'cup', stage: 'groups', date: '2030-03-17', home: 'deportivo-sur', away: 'union-este' },
      { competition: 'cup', stage: 'final', round: 'Final', home: 'union-este', away: 'sporting-oeste' },
    ],
  }),
);

describe('finding a match by the name an official gives it', () => {
  it('finds a match by its id, by home-v-away and by club codes', () => {
    assert.deepEqual(findMatch(idx, 'cup/groups/2030-03-17/deportivo-sur-v-union-este'), {
      kind: 'found',
      index: 1,
      id: 'cup/groups/2030-03-17/deportivo-sur-v-union-este',
    });
    assert.equal(findMatch(idx, 'deportivo-sur-v-union-este').kind, 'found');
    assert.equal(findMatch(idx, 'DSU-UES').kind, 'found');
    assert.equal(findMatch(idx, 'dsu-ues').kind, 'found');
  });

  it('lists both meetings when a pair met twice, and picks one by date or round', () => {
    assert.deepEqual(findMatch(idx, 'UES-SPO'), {
      kind: 'ambiguous',
      candidates: [
        'cup/groups/2030-03-10/union-este-v-sporting-oeste',
        'cup/final/final/union-este-v-sporting-oeste',
      ],
      example: '2030-03-10',
    });
    assert.equal(findMatch(idx, 'UES-SPO@2030-03-10').kind, 'found');
    assert.deepEqual(findMatch(idx, 'union-este-v-sporting-oeste@final'), {
      kind: 'found',
      index: 2,
      id: 'cup/final/final/union-este-v-sporting-oeste',
    });
  });

  it('accepts the end of an id after a slash', () => {
    assert.equal(findMatch(idx, 'final/union-este-v-sporting-oeste').kind, 'found');
  });

  it('suggests the nearest match for a typo, and nothing for a pair that never met', () => {
    assert.deepEqual(findMatch(idx, 'deportivo-sur-v-union-estte'), {
      kind: 'unknown',
      suggestion: 'deportivo-sur-v-union-este',
    });
    assert.deepEqual(findMatch(idx, 'SPO-DSU'), { kind: 'unknown' });
  });
});
