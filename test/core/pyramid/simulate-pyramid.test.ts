import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  generateSyntheticPyramid,
  simulatePyramid,
  type PhaseResult,
  type PyramidSimulation,
} from '../../../src/core/pyramid/index.ts';

const tablesOf = (phases: readonly PhaseResult[]) =>
  phases.flatMap((p) => (p.kind === 'groups' ? p.groups : []));

describe('a simulated pyramid', () => {
  const pyramid = generateSyntheticPyramid({ seed: 3, districtLeagues: 400, clubs: 2400 });
  const sim: PyramidSimulation = simulatePyramid(pyramid, 3);

  it('plays every level up to a national champion and runner-up', () => {
    assert.deepEqual(
      sim.levels.map((l) => l.level),
      ['district', 'provincial', 'departmental', 'regional', 'national'],
    );
    assert.ok(sim.champion.startsWith('syn-') && sim.runnerUp.startsWith('syn-'));
    assert.notEqual(sim.champion, sim.runnerUp);
    const final = sim.levels[4]?.units[0]?.phases.at(-1);
    assert.ok(final?.kind === 'knockout' && final.round === 'final');
    assert.equal(final.ties[0]?.winner, sim.champion);
    assert.equal(final.ties[0]?.matches.length, 2);
  });

  it('crowns the same champion for the same seed, with the same results', () => {
    const again = simulatePyramid(pyramid, 3);
    assert.equal(again.champion, sim.champion);
    assert.deepEqual(again.firstLevel.homeGoals, sim.firstLevel.homeGoals);
    assert.deepEqual(again.levels[3], sim.levels[3]);
  });

  it('sends each unit’s qualifiers up: the provincial entrants are the district winners and runners-up', () => {
    const [districts, provinces] = sim.levels;
    const fromDistricts = new Set(districts?.units.flatMap((u) => u.qualifiers));
    assert.equal(fromDistricts.size, 800);
    for (const p of provinces?.units ?? []) {
      for (const table of tablesOf(p.phases.slice(0, 1)))
        for (const row of table) assert.ok(fromDistricts.has(row.team));
    }
  });

  it('ranks every table by points, then goal difference, then goals, and each row adds up', () => {
    for (const level of sim.levels) {
      for (const unit of level.units) {
        for (const table of tablesOf(unit.phases)) {
          table.forEach((row, i) => {
            assert.equal(row.played, row.won + row.drawn + row.lost);
            assert.equal(row.points, 3 * row.won + row.drawn);
            const below = table[i + 1];
            if (!below) return;
            const key = (r: typeof row) => [r.points, r.goalsFor - r.goalsAgainst, r.goalsFor];
            const [a, b] = [key(row), key(below)];
            assert.ok(
              a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! >= b[2]!))),
              `${unit.unit}`,
            );
          });
          if (unit.phases.length === 1 && unit.level !== 'national') {
            assert.deepEqual(
              unit.qualifiers,
              table.slice(0, 2).map((r) => r.team),
            );
          }
        }
      }
    }
  });

  it('keeps clubs of one department apart in Region IV’s semi-finals and plays its final for the title', () => {
    const regionIV = sim.levels[3]?.units.find((u) => u.unit === 'region-iv');
    const [semis, final] = regionIV?.phases ?? [];
    assert.ok(semis?.kind === 'knockout' && final?.kind === 'knockout');
    for (const tie of semis.ties) assert.notEqual(tie.winner.split('-p')[0], tie.loser.split('-p')[0]);
    assert.equal(final.forTitle, true);
    assert.deepEqual(regionIV?.qualifiers, [final.ties[0]?.winner, final.ties[0]?.loser]);
  });

  it('settles every tie through the knockout engine: aggregate, then away goals, then a shoot-out after the second leg', () => {
    const ties = sim.levels
      .flatMap((l) => l.units)
      .flatMap((u) => u.phases.flatMap((p) => (p.kind === 'knockout' ? p.ties : [])));
    assert.ok(ties.length >= 15 + 3);
    for (const tie of ties) {
      assert.ok(['aggregate', 'away_goals', 'penalties'].includes(tie.decidedBy), tie.decidedBy);
      assert.equal(tie.matches.length, 2);
      const shootout = tie.matches[1]?.result?.penalties;
      assert.equal(shootout !== undefined, tie.decidedBy === 'penalties');
      if (shootout) assert.notEqual(shootout.home, shootout.away);
    }
  });

  it('counts the matches of each level', () => {
    assert.equal(sim.levels[0]?.matches, sim.firstLevel.fixtures.home.length);
    assert.equal(sim.levels[4]?.matches, 30);
  });
});
