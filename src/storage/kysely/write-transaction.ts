import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../capabilities.ts';
import { StorageError } from '../storage-error.ts';
import type { Database } from './database.ts';

/** How long a writer waits for another writer to finish before giving up with `busy`. */
const WAIT_MS = 15_000;

/**
 * Runs `work` in one write transaction: everything it writes is committed together, or nothing is
 * (a thrown error, a crash or a kill leaves the database as it was). Waiting for a busy database
 * happens here, asynchronously, so that two writers in one process can take turns.
 */
export function writeTransaction<T>(
  db: Kysely<Database>,
  cap: DialectCapabilities,
  work: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await begin(conn, cap);
    let result: T;
    try {
      result = await work(conn);
    } catch (e) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw e;
    }
    await sql`commit`.execute(conn);
    return result;
  });
}

async function begin(conn: Kysely<Database>, cap: DialectCapabilities): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      await sql.raw(cap.beginWrite).execute(conn);
      return;
    } catch (e) {
      if (!cap.isBusy(e)) throw e;
      if (Date.now() > deadline)
        throw new StorageError(
          'busy',
          `the database stayed locked by another writer for ${WAIT_MS / 1000} s`,
        );
      const backoff = Math.min(250, 2 ** attempt) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }
}
