import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../http/app.ts';
import { readTokenSource, tokenSource } from '../http/auth/token-config.ts';
import { TokenRegistry } from '../http/auth/token-registry.ts';
import type { TrustedProxies } from '../http/client-origin.ts';
import type { BucketOptions } from '../http/middleware/token-bucket.ts';
import { FactBus } from '../live/fact-bus.ts';
import { SeasonCatalog } from '../live/season-catalog.ts';
import { SeasonForecasts } from '../live/season-forecasts.ts';
import { openStore, StorageError, type SeasonStore, type WriteMeta } from '../storage/index.ts';
import { watchSeasonChanges, type SeasonChangeListener } from '../storage/watch-season-changes.ts';
import { errorPage } from '../web/pages/error-page.ts';
import { mountWeb } from '../web/web-routes.ts';
import { syncSeasonFiles, type SyncReport } from './sync-season-files.ts';

export interface ServeOptions {
  /**
   * Season folders (each loaded into the database when it changed) or ids of seasons in it: the
   * seasons served. None: every season in the database, those added while serving too.
   */
  readonly seasons?: readonly string[];
  /** One season: the same as `seasons: [season]`. */
  readonly season?: string;
  /** A SQLite file or a postgres:// URL. */
  readonly database: string;
  readonly port: number;
  readonly host: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly tokensFile?: string;
  readonly meta: WriteMeta;
  /** Writes per token (default: a burst of 30, then 10 a second). */
  readonly writeLimit?: BucketOptions;
  /** Proxies whose X-Forwarded-For/-Proto are believed (`--trust-proxy`). */
  readonly trustedProxies?: TrustedProxies;
  /** SQLite: milliseconds between looks for another process's writes (default 250). */
  readonly pollMs?: number;
  readonly log: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  /** The season named first (absent when serving every season of the database). */
  readonly seasonId?: string;
  /** The seasons served when the server started. */
  readonly seasonIds: readonly string[];
  /** What each season folder brought to the database, in the order given. */
  readonly syncs: readonly SyncReport[];
  /** The first folder's (when the first season was given as a folder). */
  readonly sync?: SyncReport;
  /** Reads the tokens again from where they came from (SIGHUP); how many are in force. */
  reloadTokens(): number;
  close(): Promise<void>;
}

/**
 * `torneo serve`: the seasons in the database (loading folders first when they changed), the
 * API and the pages on one port, and a watch on the database (PostgreSQL LISTEN, SQLite a cheap
 * poll) so that a fact recorded by another process — another server, a worker, `torneo record`
 * at the desk — reaches this one's live pages.
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const source = tokenSource(o.env, o.tokensFile);
  const tokens = new TokenRegistry(readTokenSource(source));
  const store = openStore(o.database);
  let listener: SeasonChangeListener | undefined;
  try {
    await store.migrate();
    const named = o.seasons ?? (o.season !== undefined ? [o.season] : []);
    const { ids, syncs } = await namedSeasons(store, named, o.meta);
    const catalog = new SeasonCatalog(store, new FactBus(), named.length ? { only: ids } : {});
    const seasonIds = named.length ? ids : await store.seasonIds();
    listener = await watchSeasonChanges(o.database, store, {
      onChange: (id) => void catalog.changed(id),
      onResync: () => void catalog.resync(),
      ...(o.pollMs ? { pollMs: o.pollMs } : {}),
    });
    const forecasts = new SeasonForecasts(catalog);
    const app = createApp(
      {
        catalog,
        tokens,
        forecasts,
        ...(o.writeLimit ? { writeLimit: o.writeLimit } : {}),
        ...(o.trustedProxies ? { trustedProxies: o.trustedProxies } : {}),
      },
      { errorPage },
    );
    // One season named: `/` is its page, as it always was; otherwise `/` lists the seasons.
    const defaultSeason = ids.length === 1 ? ids[0] : undefined;
    mountWeb(app, { catalog, tokens, forecasts, ...(defaultSeason ? { defaultSeason } : {}) });
    const server = await listen(app.fetch, o.port, o.host);
    const port = (server.address() as AddressInfo).port;
    const url = `http://${o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host}:${port}`;
    const sync = syncs[0]?.seasonId === ids[0] ? syncs[0] : undefined;
    return {
      url,
      ...(ids[0] !== undefined ? { seasonId: ids[0] } : {}),
      seasonIds,
      syncs,
      ...(sync ? { sync } : {}),
      reloadTokens() {
        tokens.reload(readTokenSource(source));
        return tokens.size;
      },
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        forecasts.close();
        await listener?.close();
        await store.close();
      },
    };
  } catch (e) {
    await listener?.close();
    await store.close();
    throw e;
  }
}

/**
 * Before workers start (`--workers`): the schema brought up to date and the season folders
 * loaded once, by one process, so that the workers are given season ids and race over nothing.
 */
export async function prepareSeasons(
  database: string,
  named: readonly string[],
  meta: WriteMeta,
): Promise<{ ids: string[]; syncs: SyncReport[] }> {
  const store = openStore(database);
  try {
    await store.migrate();
    return await namedSeasons(store, named, meta);
  } finally {
    await store.close();
  }
}

/** The seasons named, as ids: each folder synchronised into the database, each id found there. */
async function namedSeasons(
  store: SeasonStore,
  named: readonly string[],
  meta: WriteMeta,
): Promise<{ ids: string[]; syncs: SyncReport[] }> {
  const ids: string[] = [];
  const syncs: SyncReport[] = [];
  for (const season of named) {
    const sync = existsSync(season) ? await syncSeasonFiles(store, season, meta) : undefined;
    if (sync) syncs.push(sync);
    const id = sync?.seasonId ?? season;
    if (!(await store.seasonIds()).includes(id))
      throw new StorageError(
        'unknown_season',
        `season '${id}' is neither a folder nor a season in the database`,
      );
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids, syncs };
}

function listen(
  fetch: (r: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}
