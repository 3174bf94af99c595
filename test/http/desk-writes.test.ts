import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { startServer } from '../../src/serve/start-server.ts';
import { SseReader } from './sse-reader.ts';
import { PERU } from './test-app.ts';

const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';

/** `torneo <args>` as its own process, from the sources: a desk computer beside the server. */
const torneo = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/storage/torneo-process.ts', ...args]);

describe('a write made at the desk while serve runs (SQLite)', () => {
  it('reaches the open event streams and the pages without a restart', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-desk-'));
    const db = join(dir, 'torneo.db');
    const server = await startServer({
      season: PERU,
      database: db,
      port: 0,
      host: '127.0.0.1',
      env: {},
      meta: { author: 'test', recordedAt: new Date(Date.now() - 60_000) },
      log: () => undefined,
    });
    const abort = new AbortController();
    try {
      const events = new SseReader(
        await fetch(`${server.url}/api/seasons/peru-2014/events`, { signal: abort.signal }),
      );
      await events.next('hello');
      const match = `${server.url}/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}`;
      assert.equal(((await (await fetch(match)).json()) as { result?: unknown }).result, undefined);

      const desk = await torneo('record', 'peru-2014', UNKNOWN, '2-1', '--db', db, '--author', 'desk');
      assert.match(desk.stdout, /recorded: .* version 2/);

      const heard = (await events.next('fact')).data as { key: string; kind: string; competition: string };
      assert.deepEqual(heard, { ...heard, kind: 'match', key: UNKNOWN, competition: 'torneo-del-inca' });
      const after = (await (await fetch(match)).json()) as { result: { fullTime: unknown } };
      assert.deepEqual(after.result.fullTime, { home: 2, away: 1 }, 'the API serves the desk’s result');
      await events.close();
    } finally {
      abort.abort();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
