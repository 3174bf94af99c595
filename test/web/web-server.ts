import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/http/auth/token-registry.ts';
import { startServer, type RunningServer } from '../../src/serve/start-server.ts';
import { PERU, TOKENS } from '../http/test-app.ts';

/** `torneo serve examples/peru-2014` on a fresh SQLite file and a free port, with the test officials. */
export function servePeru(): Promise<RunningServer> {
  const tokens = {
    version: 2,
    tokens: [
      {
        name: 'inca-recorder',
        sha256: sha256Hex(TOKENS.incaRecorder),
        grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'recorder' }],
      },
      {
        name: 'copa-peru-recorder',
        sha256: sha256Hex(TOKENS.copaRecorder),
        grants: [{ season: 'peru-2014', competition: 'copa-peru', role: 'recorder' }],
      },
    ],
  };
  return startServer({
    season: PERU,
    database: join(mkdtempSync(join(tmpdir(), 'torneo-web-')), 'torneo.db'),
    port: 0,
    host: '127.0.0.1',
    env: { TORNEO_TOKENS: JSON.stringify(tokens) },
    meta: { author: 'web-test', recordedAt: new Date(Date.now() - 60_000) },
    log: () => undefined,
  });
}
