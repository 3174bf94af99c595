// A made-up complete season: four clubs, a double round robin of six rounds, every fixture
// listed and dated, so that a table as of any day can be derived. Not a real competition.
import { SeasonSchema, type SeasonDoc, type SeasonInput } from '../../../src/core/definition/index.ts';

export const ROUNDS: readonly (readonly [string, readonly [string, string, string][]])[] = [
  [
    '2030-02-01',
    [
      ['a', 'b', '2-0'],
      ['c', 'd', '1-1'],
    ],
  ],
  [
    '2030-02-08',
    [
      ['a', 'c', '0-1'],
      ['b', 'd', '3-0'],
    ],
  ],
  [
    '2030-02-15',
    [
      ['a', 'd', '1-1'],
      ['b', 'c', '0-2'],
    ],
  ],
  [
    '2030-02-22',
    [
      ['b', 'a', '1-0'],
      ['d', 'c', '0-0'],
    ],
  ],
  [
    '2030-03-01',
    [
      ['c', 'a', '1-2'],
      ['d', 'b', '1-1'],
    ],
  ],
  [
    '2030-03-08',
    [
      ['d', 'a', '2-0'],
      ['c', 'b', '3-1'],
    ],
  ],
];

export function syntheticSeason(edit: (input: SeasonInput) => void = () => {}): SeasonDoc {
  const input: SeasonInput = {
    season: { id: 'synthetic-2030', name: 'Synthetic 2030' },
    clubs: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Club ${id.toUpperCase()}`, synthetic: true })),
    teams: [
      { id: 'a', club: 'a', manager: 'ann', managerNationality: 'URU' },
      { id: 'b', club: 'b', manager: 'bob' },
    ],
    people: [
      { id: 'ann', name: 'Ann Alpha', nationality: 'PER' },
      { id: 'bob', name: 'Bob Beta' },
      { id: 'cid', name: 'Cid Gamma', nationality: 'ARG' },
      { id: 'dan', name: 'Dan Delta' },
      { id: 'eve', name: 'Eve Epsilon' },
    ],
    competitions: [
      {
        id: 'liga',
        name: 'Liga',
        start: '2030-02-01',
        end: '2030-03-08',
        teams: ['a', 'b', 'c', 'd'],
        stages: [
          {
            id: 'league',
            name: 'League',
            format: 'league',
            rounds: 2,
            start: '2030-02-01',
            end: '2030-03-08',
          },
        ],
      },
    ],
    matches: ROUNDS.flatMap(([date, games]) =>
      games.map(([home, away, score]) => ({ competition: 'liga', stage: 'league', date, home, away, score })),
    ),
    managerialChanges: [
      {
        team: 'a',
        outgoing: 'dan',
        departure: 'end-of-contract',
        vacancy: '2029-12-01',
        reportedPosition: 'n/a',
        incoming: 'ann',
        appointed: '2029-12-10',
      },
      {
        team: 'a',
        outgoing: 'ann',
        departure: 'sacked',
        vacancy: '2030-02-16',
        reportedPosition: 7,
        incoming: 'cid',
        appointed: '2030-02-17',
      },
      {
        team: 'b',
        outgoing: 'bob',
        departure: 'resigned',
        vacancy: '2030-02-23',
        incoming: 'eve',
        interim: true,
        appointed: '2030-02-23',
      },
      { team: 'b', outgoing: 'eve', departure: 'interim-ended', incoming: 'dan' },
    ],
  };
  edit(input);
  return SeasonSchema.parse(input);
}
