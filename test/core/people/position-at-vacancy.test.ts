import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { managerialChanges } from '../../../src/core/people/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';
import { syntheticSeason } from './synthetic-league.ts';

// After three rounds: C 7 pts, A 4, B 3, D 2. After four: C 8, B 6, A 4, D 3 (see ROUNDS).
describe('table position at the date of vacancy', () => {
  it('is derived from the standings as of that day when every result up to it is known', () => {
    const changes = managerialChanges(indexSeason(syntheticSeason()), 'liga');
    const [annSacked, bobResigned] = changes.inSeason;
    assert.equal(annSacked?.position.status, 'derived');
    assert.equal(annSacked?.position.status === 'derived' && annSacked.position.position, 2);
    assert.equal(bobResigned?.position.status === 'derived' && bobResigned.position.position, 2);
  });

  it('keeps what a source reported next to the derived position, so a disagreement shows', () => {
    const [annSacked] = managerialChanges(indexSeason(syntheticSeason()), 'liga').inSeason;
    assert.deepEqual(
      annSacked?.position.status === 'derived' && [annSacked.position.position, annSacked.position.reported],
      [2, 7],
    );
  });

  it('is unknown, with the reported position, when a result up to that day is missing', () => {
    const doc = syntheticSeason((s) => {
      delete (s.matches![2] as { score?: string }).score;
    });
    const [annSacked] = managerialChanges(indexSeason(doc), 'liga').inSeason;
    assert.deepEqual(annSacked?.position, {
      status: 'unknown',
      reason: 'results_missing',
      table: { competition: 'liga', stage: 'league' },
      reported: 7,
    });
  });

  it('is unknown when the fixture list is incomplete: a missing match cannot be told from one not yet due', () => {
    const doc = syntheticSeason((s) => {
      s.matches = s.matches!.slice(0, 10);
    });
    const [annSacked] = managerialChanges(indexSeason(doc), 'liga').inSeason;
    assert.equal(annSacked?.position.status, 'unknown');
  });

  it('a results gap after the day does not matter', () => {
    const doc = syntheticSeason((s) => {
      delete (s.matches![11] as { score?: string }).score;
    });
    const [annSacked] = managerialChanges(indexSeason(doc), 'liga').inSeason;
    assert.equal(annSacked?.position.status, 'derived');
  });
});

describe('managerial changes', () => {
  it('are split into pre-season and in-season by the competition’s start date', () => {
    const changes = managerialChanges(indexSeason(syntheticSeason()), 'liga');
    assert.deepEqual(
      changes.preSeason.map((c) => [c.team, c.outgoing?.name, c.position.status]),
      [['a', 'Dan Delta', 'not-applicable']],
    );
    assert.deepEqual(
      changes.inSeason.map((c) => [c.team, c.incoming?.name]),
      [
        ['a', 'Cid Gamma'],
        ['b', 'Eve Epsilon'],
      ],
    );
  });

  it('a change listed without dates is neither pre-season nor in-season, and has no position', () => {
    const changes = managerialChanges(indexSeason(syntheticSeason()), 'liga');
    assert.deepEqual(
      changes.undated.map((c) => [c.team, c.outgoing?.name, c.position.status]),
      [['b', 'Eve Epsilon', 'unknown']],
    );
  });

  it('carries the nationality of the people involved', () => {
    const [, annSacked] = [
      ...managerialChanges(indexSeason(syntheticSeason()), 'liga').preSeason,
      ...managerialChanges(indexSeason(syntheticSeason()), 'liga').inSeason,
    ];
    assert.deepEqual(
      [annSacked?.outgoing, annSacked?.incoming],
      [
        { id: 'ann', name: 'Ann Alpha', nationality: 'PER' },
        { id: 'cid', name: 'Cid Gamma', nationality: 'ARG' },
      ],
    );
  });
});
