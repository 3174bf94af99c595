// The 2014, 2018 and 2022 World Cups imported from openfootball-worldcup (CC0) as seasons: the
// group stage and every knockout round from the files' own headings, each tie resolved by the
// engine to the team that went through, shoot-outs included. Skipped when ../shared/data is absent.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { createSeasonEngine } from '../../src/core/engine/index.ts';
import { indexSeason } from '../../src/core/season/season.ts';
import { openStore } from '../../src/storage/index.ts';
import { runCli } from '../cli/run-cli.ts';

const DATA = '../shared/data/openfootball-worldcup';

/** Who went through on penalties, and the champion (FIFA's records). */
const CUPS = [
  {
    folder: '2014--brazil',
    champion: 'germany',
    shootouts: ['brazil', 'costa-rica', 'netherlands', 'argentina'],
  },
  { folder: '2018--russia', champion: 'france', shootouts: ['russia', 'croatia', 'croatia', 'england'] },
  {
    folder: '2022--qatar',
    champion: 'argentina',
    shootouts: ['croatia', 'morocco', 'croatia', 'argentina', 'argentina'],
  },
];

describe('World Cups from openfootball as seasons', () => {
  for (const cup of CUPS) {
    it(`${cup.folder}: every knockout tie goes to the team that went through, ${cup.champion} champion`, async (t: TestContext) => {
      if (!existsSync(`${DATA}/${cup.folder}`)) return t.skip('../shared/data not found');
      const dir = mkdtempSync(join(tmpdir(), 'torneo-wc-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const db = join(dir, 'wc.db');
      const r = await runCli(['import', `${DATA}/${cup.folder}`, '--season', 'wc', '--db', db]);
      assert.equal(r.code, 0, r.stderr);
      const store = openStore(db);
      const doc = (await store.loadSeasonDocument('wc'))!.doc;
      await store.close();
      const comp = doc.competitions[0]!;
      assert.deepEqual(
        comp.stages.map((s) => `${s.id}:${s.format}`),
        ['group-stage:groups', 'knockout-stage:knockout'],
      );
      const engine = createSeasonEngine(indexSeason(doc));
      const state = engine.stageState(comp.id, 'knockout-stage');
      assert.equal(state.kind, 'knockout');
      if (state.kind !== 'knockout') return;
      assert.deepEqual(
        state.rounds.map((x) => x.ties.length),
        [8, 4, 2, 1, 1],
      );
      const winners = (i: number) =>
        state.rounds[i]!.ties.map((tie) =>
          tie.outcome.status === 'decided' ? tie.outcome.winner : `${tie.id}: ${tie.outcome.status}`,
        );
      const teamsOf = (i: number) =>
        state.rounds[i]!.ties.flatMap((tie) => tie.matches.flatMap((m) => [m.home, m.away]));
      for (let i = 0; i < 5; i++)
        assert.ok(
          winners(i).every((w) => !w.includes(':')),
          `${state.rounds[i]!.name}: ${winners(i).join(', ')}`,
        );
      // Round of 16 → quarter-finals → semi-finals: the winners and nobody else go on.
      for (const i of [0, 1]) assert.deepEqual([...teamsOf(i + 1)].sort(), [...winners(i)].sort());
      const final = state.rounds.find((x) => x.name === 'Final')!;
      const third = state.rounds.find((x) => /third/i.test(x.name))!;
      const semiWinners = winners(2);
      assert.deepEqual([...teamsOf(state.rounds.indexOf(final))].sort(), [...semiWinners].sort());
      assert.equal(
        third.ties[0]!.matches.every((m) => !semiWinners.includes(m.home) && !semiWinners.includes(m.away)),
        true,
      );
      const onPenalties = state.rounds.flatMap((x) =>
        x.ties.flatMap((tie) =>
          tie.outcome.status === 'decided' && tie.outcome.decidedBy === 'penalties'
            ? [tie.outcome.winner]
            : [],
        ),
      );
      assert.deepEqual([...onPenalties].sort(), [...cup.shootouts].sort());
      assert.equal(winners(state.rounds.indexOf(final))[0], cup.champion);
    });
  }
});
