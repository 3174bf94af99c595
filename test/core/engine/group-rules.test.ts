// A group's own table rules, as the 2014 Copa Perú's Region V had them: its "Tiebreaker" (seed
// 001) was a play-off for first place, while the other regions ranked a tie on goal difference.
// The clubs and scores are made up: the real regional results are not known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSeasonEngine } from '../../../src/core/engine/index.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

const SEASON = `
season: { id: regions-2031, name: Regions 2031 }
clubs:
  - { id: alto, name: Alto }
  - { id: bajo, name: Bajo }
  - { id: cima, name: Cima }
  - { id: duna, name: Duna }
  - { id: eras, name: Eras }
  - { id: faro, name: Faro }
competitions:
  - id: copa
    name: Copa
    teams: [alto, bajo, cima, duna, eras, faro]
    stages:
      - id: regional
        name: Regional stage
        format: groups
        rounds: 1
        groups:
          - { id: region-iv, teams: [alto, bajo, cima] }
          - { id: region-v, teams: [duna, eras, faro], rules: { playoffPositions: [1] } }
matches:
  # Alto and Bajo level on points for first, Alto ahead on goal difference.
  - { competition: copa, stage: regional, group: region-iv, date: 2031-09-07, home: alto, away: cima, score: 3-0 }
  - { competition: copa, stage: regional, group: region-iv, date: 2031-09-14, home: bajo, away: cima, score: 1-0 }
  - { competition: copa, stage: regional, group: region-iv, date: 2031-09-21, home: alto, away: bajo, score: 1-1 }
  # Duna and Eras the same in Region V.
  - { competition: copa, stage: regional, group: region-v, date: 2031-09-07, home: duna, away: faro, score: 3-0 }
  - { competition: copa, stage: regional, group: region-v, date: 2031-09-14, home: eras, away: faro, score: 1-0 }
  - { competition: copa, stage: regional, group: region-v, date: 2031-09-21, home: duna, away: eras, score: 1-1 }
`;
const PLAYOFF = `  - { competition: copa, stage: regional, group: region-v, playoff: true, date: 2031-09-28, home: duna, away: eras, neutral: true, score: 0-1 }\n`;

const engineOf = (text: string) => {
  const loaded = loadSeasonFromFiles([{ path: 'regions.yaml', text }]);
  assert.deepEqual(loaded.issues, []);
  return createSeasonEngine(loaded.index!);
};

describe('a group with its own table rules', () => {
  it('plays off a tie on points for first in its group only: the other group goes to goal difference', () => {
    const engine = engineOf(SEASON);
    const iv = engine.table('copa', 'regional', 'region-iv');
    assert.deepEqual(
      iv.rows.slice(0, 2).map((r) => [r.team, r.position, r.decidedBy]),
      [
        ['alto', 1, 'goal_difference'],
        ['bajo', 2, 'goal_difference'],
      ],
    );
    assert.equal(iv.certainty, 'derived');
    const v = engine.table('copa', 'regional', 'region-v');
    assert.deepEqual(
      v.rows.slice(0, 2).map((r) => [r.team, r.position]),
      [
        ['duna', 1],
        ['eras', 1],
      ],
    );
    assert.equal(v.certainty, 'provisional');
    assert.match(v.notes.join('\n'), /a play-off will decide place 1/);
  });

  it('lets the play-off decide first place, whatever the goal difference', () => {
    const v = engineOf(SEASON + PLAYOFF).table('copa', 'regional', 'region-v');
    assert.deepEqual(
      v.rows.map((r) => r.team),
      ['eras', 'duna', 'faro'],
    );
    assert.equal(v.rows[0]!.decidedBy, 'playoff');
    assert.equal(v.certainty, 'derived');
  });
});
