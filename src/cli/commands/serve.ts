import cluster from 'node:cluster';
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { TokenConfigError } from '../../http/auth/token-config.ts';
import { parseTrustedProxies } from '../../http/client-origin.ts';
import type { RunningServer } from '../../serve/start-server.ts';
import { SeasonFilesInvalid, type SyncReport } from '../../serve/sync-season-files.ts';
import { prepareSeasons, startServer } from '../../serve/start-server.ts';
import { reportListening, startWorkers, WORKER_SEASONS_ENV } from '../../serve/worker-pool.ts';
import { StorageError } from '../../storage/index.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { demoToken, seasonIdOf } from '../demo-token.ts';
import { databaseTarget, describeTarget, withStore } from '../store-session.ts';
import { writeMeta } from '../write-meta.ts';

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  tokens?: string;
  trustProxy?: string;
  demoToken?: boolean;
  workers?: string;
}

/** How long SIGTERM waits for requests in flight and the database before the process ends anyway. */
const STOP_WITHIN_MS = 5_000;

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description(
      'serve a season on the web and over HTTP, live: pages in Spanish and English, the API at /api, its document at /openapi.json and /docs',
    )
    .argument(
      '[seasons...]',
      'season folders (each loaded into the database first when it changed) or season ids in the database; none: every season in the database',
    )
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--port <n>', 'port (default: PORT, else 3000; 0 picks a free one)')
    .option('--host <name>', 'interface to listen on (default: HOST, else 127.0.0.1)')
    .option(
      '--tokens <file>',
      'who may write: a JSON or YAML file of hashed tokens (default: TORNEO_TOKENS_FILE, else TORNEO_TOKENS)',
    )
    .option(
      '--trust-proxy <addresses>',
      'comma-separated addresses (or "loopback") of proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (default: TORNEO_TRUST_PROXY, else none)',
    )
    .option(
      '--demo-token',
      'for trying Torneo on this computer: make up a token that may record every competition, and print it (refused with NODE_ENV=production or a public --host; ignored when tokens are configured)',
    )
    .option(
      '--workers <n>',
      'processes that share the port (node:cluster), each a whole server (default: TORNEO_WORKERS, else 1)',
    )
    .action(async (seasons: string[], flags: ServeFlags) => {
      const port = Number(flags.port ?? ctx.env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError('usage', `--port expects a port number, got '${flags.port}'`);
      const workers = Number(flags.workers ?? ctx.env.TORNEO_WORKERS ?? 1);
      if (!Number.isInteger(workers) || workers < 1 || workers > 256)
        throw new CliError(
          'usage',
          `--workers expects a number of processes from 1 to 256, got '${flags.workers}'`,
        );
      const database = databaseTarget(flags, ctx);
      const host = flags.host ?? ctx.env.HOST ?? '127.0.0.1';
      // A worker is given the season ids its primary found (folders were loaded once, there).
      const given = cluster.isWorker ? ctx.env[WORKER_SEASONS_ENV] : undefined;
      const named =
        given !== undefined
          ? (JSON.parse(given) as string[])
          : seasons.map((s) => (/[/\\]/.test(s) || s.startsWith('.') ? resolve(ctx.cwd, s) : s));
      const demo =
        flags.demoToken && given === undefined
          ? demoToken(
              ctx.env,
              host,
              flags.tokens,
              seasons.length
                ? seasons.map((s, i) => seasonIdOf(s, named[i]!))
                : await withStore(ctx, flags, (store) => store.seasonIds()),
            )
          : undefined;
      const meta = writeMeta(ctx, { reason: `torneo serve ${seasons.join(' ')}`.trim() });
      const report = (syncs: readonly SyncReport[], ids: readonly string[], url: string) => {
        for (const sync of syncs)
          ctx.output.out(
            `${sync.seasonId}: definition ${sync.definition}, ${sync.stated} fact(s) loaded from ${sync.folder} into ${describeTarget(database)}`,
          );
        const what = seasons.length
          ? ids.join(', ')
          : `every season of ${describeTarget(database)} (${ids.length} now)`;
        const processes = workers > 1 ? `, ${workers} workers` : '';
        ctx.output.out(
          `Torneo is serving ${what} at ${url}  (API ${url}/docs${processes}) — Ctrl-C stops it`,
        );
        if (demo)
          ctx.output.out(
            `Demo token, for this computer and this run only (records as 'demo'): ${demo.token}\n  sign in at ${url}/seasons/${ids[0] ?? '<season>'}/sign-in`,
          );
        else if (flags.demoToken) ctx.output.out('Tokens are configured: no demo token was made.');
      };
      try {
        if (workers > 1 && given === undefined) {
          const { ids, syncs } = await prepareSeasons(database, named, meta);
          const workerEnv = { [WORKER_SEASONS_ENV]: JSON.stringify(seasons.length ? ids : []), ...demo?.env };
          const pool = await startWorkers(workers, workerEnv, (l) => ctx.output.err(`torneo: ${l}`));
          report(syncs, seasons.length ? ids : await withStore(ctx, flags, (s) => s.seasonIds()), pool.url);
          return await untilStopped(
            { reloadTokens: () => (pool.reload(), undefined), close: () => pool.stop(STOP_WITHIN_MS) },
            ctx,
          );
        }
        const server = await startServer({
          seasons: named,
          database,
          port,
          host,
          env: demo ? { ...ctx.env, ...demo.env } : ctx.env,
          ...(flags.tokens ? { tokensFile: resolve(ctx.cwd, flags.tokens) } : {}),
          trustedProxies: parseTrustedProxies(flags.trustProxy ?? ctx.env.TORNEO_TRUST_PROXY),
          meta,
          log: (l) => ctx.output.out(l),
        });
        if (given !== undefined) reportListening(server.url);
        else report(server.syncs, server.seasonIds, server.url);
        await untilStopped(server, ctx);
      } catch (e) {
        if (e instanceof SeasonFilesInvalid) throw new CliError('invalid_input', e.message, e.issues);
        if (e instanceof TokenConfigError) throw new CliError('invalid_input', e.message);
        if (e instanceof StorageError)
          throw new CliError(e.code === 'unknown_season' ? 'not_found' : 'unavailable', e.message);
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new CliError('unavailable', `port ${port} is in use; choose another with --port`);
        throw e;
      }
    });
}

/** A server, or the pool of workers that serve: what the signals act on. */
type Stoppable = Pick<RunningServer, 'close'> & { reloadTokens(): number | undefined };

/**
 * Serves until SIGINT or SIGTERM; SIGHUP reads the tokens again (a broken file keeps the tokens
 * in force and says why). Stopping waits for the server to close, but never longer than
 * STOP_WITHIN_MS: a database that does not answer must not keep the process alive.
 */
async function untilStopped(server: Stoppable, ctx: CommandContext): Promise<void> {
  const reload = () => {
    try {
      const inForce = server.reloadTokens();
      // The workers of a pool each say so themselves.
      if (inForce !== undefined) ctx.output.out(`tokens reloaded: ${inForce} in force`);
    } catch (e) {
      ctx.output.err(`torneo: tokens not reloaded, the previous ones stay in force: ${(e as Error).message}`);
    }
  };
  process.on('SIGHUP', reload);
  await new Promise<void>((done) => {
    const stop = () => {
      const deadline = setTimeout(done, STOP_WITHIN_MS);
      void server.close().then(
        () => done(),
        () => done(),
      );
      deadline.unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.off('SIGHUP', reload);
  // Whatever is still pending (a connection attempt to a database that is away) ends with the process.
  setTimeout(() => process.exit(), 200).unref();
}
