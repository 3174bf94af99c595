import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema, type SeasonInput } from '../../../src/core/definition/index.ts';
import { checkEligibility } from '../../../src/core/eligibility/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';

// A made-up reserves league in the manner of the 2014 Torneo de Promoción y Reservas (seed 002):
// players born in 1993 or later, at most two older reinforcements per match (themselves born in
// 1991 or later), at most two foreign players on the pitch and three in the match squad.
const person = (id: string, born: string | undefined, nationality: string | undefined) => ({
  id,
  name: id.replace(/^./, (c) => c.toUpperCase()),
  ...(born ? { born } : {}),
  ...(nationality ? { nationality } : {}),
});

function season(home: Record<string, unknown>): ReturnType<typeof indexSeason> {
  const input: SeasonInput = {
    season: { id: 'reserves', name: 'Reserves' },
    clubs: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    people: [
      person('young1', '1995-03-01', 'PER'),
      person('young2', '1993-01-01', 'PER'),
      person('older1', '1992-06-01', 'PER'),
      person('older2', '1991-02-01', 'PER'),
      person('older3', '1991-05-01', 'PER'),
      person('veteran', '1985-01-01', 'PER'),
      person('uru', '1995-01-01', 'URU'),
      person('arg', '1995-01-01', 'ARG'),
      person('par', '1995-01-01', 'PAR'),
      person('col', '1995-01-01', 'COL'),
      person('nodate', undefined, 'PER'),
    ],
    competitions: [
      {
        id: 'res',
        name: 'Reserves',
        teams: ['a', 'b'],
        eligibility: [
          { kind: 'age', bornOnOrAfter: '1993-01-01', maxOlder: 2, olderBornOnOrAfter: '1991-01-01' },
          { kind: 'foreign', nationality: 'PER', maxOnPitch: 2, maxInSquad: 3 },
        ],
        stages: [{ id: 'l', name: 'League', format: 'league' }],
      },
    ],
    matches: [
      {
        id: 'm1',
        competition: 'res',
        stage: 'l',
        date: '2014-03-01',
        home: 'a',
        away: 'b',
        score: '0-0',
        lineups: { home },
      },
    ],
  };
  return indexSeason(SeasonSchema.parse(input));
}

describe('eligibility rules checked against line-ups', () => {
  it('passes a line-up within every limit', () => {
    const r = checkEligibility(
      season({ starting: ['young1', 'young2', 'older1', 'older2', 'uru', 'arg'] }),
      'res',
    );
    assert.deepEqual(r.violations, []);
    assert.equal(r.lineupsChecked, 1);
  });

  it('too many older reinforcements: names rule, match, team, every older player and the ones beyond the limit', () => {
    const r = checkEligibility(
      season({
        starting: ['young1', 'older1', 'older2'],
        substitutions: [{ off: 'young1', on: 'older3', minute: 60 }],
      }),
      'res',
    );
    assert.equal(r.violations.length, 1);
    const v = r.violations[0]!;
    assert.equal(v.code, 'too_many_older');
    assert.deepEqual(
      [v.competition, v.index, v.rule.kind, v.match, v.date, v.team],
      ['res', 0, 'age', 'm1', '2014-03-01', 'a'],
    );
    assert.ok(v.code === 'too_many_older');
    assert.deepEqual([v.players, v.excess, v.allowed], [['older1', 'older2', 'older3'], ['older3'], 2]);
  });

  it('a reinforcement born before even the reinforcements’ limit is a violation of his own', () => {
    const r = checkEligibility(season({ starting: ['young1', 'veteran'] }), 'res');
    assert.deepEqual(
      r.violations.map((v) => v.code === 'older_than_allowed' && [v.player, v.born, v.limit]),
      [['veteran', '1985-01-01', '1991-01-01']],
    );
  });

  it('counts foreign players on the pitch at one time, following the substitutions', () => {
    const ok = checkEligibility(
      season({ starting: ['uru', 'arg', 'young1'], substitutions: [{ off: 'uru', on: 'par', minute: 70 }] }),
      'res',
    );
    assert.deepEqual(ok.violations, [], 'Paraguayan replaces Uruguayan: still two at once');
    const bad = checkEligibility(
      season({
        starting: ['uru', 'arg', 'young1'],
        substitutions: [{ off: 'young1', on: 'par', minute: 70 }],
      }),
      'res',
    );
    assert.deepEqual(
      bad.violations.map((v) => v.code !== 'older_than_allowed' && [v.code, v.players, v.excess]),
      [['too_many_foreign_on_pitch', ['uru', 'arg', 'par'], ['par']]],
    );
  });

  it('counts foreign players in the match squad, the bench included', () => {
    const r = checkEligibility(
      season({ starting: ['uru', 'arg', 'young1'], substitutes: ['par', 'col'] }),
      'res',
    );
    assert.deepEqual(
      r.violations.map((v) => v.code !== 'older_than_allowed' && [v.code, v.excess]),
      [['too_many_foreign_in_squad', ['col']]],
    );
  });

  it('a player without a date of birth, or not a person of the season, is unverifiable, not passed', () => {
    const r = checkEligibility(season({ starting: ['nodate', 'Somebody Else'] }), 'res');
    assert.deepEqual(
      r.unverifiable.map((u) => [u.index, u.player, u.missing]),
      [
        [0, 'nodate', 'born'],
        [0, 'Somebody Else', 'person'],
        [1, 'Somebody Else', 'person'],
      ],
    );
  });

  it('resolves names written in a line-up to the season’s people', () => {
    const r = checkEligibility(season({ starting: ['Veteran'] }), 'res');
    assert.equal(r.violations[0]?.code, 'older_than_allowed');
  });
});
