import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { sha256Hex } from '../../src/http/auth/token-registry.ts';
import { databasesUnderTest } from '../storage/test-databases.ts';
import { startServeProcess } from './serve-process.ts';
import { SseReader } from './sse-reader.ts';
import { bearer, PERU, TOKENS } from './test-app.ts';

const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const RESULT = `/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}/result`;
const TOKENS_ENV = JSON.stringify({
  version: 2,
  tokens: [
    {
      name: 'inca-recorder',
      sha256: sha256Hex(TOKENS.incaRecorder),
      grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'recorder' }],
    },
  ],
});

const { databases, skipped } = await databasesUnderTest();

for (const db of databases)
  describe(`torneo serve --workers 2 (${db.name})`, () => {
    after(() => db.cleanUp());
    it(
      'serves on one port from two processes: racing writes are serialised, every stream hears every write',
      { timeout: 120_000 },
      async () => {
        const server = await startServeProcess([PERU, '--db', await db.fresh(), '--workers', '2'], {
          TORNEO_TOKENS: TOKENS_ENV,
        });
        const abort = new AbortController();
        try {
          const children = spawnSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' });
          if (!children.error)
            assert.equal(children.stdout.trim().split('\n').length, 2, 'two worker processes');
          // Connections are handed to the workers in turn: four streams, two on each.
          const streams = await Promise.all(
            [1, 2, 3, 4].map(async () => {
              const r = new SseReader(
                await fetch(`${server.url}/api/seasons/peru-2014/events`, { signal: abort.signal }),
              );
              await r.next('hello');
              return r;
            }),
          );
          for (let round = 1; round <= 3; round++) {
            const write = (score: string) =>
              fetch(`${server.url}${RESULT}`, {
                method: 'PUT',
                headers: bearer(TOKENS.incaRecorder),
                body: JSON.stringify({ score, expectedVersion: round, reason: `round ${round}` }),
              });
            const answers = await Promise.all([write(`${round}-0`), write(`0-${round}`)]);
            assert.deepEqual(
              answers.map((a) => a.status).sort(),
              [201, 409],
              `round ${round}: one write wins, the other is told the match moved on`,
            );
            const won = (await answers.find((a) => a.status === 201)!.json()) as { id: number };
            for (const s of streams) {
              const heard = await s.next('fact');
              assert.equal(
                Number(heard.id),
                won.id,
                `round ${round}: every stream, on either worker, hears it`,
              );
            }
          }
          const history = (await (
            await fetch(`${server.url}/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}`)
          ).json()) as { history: unknown[] };
          assert.equal(history.history.length, 4, 'the loaded version and one per round, none twice');
          for (const s of streams) await s.close();
        } finally {
          abort.abort();
          await server.stop();
        }
      },
    );
  });

if (skipped)
  describe('torneo serve --workers 2 (PostgreSQL)', () => {
    if (process.env.CI) it('runs in CI, where PostgreSQL is guaranteed to be up', () => assert.fail(skipped));
    else it('is skipped', (t) => t.skip(skipped));
  });
