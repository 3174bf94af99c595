import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of a test's own, made with the installed server's initdb and pg_ctl on a
 * free port, so that a test may stop and start it: never the machine's shared server.
 */
export interface PrivatePostgres {
  readonly url: string;
  readonly port: number;
  stop(): void;
  start(): void;
  remove(): void;
}

/** The folder of initdb and pg_ctl, newest version first; undefined when none is installed. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
}

export const NO_POSTGRES_BIN =
  'initdb/pg_ctl not found under /usr/lib/postgresql/*/bin: install the PostgreSQL server (apt-get install -y postgresql) to run this test';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** initdb refuses root: as root, the cluster belongs to the postgres user. */
const asOwner = (bin: string, args: readonly string[]) => {
  const root = process.getuid?.() === 0;
  execFileSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : [...args], {
    stdio: 'ignore',
  });
};

export async function privatePostgres(options: { maxConnections?: number } = {}): Promise<PrivatePostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error(NO_POSTGRES_BIN);
  const dir = mkdtempSync(join(tmpdir(), 'torneo-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  asOwner(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const pgCtl = (...args: string[]) => asOwner(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  const start = () =>
    pgCtl(
      '-w',
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${options.maxConnections ?? 40} -c fsync=off`,
      'start',
    );
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop: () => pgCtl('-w', '-m', 'fast', 'stop'),
    remove() {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
