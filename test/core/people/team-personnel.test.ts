import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teamPersonnel } from '../../../src/core/people/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';
import { syntheticSeason } from './synthetic-league.ts';

describe('team personnel', () => {
  it('the manager as of a day follows the appointments made by then', () => {
    const idx = indexSeason(syntheticSeason());
    const a = (day: string) => teamPersonnel(idx, 'liga', day).find((p) => p.team === 'a')?.manager?.name;
    assert.deepEqual([a('2030-02-10'), a('2030-02-17')], ['Ann Alpha', 'Cid Gamma']);
  });

  it('at the end, a change listed without dates has happened', () => {
    const b = teamPersonnel(indexSeason(syntheticSeason()), 'liga').find((p) => p.team === 'b');
    assert.equal(b?.manager?.name, 'Dan Delta');
  });

  it('a person’s own nationality wins over the flag a source gave for the team’s manager; a team with only a flag keeps the flag', () => {
    const doc = syntheticSeason((s) => {
      s.managerialChanges = [];
      s.teams!.push({
        id: 'c',
        club: 'c',
        managerNationality: 'PAR',
        captainNationality: 'PER',
        kit: { manufacturer: 'Walon', sponsor: 'Inti Gas' },
      });
    });
    const rows = teamPersonnel(indexSeason(doc), 'liga');
    assert.deepEqual(rows.find((p) => p.team === 'a')?.manager, {
      id: 'ann',
      name: 'Ann Alpha',
      nationality: 'PER',
    });
    assert.deepEqual(
      rows.find((p) => p.team === 'c'),
      {
        team: 'c',
        manager: { nationality: 'PAR' },
        captain: { nationality: 'PER' },
        kitManufacturer: 'Walon',
        shirtSponsor: 'Inti Gas',
      },
    );
  });

  it('pins a flag given for the team on no named manager: the manager at the end shows only his own nationality', () => {
    // Team b's flag (ARG) was given for "the manager"; Bob resigned and Dan took over, neither
    // with a nationality of his own: the flag belongs to one of them, which is not known.
    const doc = syntheticSeason((s) => {
      s.teams![1] = { id: 'b', club: 'b', manager: 'bob', managerNationality: 'ARG' };
    });
    const idx = indexSeason(doc);
    const b = (day?: string) => teamPersonnel(idx, 'liga', day).find((p) => p.team === 'b')?.manager;
    assert.deepEqual(b(), { id: 'dan', name: 'Dan Delta' });
    assert.deepEqual(b('2030-02-01'), { id: 'bob', name: 'Bob Beta' });
  });
});
