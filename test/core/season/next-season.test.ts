import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextSeason } from '../../../src/core/season/next-season.ts';

/** A made-up two-level league (not real): four clubs up top with a cup of their own and reserves, three below. */
const season = {
  season: {
    id: 'liga-2031',
    name: 'Liga 2031',
    start: '2031-02-01',
    end: '2031-11-30',
    timezone: 'America/Lima',
  },
  clubs: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, name: id.toUpperCase() })),
  teams: [
    { id: 'a-reserves', club: 'a', kind: 'reserve' },
    { id: 'd-reserves', club: 'd', kind: 'reserve' },
    { id: 'e-reserves', club: 'e', kind: 'reserve' },
  ],
  competitions: [
    {
      id: 'primera',
      name: 'Primera',
      edition: 7,
      start: '2031-02-01',
      teams: ['a', 'b', 'c', 'd'],
      stages: [{ id: 'league', format: 'league', start: '2031-02-01' }],
    },
    {
      id: 'copa',
      name: 'Copa',
      teams: ['a', 'b', 'c', 'd'],
      stages: [
        {
          id: 'groups',
          format: 'groups',
          groups: [
            { id: 'x', teams: ['a', 'b'] },
            { id: 'y', teams: ['c', 'd'] },
          ],
        },
        { id: 'final', format: 'knockout', rounds: [{ id: 'final', ties: [{ id: 'f' }] }] },
      ],
    },
    { id: 'reservas', name: 'Reservas', kind: 'reserves', teams: ['a-reserves', 'd-reserves'] },
    { id: 'segunda', name: 'Segunda', teams: ['e', 'f', 'g'] },
  ],
  matches: [{ competition: 'primera', stage: 'league', home: 'a', away: 'b', score: '1-0' }],
  adjustments: [{ competition: 'primera', team: 'c', points: -3 }],
};

const moves = [
  { team: 'd', link: 'down', kind: 'relegation' as const, from: 'primera', to: 'segunda' },
  { team: 'e', link: 'up', kind: 'promotion' as const, from: 'segunda', to: 'primera' },
];

describe('next season from this one', () => {
  const next = nextSeason(season, moves, { id: 'liga-2032', name: 'Liga 2032' });
  const comp = (id: string) =>
    (next.input.competitions as { id: string; teams?: string[] }[]).find((c) => c.id === id)!;

  it('moves the relegated team down and the promoted team up, in the competitions named by id', () => {
    assert.deepEqual(comp('primera').teams, ['a', 'b', 'c', 'e']);
    assert.deepEqual(comp('segunda').teams, ['f', 'g', 'd']);
  });

  it('moves them in a competition played by exactly the same clubs, and their reserve teams in the reserves', () => {
    assert.deepEqual(comp('copa').teams, ['a', 'b', 'c', 'e']);
    assert.deepEqual(comp('reservas').teams, ['a-reserves', 'e-reserves']);
  });

  it('carries no facts, no dates of this edition, and no draws: groups and pairings are drawn again', () => {
    assert.equal(next.input.matches, undefined);
    assert.equal(next.input.adjustments, undefined);
    assert.deepEqual(next.input.season, {
      id: 'liga-2032',
      name: 'Liga 2032',
      timezone: 'America/Lima',
      previous: 'liga-2031',
    });
    const primera = comp('primera') as unknown as {
      edition: number;
      start?: string;
      stages: { start?: string }[];
    };
    assert.equal(primera.edition, 8);
    assert.equal(primera.start, undefined);
    assert.equal(primera.stages[0]!.start, undefined);
    const copa = comp('copa') as unknown as {
      stages: [{ groups: { id: string; teams?: string[] }[] }, { rounds: { ties?: unknown }[] }];
    };
    assert.deepEqual(copa.stages[0].groups, [{ id: 'x' }, { id: 'y' }]);
    assert.equal(copa.stages[1].rounds[0]!.ties, undefined);
  });

  it('lists what changed, and says where a team with no competition to go to went', () => {
    assert.deepEqual(
      next.changes.find((c) => c.competition === 'primera'),
      {
        competition: 'primera',
        out: ['d'],
        in: ['e'],
      },
    );
    const away = nextSeason(season, [{ ...moves[0]!, to: undefined }], { id: 'l', name: 'L' });
    assert.deepEqual(
      (away.input.competitions as { id: string; teams: string[] }[]).find((c) => c.id === 'segunda')!.teams,
      ['e', 'f', 'g'],
    );
    assert.match(away.notes.join('\n'), /d leaves primera \(relegation, link down\)/);
  });
});
