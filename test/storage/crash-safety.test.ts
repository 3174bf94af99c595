import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { seasonFolder } from '../../src/season/season-folder.ts';
import { openStore } from '../../src/storage/index.ts';
import { bigLeague } from './season-builders.ts';
import { databasesUnderTest, type TestDatabase } from './test-databases.ts';

const TEAMS = 80; // 6,320 matches: several megabytes written in one transaction

/** The big league as a season folder on disk, written once for every database. */
const seasonDir = (() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'torneo-crash-')), 'season');
  for (const f of seasonFolder(bigLeague(TEAMS).input)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
})();

const torneo = (args: readonly string[], hold?: string): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'test/storage/torneo-process.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(hold ? { TORNEO_TEST_HOLD: hold } : {}) },
  });

/**
 * Starts torneo, lets it run until it holds at the given point of its progress (see
 * torneo-process.ts) and SIGKILLs it there: in the middle of a load's one transaction, or
 * between an import's batches.
 */
async function runAndKill(
  args: readonly string[],
  hold: string,
): Promise<{ signal: NodeJS.Signals | null; held: boolean }> {
  const child = torneo(args, hold);
  let held = false;
  child.stdout!.on('data', (d) => {
    if (!held && String(d).includes('holding ')) {
      held = true;
      child.kill('SIGKILL');
    }
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, sig) => resolve(sig)),
  );
  return { signal, held };
}

async function factCounts(target: string) {
  const store = openStore(target);
  try {
    const ids = await store.seasonIds();
    const doc = ids.length ? (await store.loadSeasonDocument(ids[0]!))?.doc : undefined;
    return { seasons: ids.length, matches: doc?.matches.length ?? 0 };
  } finally {
    await store.close();
  }
}

const { databases, skipped } = await databasesUnderTest();
after(async () => {
  for (const db of databases) await db.cleanUp();
});

for (const db of databases) {
  describe(`a load killed half-way on ${db.name}`, () => {
    it('leaves nothing of its transaction, and running it again writes every fact exactly once', async () => {
      const target = await db.fresh();
      // Held once a third of the facts are written, inside the load's transaction.
      const killed = await runAndKill(['load', seasonDir, '--db', target], 'loading:0.34');
      assert.deepEqual(killed, { signal: 'SIGKILL', held: true }, 'the load was killed before it finished');
      assert.deepEqual(
        await factCounts(target),
        { seasons: 0, matches: 0 },
        'nothing from the killed transaction',
      );

      const again = torneo(['load', seasonDir, '--db', target]);
      let out = '';
      again.stdout!.on('data', (d) => (out += String(d)));
      const code = await new Promise((resolve) => again.on('exit', resolve));
      assert.equal(code, 0, out);
      assert.match(out, new RegExp(`facts: ${TEAMS * (TEAMS - 1)} added, 0 changed, 0 unchanged`));
      assert.deepEqual(await factCounts(target), { seasons: 1, matches: TEAMS * (TEAMS - 1) });
      const store = openStore(target);
      const history = await store.factHistory({
        seasonId: 'big-league-2030',
        kind: 'match',
        key: 'league/season/2030-01-01/club-1-v-club-2',
      });
      assert.equal(history.length, 1, 'one version of each match, not two');
      await store.close();
    });
  });
}

/** The big league as engsoccerdata rows: what `torneo import` reads. */
const csvFile = (() => {
  const file = join(dirname(seasonDir), 'league.csv');
  const rows = bigLeague(TEAMS).input.matches as {
    date: string;
    home: string;
    away: string;
    score: string;
  }[];
  const lines = rows.map((m) => {
    const [h, a] = m.score.split('-');
    return `"${m.date}",2030,"${m.home}","${m.away}","${m.score}",${h},${a},"1",1,0,0,"H"`;
  });
  writeFileSync(
    file,
    [
      '"Date","Season","home","visitor","FT","hgoal","vgoal","division","tier","totgoal","goaldif","result"',
      ...lines,
    ].join('\n'),
  );
  return file;
})();

/** How many match facts the database holds, read straight from the table. */
async function storedFacts(db: TestDatabase, target: string): Promise<number> {
  if (db.name === 'SQLite') {
    if (!existsSync(target)) return 0;
    const handle = new Sqlite(target, { readonly: true, timeout: 1000 });
    try {
      return (
        handle.prepare("select count(*) as n from sqlite_master where name = 'facts'").get() as { n: number }
      ).n
        ? (handle.prepare('select count(*) as n from facts').get() as { n: number }).n
        : 0;
    } finally {
      handle.close();
    }
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    const exists = await client.query("select to_regclass('facts') is not null as e");
    return exists.rows[0].e ? (await client.query('select count(*)::int as n from facts')).rows[0].n : 0;
  } finally {
    await client.end();
  }
}

const BATCH = 500;

for (const db of databases) {
  describe(`an import killed half-way on ${db.name}`, () => {
    it('keeps whole batches only, and running it again completes without a duplicate', async () => {
      const target = await db.fresh();
      // Held after two whole batches are committed, before the third begins.
      const args = [
        'import',
        csvFile,
        '--season',
        'big-import',
        '--batch-size',
        String(BATCH),
        '--db',
        target,
      ];
      const killed = await runAndKill(args, `importing:${2 * BATCH}`);
      assert.deepEqual(killed, { signal: 'SIGKILL', held: true }, 'the import was killed before it finished');
      const kept = await storedFacts(db, target);
      assert.ok(kept > 0 && kept < TEAMS * (TEAMS - 1), `killed half-way (${kept} facts kept)`);
      assert.equal(kept % BATCH, 0, `whole batches only: ${kept} is not a multiple of ${BATCH}`);

      const again = torneo(args);
      let out = '';
      again.stdout!.on('data', (d) => (out += String(d)));
      assert.equal(await new Promise((resolve) => again.on('exit', resolve)), 0, out);
      assert.match(
        out,
        new RegExp(`facts: ${TEAMS * (TEAMS - 1) - kept} added, 0 changed, ${kept} unchanged`),
      );
      assert.equal(await storedFacts(db, target), TEAMS * (TEAMS - 1), 'every match once');
    });
  });
}

if (skipped && process.env.CI) {
  describe('a load killed half-way on PostgreSQL', () =>
    it('runs in CI, where PostgreSQL is guaranteed to be up', () => assert.fail(skipped)));
}
