import type { Command } from 'commander';
import { resolve } from 'node:path';
import { TokenConfigError } from '../../http/auth/token-config.ts';
import { SeasonFilesInvalid } from '../../serve/sync-season-files.ts';
import { startServer } from '../../serve/start-server.ts';
import { StorageError } from '../../storage/index.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { databaseTarget, describeTarget } from '../store-session.ts';
import { writeMeta } from '../write-meta.ts';

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  tokens?: string;
}

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description(
      'serve a season on the web and over HTTP, live: pages in Spanish and English, the API at /api, its document at /openapi.json and /docs',
    )
    .argument(
      '<season>',
      'a season folder (loaded into the database first when it changed) or a season id in the database',
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
    .action(async (season: string, flags: ServeFlags) => {
      const port = Number(flags.port ?? ctx.env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError('usage', `--port expects a port number, got '${flags.port}'`);
      const database = databaseTarget(flags, ctx);
      const path = resolve(ctx.cwd, season);
      try {
        const server = await startServer({
          season: /[/\\]/.test(season) || season.startsWith('.') ? path : season,
          database,
          port,
          host: flags.host ?? ctx.env.HOST ?? '127.0.0.1',
          env: ctx.env,
          ...(flags.tokens ? { tokensFile: resolve(ctx.cwd, flags.tokens) } : {}),
          meta: writeMeta(ctx, { reason: `torneo serve ${season}` }),
          log: (l) => ctx.output.out(l),
        });
        if (server.sync)
          ctx.output.out(
            `${server.seasonId}: definition ${server.sync.definition}, ${server.sync.stated} fact(s) loaded from ${season} into ${describeTarget(database)}`,
          );
        ctx.output.out(
          `Torneo is serving ${server.seasonId} at ${server.url}  (API ${server.url}/docs) — Ctrl-C stops it`,
        );
        await new Promise<void>((done) => {
          const stop = () => void server.close().then(done);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
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
