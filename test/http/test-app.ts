import { FactBus } from '../../src/live/fact-bus.ts';
import { SeasonCatalog } from '../../src/live/season-catalog.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/app-env.ts';
import { sha256Hex, TokenRegistry } from '../../src/http/auth/token-registry.ts';
import { errorPage } from '../../src/web/pages/error-page.ts';
import { mountWeb } from '../../src/web/web-routes.ts';
import { syncSeasonFiles } from '../../src/serve/sync-season-files.ts';
import { openStore, type SeasonStore } from '../../src/storage/index.ts';

export const PERU = 'examples/peru-2014';

/** Tokens of the officials in these tests, in clear (the server keeps only their hashes). */
export const TOKENS = {
  admin: 'admin-token-for-tests',
  copaRecorder: 'copa-peru-recorder-token',
  incaRecorder: 'inca-recorder-token',
} as const;

export const tokenRegistry = () =>
  new TokenRegistry({
    version: 2,
    tokens: [
      {
        name: 'federation-admin',
        sha256: sha256Hex(TOKENS.admin),
        grants: [{ season: 'peru-2014', competition: '*', role: 'admin' }],
      },
      {
        name: 'copa-peru-recorder',
        sha256: sha256Hex(TOKENS.copaRecorder),
        grants: [{ season: 'peru-2014', competition: 'copa-peru', role: 'recorder' }],
      },
      {
        name: 'inca-recorder',
        sha256: sha256Hex(TOKENS.incaRecorder),
        grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'recorder' }],
      },
    ],
  });

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly catalog: SeasonCatalog;
  readonly store: SeasonStore;
  close(): Promise<void>;
}

/** The Peru 2014 example in an in-memory SQLite store, served (API and pages) by an app with no server around it. */
export async function peruApp(
  overrides: Partial<AppDeps> = {},
  target = ':memory:',
  /** Wraps the store the catalog writes through (a test that makes the database slow, say). */
  wrap: (store: SeasonStore) => SeasonStore = (s) => s,
): Promise<TestApp> {
  const store = openStore(target);
  await store.migrate();
  await syncSeasonFiles(store, PERU, { author: 'test-loader', recordedAt: new Date('2030-01-01T00:00:00Z') });
  const catalog = new SeasonCatalog(wrap(store), new FactBus());
  let clock = Date.parse('2030-01-02T00:00:00Z');
  const tokens = tokenRegistry();
  const nowMs = () => (clock += 1000);
  const app = createApp({ catalog, tokens, nowMs, ...overrides }, { errorPage });
  // The recording form writes with the same clock as the API: after the load, never before it.
  mountWeb(app, { catalog, tokens, defaultSeason: 'peru-2014', nowMs: overrides.nowMs ?? nowMs });
  return { app, catalog, store, close: () => store.close() };
}

export const bearer = (token: string, extra: Record<string, string> = {}) => ({
  Authorization: `Bearer ${token}`,
  'Content-Type': 'application/json',
  ...extra,
});

/** The id of the first match that matches, as the API names it (URL-encoded for paths). */
export const encodeId = (id: string) => encodeURIComponent(id);
