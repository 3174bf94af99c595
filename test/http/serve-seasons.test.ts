import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/serve/start-server.ts';
import { runCli } from '../cli/run-cli.ts';
import { PERU } from './test-app.ts';

/** A database holding peru-2014 and the season after it (peru-2015, as torneo season next writes it). */
async function twoSeasons(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-seasons-'));
  const db = join(dir, 'torneo.db');
  for (const args of [
    ['season', 'next', PERU, '--to', join(dir, 'peru-2015')],
    ['load', PERU, '--db', db],
    ['load', join(dir, 'peru-2015'), '--db', db],
  ]) {
    const r = await runCli(args);
    assert.equal(r.code, 0, r.stderr);
  }
  return { dir, db };
}

const serve = (db: string, seasons: readonly string[]) =>
  startServer({
    seasons,
    database: db,
    port: 0,
    host: '127.0.0.1',
    env: {},
    meta: { author: 'test', recordedAt: new Date('2030-01-01T00:00:00Z') },
    log: () => undefined,
  });

describe('torneo serve with several seasons', () => {
  let dir: string;
  let db: string;
  before(async () => ({ dir, db } = await twoSeasons()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves every season of the database when given none: / lists them, the API lists them, each is served', async () => {
    const server: RunningServer = await serve(db, []);
    try {
      assert.deepEqual(server.seasonIds, ['peru-2014', 'peru-2015']);
      const index = await fetch(`${server.url}/?lang=en`);
      assert.equal(index.status, 200);
      const page = await index.text();
      assert.match(page, /<h1>Seasons<\/h1>/);
      assert.match(page, /href="\/seasons\/peru-2014">2014 Peruvian football season</);
      assert.match(page, /href="\/seasons\/peru-2015">2015 Peruvian football season</);
      const spanish = await (await fetch(`${server.url}/?lang=es`)).text();
      assert.match(spanish, /<h1>Temporadas<\/h1>/);
      assert.match(spanish, /href="\/seasons\/peru-2014">Temporada 2014 del fútbol peruano</);
      const list = (await (await fetch(`${server.url}/api/seasons`)).json()) as {
        seasons: { id: string; digest: string }[];
      };
      assert.deepEqual(
        list.seasons.map((s) => s.id),
        ['peru-2014', 'peru-2015'],
      );
      for (const { id, digest } of list.seasons) {
        const season = (await (await fetch(`${server.url}/api/seasons/${id}`)).json()) as { digest: string };
        assert.equal(season.digest, digest, `the list gives ${id}'s version`);
      }
      for (const id of server.seasonIds) {
        assert.equal((await fetch(`${server.url}/seasons/${id}`)).status, 200, id);
        assert.equal((await fetch(`${server.url}/api/seasons/${id}/competitions`)).status, 200, id);
      }
    } finally {
      await server.close();
    }
  });

  it('serves the seasons named and no other; one season named keeps / as its page', async () => {
    const server = await serve(db, ['peru-2015']);
    try {
      assert.deepEqual(server.seasonIds, ['peru-2015']);
      const list = (await (await fetch(`${server.url}/api/seasons`)).json()) as { seasons: { id: string }[] };
      assert.deepEqual(
        list.seasons.map((s) => s.id),
        ['peru-2015'],
      );
      assert.equal((await fetch(`${server.url}/seasons/peru-2014`)).status, 404);
      assert.equal((await fetch(`${server.url}/api/seasons/peru-2014/competitions`)).status, 404);
      assert.equal((await fetch(`${server.url}/api/seasons/peru-2014/events`)).status, 404);
      const root = await fetch(`${server.url}/`, { redirect: 'manual' });
      assert.equal(root.status, 302);
      assert.equal(root.headers.get('Location'), '/seasons/peru-2015');
    } finally {
      await server.close();
    }
  });

  it('serving every season, serves one loaded while it runs from its first request', async () => {
    const later = join(dir, 'later.db');
    assert.equal((await runCli(['load', PERU, '--db', later])).code, 0);
    const server = await serve(later, []);
    try {
      assert.equal((await fetch(`${server.url}/seasons/peru-2015`)).status, 404);
      const loaded = await runCli(['load', join(dir, 'peru-2015'), '--db', later]);
      assert.equal(loaded.code, 0, loaded.stderr);
      assert.equal((await fetch(`${server.url}/seasons/peru-2015`)).status, 200);
      assert.match(await (await fetch(`${server.url}/?lang=en`)).text(), /href="\/seasons\/peru-2015"/);
    } finally {
      await server.close();
    }
  });

  it('says which season is neither a folder nor in the database', async () => {
    await assert.rejects(
      serve(db, ['peru-2015', 'peru-1999']),
      /season 'peru-1999' is neither a folder nor a season in the database/,
    );
  });

  it('torneo serve --db with no season argument serves every season of the database', async () => {
    const { startServeProcess } = await import('./serve-process.ts');
    const p = await startServeProcess(['--db', db], { TORNEO_TOKENS: '', TORNEO_TOKENS_FILE: '' });
    try {
      const list = (await (await fetch(`${p.url}/api/seasons`)).json()) as { seasons: unknown[] };
      assert.equal(list.seasons.length, 2);
    } finally {
      await p.stop();
    }
  });
});
