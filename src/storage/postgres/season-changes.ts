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

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on('notification', (n) => {
      if (n.channel === SEASON_CHANGED_CHANNEL && n.payload) options.onChange(n.payload);
    });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (closed) return;
      retry = setTimeout(() => void reconnect(), options.retryMs ?? 1_000);
    });
    await c.connect();
    await c.query(`LISTEN ${SEASON_CHANGED_CHANNEL}`);
    client = c;
  };

  const reconnect = async (): Promise<void> => {
    if (closed) return;
    try {
      await connect();
      options.onResync?.();
    } catch {
      retry = setTimeout(() => void reconnect(), options.retryMs ?? 1_000);
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
