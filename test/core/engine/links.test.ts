import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSeasonEngine, seasonSummary } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

const FILE = 'test/fixtures/seasons/linked.yaml';
function engine(asOf?: string, edit: (t: string) => string = (t) => t) {
  const loaded = loadSeasonFromFiles([{ path: FILE, text: edit(readFileSync(FILE, 'utf8')) }]);
  assert.deepEqual(loaded.issues, []);
  return createSeasonEngine(loaded.index!, asOf ? { asOf: isoDate(asOf) } : {});
}
const rowOf = <R extends { team: string }>(t: { rows: readonly R[] }, team: string): R =>
  t.rows.find((r) => r.team === team)!;

describe('links between competitions', () => {
  it('finds the cup team with the fewest points over all groups: delta (0 pts, −2) below beta (0 pts, −1)', () => {
    const overall = engine().overallTable('cup', 'groups');
    assert.deepEqual(
      overall.rows.map((r) => r.team),
      ['gama', 'alfa', 'beta', 'delta'],
    );
    const link = engine().link('cup-worst');
    assert.equal(link.status, 'applied');
    assert.deepEqual(link.teams, ['delta']);
    assert.equal(link.effect, 'Delta −3 in League / Apertura');
  });

  it('lands the −3 on delta in the Apertura, with its reason', () => {
    const apertura = engine().table('league', 'apertura');
    // Apertura: alfa 2-0 beta, gama 0-1 delta, beta 1-1 gama, delta 2-2 alfa, alfa 0-1 gama, beta 3-0 delta
    // alfa 4 (W D L, 4-3), beta 4 (L D W, 4-3), gama 4 (L D W, 2-2), delta 4−3 = 1 (W D L, 3-6)
    const delta = rowOf(apertura, 'delta');
    assert.equal(delta.points, 1);
    assert.equal(delta.adjustment, -3);
    assert.match(
      delta.adjustmentNotes[0]!,
      /^−3: The cup's team with the fewest points over all starts the league on −3\. \(link cup-worst\)$/,
    );
    assert.deepEqual(
      apertura.rows.map((r) => r.team),
      ['alfa', 'beta', 'gama', 'delta'],
    );
    assert.equal(apertura.certainty, 'derived');
  });

  it("gives the reserves' champion's first team +2 in the aggregate table, which also carries the −3", () => {
    const e = engine();
    assert.equal(e.table('reserves', 'league').rows[0]!.team, 'delta-res');
    const aggregate = e.table('league', 'aggregate');
    const delta = rowOf(aggregate, 'delta');
    assert.equal(delta.adjustment, -1, '−3 from the cup, +2 from the reserves');
    assert.equal(delta.points, 3);
    assert.equal(aggregate.certainty, 'derived');
  });

  it('qualifies the cup winner only if it is in the top two of the aggregate table', () => {
    const e = engine();
    const final = e.stageResult('cup', 'final', 'winner');
    assert.deepEqual(final, { team: 'gama', certainty: 'derived', slot: 'cup/final winner' });
    const q = e.link('cup-winner-continental');
    // aggregate: alfa 4 (+1, 4 GF), beta 4 (+1, 4 GF), gama 4 (0) → gama third: condition fails
    assert.equal(q.status, 'condition-failed');
    assert.equal(q.condition?.met, false);
    assert.match(q.condition!.detail, /Gama did not finish in the top 2 of the League Aggregate table \(3\)/);
  });

  it('meets the condition when the table says so', () => {
    const e = engine(undefined, (t) =>
      t.replace('home: alfa, away: gama, score: 0-1', 'home: alfa, away: gama, score: 0-4'),
    );
    const q = e.link('cup-winner-continental');
    assert.equal(q.status, 'applied');
    assert.equal(q.condition?.met, true);
  });

  it('is unknown before the source competition has started, applied once its table is final', () => {
    const e = engine('2031-02-01');
    const link = e.link('cup-winner-continental');
    assert.equal(link.status, 'unknown');
    const worst = e.link('cup-worst');
    assert.equal(worst.status, 'applied', 'both group matches are played on 1 February');
    const early = engine('2031-01-31').link('cup-worst');
    assert.equal(early.status, 'unknown', 'no cup match played yet: nobody is last, not even provisionally');
    assert.equal(rowOf(engine('2031-01-31').table('league', 'apertura'), 'delta').adjustment, 0);
  });

  it('lists every link in the season summary, grouped by effect', () => {
    const s = seasonSummary(engine());
    assert.deepEqual(
      s.adjustments.map((l) => l.link.id),
      ['cup-worst', 'reserves-champion'],
    );
    assert.deepEqual(
      s.qualifications.map((l) => [l.link.id, l.status]),
      [['cup-winner-continental', 'condition-failed']],
    );
    const cup = s.competitions.find((c) => c.competition.id === 'cup')!;
    assert.equal(cup.champion.team, 'gama');
    assert.equal(cup.runnerUp.team, 'alfa');
  });

  it("names no reserves' champion while their stage-1 final, which gives +2 into the league, is undecided", () => {
    // The shape of seed 002: the first stage's final gives its champion +2 in the second stage.
    // Without the final the reserves' league, all its matches played, still waits for that bonus.
    const withFinal = (t: string) =>
      t
        .replace(
          '      - { id: league, name: Reserves league',
          '      - { id: final, name: Reserves final, format: knockout, tie: { legs: 1, penalties: true }, rounds: [{ id: final, name: Final, entrants: [{ team: alfa-res }, { team: gama-res }] }] }\n      - { id: league, name: Reserves league',
        )
        .replace(
          'links:\n',
          'links:\n  - { id: final-bonus, from: { competition: reserves, stage: final, pick: winner }, effect: { adjustment: { points: 2, competition: reserves, stage: league } } }\n',
        );
    const played = (t: string) =>
      `${withFinal(t)}  - { competition: reserves, stage: final, date: 2031-02-20, home: alfa-res, away: gama-res, score: 0-1 }\n`;
    const waiting = engine(undefined, withFinal);
    const league = waiting.table('reserves', 'league');
    assert.equal(league.matchesPlayed, league.matchesExpected);
    assert.equal(league.certainty, 'provisional');
    assert.deepEqual(league.awaitingLinks, ['final-bonus']);
    assert.notEqual(waiting.stageResult('reserves', 'league', 'winner').certainty, 'derived');
    assert.notEqual(
      seasonSummary(waiting).competitions.find((c) => c.competition.id === 'reserves')!.champion.certainty,
      'derived',
    );
    assert.equal(waiting.link('reserves-champion').status, 'pending');

    const decided = engine(undefined, played);
    const settled = decided.table('reserves', 'league');
    assert.equal(settled.certainty, 'derived');
    assert.equal(settled.awaitingLinks, undefined);
    // gama-res won the final: +2 lifts it from 2 points (two draws) to 4; delta-res stays first on 9.
    assert.equal(rowOf(settled, 'gama-res').adjustment, 2);
    assert.equal(rowOf(settled, 'gama-res').points, 4);
    const champion = decided.stageResult('reserves', 'league', 'winner');
    assert.equal(champion.team, 'delta-res');
    assert.equal(champion.certainty, 'derived');
  });
});
