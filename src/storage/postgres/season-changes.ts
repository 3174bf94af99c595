import pg from 'pg';

/**
 * The channel every write transaction notifies on PostgreSQL (kysely-store.ts sends
 * `pg_notify('torneo_season_changed', seasonId)`), so that several servers sharing one database
 * hear each other's writes. Stores whose capabilities say `listenNotify: false` (SQLite) have
 * only one process and no such channel.
 */
export const SEASON_CHANGED_CHANNEL = 'torneo_season_changed';

export interface SeasonChangeListener {
  close(): Promise<void>;
}

export interface ListenOptions {
  /** A season changed, on this server or another. */
  readonly onChange: (seasonId: string) => void;
  /** The connection was lost and is back: anything may have changed meanwhile. */
  readonly onResync?: () => void;
  /** Milliseconds between reconnection attempts. */
  readonly retryMs?: number;
}

/**
 * LISTENs on a dedicated connection (a pooled one would be handed back and stop hearing), and
 * reconnects when the connection drops, telling the caller to resync since notifications sent
 * while it was away are lost.
 */
export async function listenSeasonChanges(
  url: string,
  options: ListenOptions,
): Promise<SeasonChangeListener> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  // One reconnection pending at most: a failed attempt emits both 'end' and a rejected connect,
  // and answering each with another attempt would double the attempts every round.
  const scheduleReconnect = () => {
    if (closed || retry) return;
    const base = options.retryMs ?? 1_000;
    const wait = Math.min(base * 2 ** Math.min(failures, 5), 5 * base) * (0.75 + Math.random() / 2);
    retry = setTimeout(() => {
      retry = undefined;
      void reconnect();
    }, wait);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on('notification', (n) => {
      if (n.channel === SEASON_CHANGED_CHANNEL && n.payload) options.onChange(n.payload);
    });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client === c) client = undefined;
      scheduleReconnect();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${SEASON_CHANGED_CHANNEL}`);
    } catch (e) {
      await c.end().catch(() => undefined);
      throw e;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
  };

  const reconnect = async (): Promise<void> => {
    if (closed) return;
    try {
      await connect();
      failures = 0;
      if (!closed) options.onResync?.();
    } catch {
      failures++;
      scheduleReconnect();
    }
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
