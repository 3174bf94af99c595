import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

const PERU = 'examples/peru-2014';
const LIGA = 'test/fixtures/seasons/liga-diez.yaml';

const TIE_KEYS = ['id', 'a', 'b', 'legs', 'aggregate', 'winner', 'decidedBy', 'status'];
const LEG_KEYS = ['date', 'home', 'away', 'score', 'extraTime', 'penalties'];

describe('torneo bracket', () => {
  it('prints the contract: Sport Loreto through on away goals in the Copa Perú quarter-final', async () => {
    const r = await runCli(['bracket', PERU, 'copa-peru/national', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(
      json.stages.map((s: { id: string }) => s.id),
      ['national'],
    );
    const rounds = json.stages[0].rounds;
    assert.deepEqual(
      rounds.map((x: { id: string }) => x.id),
      ['round-of-16', 'quarter-finals', 'semi-finals', 'final'],
    );
    // Every quarter-final follows from the round of 16 (the bracket); Sport Loreto's is the second.
    assert.equal(rounds[1].ties.length, 4);
    const qf = rounds[1].ties.find((t: { a: { id: string } }) => t.a.id === 'aurora-chancayllo');
    for (const k of TIE_KEYS) assert.ok(k in qf, `tie has ${k}`);
    for (const k of LEG_KEYS) assert.ok(k in qf.legs[0], `leg has ${k}`);
    assert.deepEqual(qf.a, { ...qf.a, id: 'aurora-chancayllo', name: 'Aurora Chancayllo' });
    assert.equal(qf.aggregate, '1-1');
    assert.equal(qf.winner, 'sport-loreto');
    assert.equal(qf.decidedBy, 'away_goals');
    assert.equal(qf.status, 'decided');
    assert.deepEqual(
      qf.legs.map((l: { score: string }) => l.score),
      ['1-1', '0-0'],
    );
  });

  it('draws the bracket in the terminal and says how each tie was settled', async () => {
    const r = await runCli(['bracket', PERU, 'copa-peru/national']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Round of 16 +Quarter-finals +Semi-finals +Final/);
    assert.match(r.stdout, /→ Sport Loreto go through on away goals/);
  });

  it('shows the Descentralizado final with the top-eight condition on both places and the third match that settled it', async () => {
    const json = JSON.parse((await runCli(['bracket', PERU, 'descentralizado/final', '--json'])).stdout);
    const final = json.stages[0].rounds[0].ties[0];
    assert.equal(final.decidedBy, 'third_match');
    assert.equal(final.winner, 'sporting-cristal');
    assert.deepEqual([final.a.condition.positionAtMost, final.b.condition.stage], [8, 'aggregate']);
  });

  it('shows where each place comes from before it is known, and waits', async () => {
    const json = JSON.parse(
      (await runCli(['bracket', LIGA, 'liga', '--as-of', '2031-04-20', '--json'])).stdout,
    );
    const [semis, final] = json.stages[0].rounds;
    assert.equal(semis.ties[0].status, 'awaiting');
    assert.equal(semis.ties[0].a.certainty, 'provisional');
    assert.deepEqual(final.ties[0].a, {
      id: null,
      name: null,
      certainty: 'unknown',
      from: { kind: 'winner', tie: 'semi-finals-1', name: 'Semi-finals 1' },
      slot: 'winner of Semi-finals 1',
    });
    const text = (await runCli(['bracket', LIGA, 'liga', '--lang', 'es'])).stdout;
    assert.match(text, /Ganador de Semi-finals 1 v Ganador de Semi-finals 2/);
  });

  it('refuses a competition without a knockout, naming it', async () => {
    const r = await runCli(['bracket', LIGA, 'liga/league']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /'liga\/league' has no knockout/);
  });
});
