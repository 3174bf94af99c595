import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema, type SeasonInput } from '../../../src/core/definition/index.ts';
import { crossCheck } from '../../../src/core/season/cross-check.ts';
import { formatIssue, loadSeasonFromFiles } from '../../../src/season/load-season.ts';

/** Two clubs; Alianza's squad is listed, San Martín's is not. Names from the 2014 Inca final (S12, S13). */
function season(
  match: Record<string, unknown>,
  squad: string[] | null = ['mauro-guevgeozian', 'koichi-aparicio'],
) {
  const input: SeasonInput = {
    season: { id: 'squads', name: 'Squads' },
    clubs: [
      { id: 'alianza-lima', name: 'Alianza Lima' },
      { id: 'universidad-san-martin', name: 'Universidad San Martín' },
    ],
    teams: [{ id: 'alianza-lima', club: 'alianza-lima', ...(squad ? { squad } : {}) }],
    people: [
      { id: 'mauro-guevgeozian', name: 'Mauro Guevgeozián' },
      { id: 'koichi-aparicio', name: 'Koichi Aparicio' },
      { id: 'luis-perea', name: 'Luis Perea' },
    ],
    competitions: [
      {
        id: 'cup',
        name: 'Cup',
        teams: ['alianza-lima', 'universidad-san-martin'],
        stages: [
          { id: 'final', name: 'Final', format: 'knockout', rounds: [{ id: 'final', name: 'Final' }] },
        ],
      },
    ],
    matches: [
      {
        competition: 'cup',
        stage: 'final',
        date: '2014-05-21',
        home: 'alianza-lima',
        away: 'universidad-san-martin',
        ...match,
      },
    ],
  };
  return SeasonSchema.parse(input);
}

const squadIssues = (doc: ReturnType<typeof season>) =>
  crossCheck(doc).filter((i) => i.code === 'not_in_squad');

describe('players named in a match must be in their team’s squad', () => {
  it('accepts scorers of the squad, by name or by id', () => {
    assert.deepEqual(
      squadIssues(season({ score: '2-0', goals: { home: ["Aparicio 85'", "mauro-guevgeozian 90+1'"] } })),
      [],
    );
  });

  it('reports a scorer who is not in the squad, with where he is written', () => {
    const issues = squadIssues(season({ score: '1-0', goals: { home: ["Perea 16' pen"] } }));
    assert.deepEqual(
      issues.map((i) => [i.path.join('.'), i.message]),
      [['matches.0.goals.home.0', "scorer 'Perea' is not in Alianza Lima's squad"]],
    );
  });

  it('says so when the name is not even a person of the season', () => {
    const [issue] = squadIssues(season({ score: '1-0', goals: { home: ["Nobody 3'"] } }));
    assert.match(issue!.message, /'Nobody' is not in Alianza Lima's squad \(nor a person of this season\)/);
  });

  it('checks an own goal against the other team: it is listed under the side it counts for', () => {
    assert.deepEqual(squadIssues(season({ score: '0-1', goals: { away: ["Aparicio 58' og"] } })), []);
    const issues = squadIssues(season({ score: '1-0', goals: { home: ["Aparicio 58' og"] } }));
    assert.deepEqual(issues, [], 'San Martín lists no squad, so its own-goal scorers are not checked');
    const wrong = squadIssues(season({ score: '0-1', goals: { away: ["Perea 58' og"] } }));
    assert.equal(wrong[0]?.message, "own-goal scorer 'Perea' is not in Alianza Lima's squad");
  });

  it('checks booked players, line-ups and penalty takers too', () => {
    const issues = squadIssues(
      season({
        score: '0-0',
        extraTime: '0-0',
        cards: { home: ["Perea 40' red"] },
        lineups: { home: { starting: ['Aparicio', 'Perea'] } },
        shootout: {
          first: 'home',
          home: ['Aparicio', 'Perea', 'Guevgeozián'],
          away: ['a missed', 'b missed'],
        },
      }),
    );
    assert.deepEqual(
      issues.map((i) => i.path.join('.')),
      ['matches.0.cards.home.0', 'matches.0.lineups.home.starting.1', 'matches.0.shootout.home.1'],
    );
  });

  it('does not check teams without a squad', () => {
    assert.deepEqual(squadIssues(season({ score: '1-0', goals: { home: ["Perea 16'"] } }, null)), []);
  });

  it('is reported with file and line when a season file is loaded', () => {
    const text = [
      'season: { id: s, name: S }',
      'clubs: [{ id: a, name: A }, { id: b, name: B }]',
      'teams: [{ id: a, club: a, squad: [x] }]',
      'people: [{ id: x, name: Xavier Equis }, { id: y, name: Yago Ye }]',
      'competitions: [{ id: c, name: C, teams: [a, b], stages: [{ id: l, name: L, format: league }] }]',
      'matches:',
      '  - competition: c',
      '    stage: l',
      '    home: a',
      '    away: b',
      '    score: 1-0',
      '    goals: { home: ["Ye 10\'"] }',
    ].join('\n');
    const loaded = loadSeasonFromFiles([{ path: 'squads.yaml', text }]);
    assert.deepEqual(loaded.issues.map(formatIssue), [
      "squads.yaml:12:21: error: scorer 'Ye' is not in A's squad (at matches[0].goals.home[0]); expected a player of A's squad",
    ]);
  });
});
