import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/storage/index.ts';
import { databasesUnderTest } from '../storage/test-databases.ts';
import { runCli } from './run-cli.ts';

// A synthetic season (made-up clubs): four clubs, round 1 played, round 2 scheduled.
const SEASON = `season: { id: cuatro-2031, name: Liga Cuatro 2031 }
clubs:
  - { id: arcos, name: Arcos }
  - { id: bosque, name: Bosque }
  - { id: cantera, name: Cantera }
  - { id: dunas, name: Dunas, aliases: [Dunas FC] }
competitions:
  - id: liga
    name: Liga Cuatro
    teams: [arcos, bosque, cantera, dunas]
    stages:
      - { id: league, name: League, format: league, rounds: 1 }
matches:
  - { competition: liga, stage: league, round: "1", date: 2031-03-01, home: arcos, away: bosque, score: 1-0 }
  - { competition: liga, stage: league, round: "1", date: 2031-03-01, home: cantera, away: dunas, score: 2-2 }
  - { competition: liga, stage: league, round: "2", date: 2031-03-08, home: bosque, away: cantera }
  - { competition: liga, stage: league, round: "2", date: 2031-03-08, home: dunas, away: arcos }
`;

const { databases, skipped } = await databasesUnderTest();
after(async () => {
  for (const d of databases) await d.cleanUp();
});

for (const database of databases) {
  describe(`torneo import of a matchday into an existing season (${database.name})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-matchday-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const season = file('season.yaml', SEASON);

    it('adds the results of scheduled matches and corrects one already recorded, each as a new version', async () => {
      const db = await database.fresh();
      const loaded = await runCli(['load', season, '--db', db, '--author', 'loader']);
      assert.equal(loaded.code, 0, loaded.stderr);
      const csv = file(
        'round-2.csv',
        [
          'date,home,away,home_goals,away_goals',
          '2031-03-08,Bosque,Cantera,0,1',
          '2031-03-08,Dunas FC,Arcos,3,1',
          '2031-03-01,Cantera,Dunas,2,3',
          '2031-03-01,Arcos,Bosque,1,0',
        ].join('\n'),
      );
      const r = await runCli(['import', csv, '--season', 'cuatro-2031', '--db', db, '--author', 'official']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /2 added, 1 corrected, 1 unchanged, 0 refused/);
      assert.match(r.stdout, /added: liga\/league\/2031-03-08\/bosque-v-cantera version 2 \(line 2\)/);
      assert.match(r.stdout, /corrected: liga\/league\/2031-03-01\/cantera-v-dunas version 2 \(line 4\)/);

      const store = openStore(db);
      try {
        const doc = (await store.loadSeasonDocument('cuatro-2031'))!.doc;
        assert.deepEqual(
          doc.matches.map((m) => `${m.home}-${m.away} ${m.score ? `${m.score.home}-${m.score.away}` : '—'}`),
          ['arcos-bosque 1-0', 'cantera-dunas 2-3', 'bosque-cantera 0-1', 'dunas-arcos 3-1'],
        );
        const history = await store.factHistory({
          seasonId: 'cuatro-2031',
          kind: 'match',
          key: 'liga/league/2031-03-01/cantera-v-dunas',
        });
        assert.deepEqual(
          history.map((f) => f.action),
          ['record', 'correct'],
        );
        assert.equal(history[1]!.author, 'official');
        assert.match(history[1]!.reason ?? '', /round-2\.csv/);
      } finally {
        await store.close();
      }

      const again = await runCli(['import', csv, '--season', 'cuatro-2031', '--db', db, '--json']);
      assert.equal(again.code, 0, again.stderr);
      const report = JSON.parse(again.stdout).matchday;
      assert.deepEqual(
        [report.added.length, report.corrected.length, report.unchanged.length],
        [0, 0, 4],
        'the same file twice writes once',
      );
    });

    it('refuses rows that name no match of the season, and writes nothing unless --skip-bad', async () => {
      const db = await database.fresh();
      assert.equal((await runCli(['load', season, '--db', db])).code, 0);
      const csv = file(
        'bad.csv',
        [
          'date,home,away,home_goals,away_goals',
          '2031-03-08,Bosque,Cantera,0,1',
          '2031-03-08,Dunaz,Arcos,3,1',
          '2031-03-08,Arcos,Cantera,1,1',
        ].join('\n'),
      );
      const r = await runCli(['import', csv, '--season', 'cuatro-2031', '--db', db]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /bad\.csv:3: no club 'Dunaz' in season 'cuatro-2031' — did you mean 'Dunas'\?/);
      assert.match(r.stderr, /bad\.csv:4: no match arcos v cantera in season 'cuatro-2031'/);
      assert.match(r.stderr, /no result was written/);
      const store = openStore(db);
      try {
        const doc = (await store.loadSeasonDocument('cuatro-2031'))!.doc;
        assert.equal(doc.matches[2]!.score, undefined, 'nothing written');
      } finally {
        await store.close();
      }
      const skip = await runCli(['import', csv, '--season', 'cuatro-2031', '--db', db, '--skip-bad']);
      assert.equal(skip.code, 0, skip.stderr);
      assert.match(skip.stdout, /1 added, 0 corrected, 0 unchanged, 2 refused/);
    });

    it('does not overwrite a result recorded by someone else after the season was read', async () => {
      const db = await database.fresh();
      assert.equal((await runCli(['load', season, '--db', db])).code, 0);
      const store = openStore(db);
      try {
        const stored = (await store.loadSeasonDocument('cuatro-2031'))!;
        const ref = {
          seasonId: 'cuatro-2031',
          kind: 'match' as const,
          key: 'liga/league/2031-03-08/bosque-v-cantera',
        };
        const current = (await store.currentFact(ref))!;
        await store.appendFact(
          {
            ...ref,
            action: 'record',
            payload: { ...current.payload!, score: '2-2' },
            author: 'desk',
            recordedAt: new Date('2031-03-08T20:00:00Z'),
          },
          { expectedVersion: current.version, idempotencyKey: 'desk-1' },
        );
        const { importMatchday } = await import('../../src/season/from-import/import-matchday.ts');
        const { parseResultsCsv } = await import('../../src/import/index.ts');
        const rows = parseResultsCsv('date,home,away,home_goals,away_goals\n2031-03-08,Bosque,Cantera,0,1', {
          file: 'late.csv',
        });
        const report = await importMatchday(
          store,
          stored,
          [rows],
          { author: 'late', recordedAt: new Date('2031-03-08T21:00:00Z') },
          { origin: 'late.csv', skipBad: true },
        );
        assert.deepEqual(report.added, []);
        assert.match(report.refused[0]!.reason, /changed while the file was read \(now version 2\)/);
        assert.deepEqual((await store.currentFact(ref))!.payload!.score, '2-2');
      } finally {
        await store.close();
      }
    });
  });
}

if (skipped)
  describe('torneo import of a matchday on PostgreSQL', () => it('is skipped', (t) => t.skip(skipped)));
