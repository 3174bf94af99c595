import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TOKEN_FILE_VERSION } from '../http/auth/token-config.ts';
import { sha256Hex } from '../http/auth/token-registry.ts';
import { CliError } from './cli-error.ts';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/**
 * `serve --demo-token`: a token made up now, valid for this run only, that may record every
 * competition of the seasons served when it starts, so that someone trying Torneo on their own computer can use the recording form.
 * Never where others could reach it: refused in production and on a public interface, and
 * unnecessary when real tokens are configured.
 */
export function demoToken(
  env: Readonly<Record<string, string | undefined>>,
  host: string,
  tokensFile: string | undefined,
  seasonIds: readonly string[],
): { token: string; env: Record<string, string> } | undefined {
  if (env.NODE_ENV === 'production')
    throw new CliError(
      'usage',
      '--demo-token is for trying Torneo on this computer; it is refused when NODE_ENV=production',
    );
  if (!LOOPBACK.includes(host))
    throw new CliError(
      'usage',
      `--demo-token is for this computer only; with --host ${host} others could use it (configure --tokens instead)`,
    );
  if (tokensFile || env.TORNEO_TOKENS_FILE || env.TORNEO_TOKENS) return undefined;
  if (!seasonIds.length)
    throw new CliError('usage', '--demo-token needs a season to record in: the database holds none yet');
  const token = randomBytes(18).toString('base64url');
  const config = {
    version: TOKEN_FILE_VERSION,
    tokens: [
      {
        name: 'demo',
        sha256: sha256Hex(token),
        grants: seasonIds.map((season) => ({ season, competition: '*', role: 'recorder' })),
      },
    ],
  };
  return { token, env: { TORNEO_TOKENS: JSON.stringify(config) } };
}

/** The id of the season `serve` was given: read from its season.yaml (or file), else the argument itself. */
export function seasonIdOf(arg: string, path: string): string {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'season.yaml') : path;
  if (!existsSync(file)) return arg;
  try {
    const id = (parse(readFileSync(file, 'utf8')) as { season?: { id?: unknown } } | null)?.season?.id;
    return typeof id === 'string' ? id : arg;
  } catch {
    return arg;
  }
}
