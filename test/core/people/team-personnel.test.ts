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
});
