// The compiled season plan against the engine it stands in for: a run played by the plan, handed
// to the engine as matches, must give the engine's tables, champions and links exactly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSeasonEngine } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../../src/core/predict/index.ts';
import { seasonMatches } from '../../../src/core/season/to-matches.ts';
import { emptySeasonCounts, seasonForecast } from '../../../src/core/simulate/index.ts';
import { PlanRun } from '../../../src/core/simulate/plan-run.ts';
import { RunRandom } from '../../../src/core/simulate/run-stream.ts';
import { seasonToPlay } from '../../../src/core/simulate/season-to-play.ts';
import { compileSeasonPlan } from '../../../src/core/simulate/season-plan.ts';
import {
  seasonPlan,
  simulateSeason,
  simulateWithPlan,
  tally,
} from '../../../src/core/simulate/simulate-season.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';

const index = peru2014().index!;
const setupAsOf = (day: string) => {
  const asOf = isoDate(day);
  const model = fitDixonColes(
    seasonMatches(index.doc).filter((m) => playedAsOf(m, asOf)),
    { asOf },
  );
  return { index, asOf, model };
};

// Synthetic four-team Clausura under the ADFP 2014 rules, two teams level for first in some runs.
function playoffSetup() {
  const file = 'test/fixtures/seasons/clausura-playoff.yaml';
  const loaded = loadSeasonFromFiles([{ path: file, text: readFileSync(file, 'utf8') }]);
  const asOf = isoDate('2031-11-30');
  const model = fitDixonColes(
    seasonMatches(loaded.index!.doc).filter((m) => playedAsOf(m, asOf)),
    { asOf },
  );
  return { index: loaded.index!, asOf, model };
}

describe('the compiled season plan', () => {
  it('compiles Peru 2014 as of 2014-02-13: every competition, link and deciding tie', () => {
    const plan = seasonPlan(setupAsOf('2014-02-13'));
    assert.ok(plan, 'Peru 2014 compiles');
    assert.deepEqual([...plan.ties.keys()].sort(), [
      'descentralizado/final',
      'reservas/inca-final',
      'torneo-del-inca/final',
    ]);
    assert.ok(plan.links.has('inca-fewest-points') && plan.links.has('reserves-champion-bonus'));
    assert.ok(plan.tables.has('descentralizado/aggregate/') && plan.tables.has('torneo-del-inca/groups/*'));
  });

  const cases = [
    { name: 'Peru 2014 as of 2014-02-13', setup: () => setupAsOf('2014-02-13') },
    { name: 'Peru 2014 as of 2014-06-01', setup: () => setupAsOf('2014-06-01') },
    { name: 'Peru 2014 as of 2014-09-01', setup: () => setupAsOf('2014-09-01') },
    { name: 'a Clausura whose title goes to a play-off', setup: () => playoffSetup() },
  ];
  for (const { name, setup } of cases) {
    it(`plays each run as the engine ranks it (${name}): tables, champions, links, run by run`, () => {
      const day = name;
      const plan = compileSeasonPlan(setup());
      const run = new PlanRun(plan).keepMatches();
      const random = new RunRandom();
      for (let r = 0; r < 40; r++) {
        const mine = emptySeasonCounts();
        run.play(random.reset(99, r), mine);
        const played = run.played();
        const ids = new Set(played.map((m) => m.id));
        const matches = [...played, ...plan.prepared.fixedKnockout.filter((m) => !ids.has(m.id))];
        const engine = createSeasonEngine(plan.prepared.index, { seed: random.lotsSeed, matches });
        const theirs = emptySeasonCounts();
        tally(engine, theirs);
        theirs.runs++;
        assert.deepEqual(
          [...mine.teams.entries()].sort(),
          [...theirs.teams.entries()].sort(),
          `run ${r} as of ${day}`,
        );
      }
    });
  }

  it('compiles a season with nothing left to play and gives its recorded table, play-off included, with certainty', () => {
    const { index: played, model } = playoffSetup();
    const plan = seasonPlan({ index: played, model });
    assert.ok(plan, 'compiles');
    assert.equal(plan.tables.size, 0, 'no table a run can change');
    const rows = seasonForecast(simulateWithPlan(plan, 1, 0, 10), ['liga']);
    const table = createSeasonEngine(played).table('liga', 'clausura');
    table.rows.forEach((row, i) => {
      const r = rows.find((x) => x.team === row.team)!;
      assert.equal(r.positions[i], 1, row.team);
      assert.equal(r.champion, i === 0 ? 1 : 0, row.team);
      assert.equal(r.expectedPoints, row.points, row.team);
    });
    assert.equal(table.rows[0]!.team, 'blanquiazul', 'the recorded play-off decides the title');
  });

  it('plays nothing more in a stage over by the day: no implied matches spread its table', () => {
    // The example lists 20 of the Descentralizado's 240 matches; on 1 December both stages are
    // over, so the others were played (scores not recorded), not still to come.
    const over = seasonToPlay(setupAsOf('2014-12-01')).toPlay;
    assert.deepEqual(
      over.filter((m) => m.competition === 'descentralizado'),
      [],
    );
    const before = seasonToPlay(setupAsOf('2014-11-20')).toPlay;
    assert.ok(before.some((m) => m.competition === 'descentralizado' && m.stage === 'clausura'));
    assert.ok(!before.some((m) => m.competition === 'descentralizado' && m.stage === 'apertura'));
  });

  it('leaves to the engine a season whose runs need what the plan does not model', () => {
    // On 20 November the Copa Perú's national final waits for a bracket of ties still to play.
    const setup = setupAsOf('2014-11-20');
    assert.equal(seasonPlan(setup), undefined);
    const counts = simulateSeason(setup, 1, 0, 2);
    assert.equal(counts.runs, 2);
  });

  it('gives at most one champion per competition in every run, exactly one where the rules name one', () => {
    const counts = simulateSeason(setupAsOf('2014-02-13'), 3, 0, 300);
    const champions = new Map<string, number>();
    for (const t of counts.teams.values())
      champions.set(t.competition, (champions.get(t.competition) ?? 0) + t.champion);
    assert.equal(champions.get('torneo-del-inca'), 300);
    assert.equal(champions.get('reservas'), 300);
    // The final's places need the aggregate top eight; no source names who takes a place whose
    // condition fails, so such a run crowns nobody.
    assert.ok(champions.get('descentralizado')! <= 300 && champions.get('descentralizado')! > 150);
  });

  it('simulates a season with nothing left to play as the engine’s tables: every probability 0 or 1', () => {
    const model = fitDixonColes(seasonMatches(index.doc), {});
    const counts = simulateSeason({ index, model }, 1, 0, 5);
    const rows = seasonForecast(
      counts,
      index.doc.competitions.map((c) => c.id),
    );
    const engine = createSeasonEngine(index);
    // The Copa Perú is not: a national-stage leg whose score was never found is still to play,
    // and its groups' places level on every criterion are drawn by lots in each run.
    for (const r of rows.filter((x) => x.competition !== 'copa-peru')) {
      for (const p of [...r.positions, r.champion, r.relegated, r.promoted, ...Object.values(r.links)])
        assert.ok(p === 0 || p === 1, `${r.competition} ${r.team}: ${p}`);
    }
    for (const [comp, stage, overall] of [
      ['descentralizado', 'aggregate', false],
      ['reservas', 'stage-2', false],
      ['torneo-del-inca', 'groups', true],
    ] as const) {
      const table = overall ? engine.overallTable(comp, stage) : engine.table(comp, stage);
      table.rows.forEach((row, i) => {
        const r = rows.find((x) => x.competition === comp && x.team === row.team)!;
        assert.equal(r.positions[i], 1, `${comp} ${row.team} ${i + 1}`);
        assert.equal(r.expectedPoints, row.points, `${comp} ${row.team} points`);
      });
      const champion = engine.stageResult(comp, engine.stageOf(comp).id, 'winner').team;
      assert.equal(rows.find((x) => x.competition === comp && x.champion === 1)?.team, champion, comp);
    }
  });
});
