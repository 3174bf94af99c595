import type { ListenOptions, SeasonChangeListener } from './postgres/season-changes.ts';
import type { LogPosition, SeasonStore } from './season-store.ts';

/** How often the log is looked at by default: a desk's write is on the pages within a second. */
export const POLL_MS = 250;

/**
 * Follows the writes of other processes on a database that cannot announce them (SQLite: a
 * `torneo record` at the desk, another worker). Every `pollMs` it asks the store whether another
 * connection committed (`PRAGMA data_version`, a read of a counter in memory); only then does it
 * ask the log which seasons were written since it last looked, and tells the caller of each.
 * While the database cannot be read it keeps looking, and says "resync" once it can again.
 */
export async function pollSeasonChanges(
  store: SeasonStore,
  options: ListenOptions & { readonly pollMs?: number },
): Promise<SeasonChangeListener> {
  // The counter is read before the position: a commit in between is then both in the position
  // and, as a moved counter, looked at again next time (finding nothing new), never lost.
  let seen = await store.othersCommits();
  let position: LogPosition = (await store.changedSince()).position;
  let closed = false;
  let away = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const look = async () => {
    try {
      const now = await store.othersCommits();
      if (now === undefined || now !== seen) {
        const changes = await store.changedSince(position);
        seen = now;
        position = changes.position;
        for (const season of changes.seasons) options.onChange(season);
      }
      if (away) {
        away = false;
        options.onResync?.();
      }
    } catch {
      away = true; // the database is away (or locked for long); the next look tries again
    }
  };
  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => {
      running = look().then(schedule);
    }, options.pollMs ?? POLL_MS);
    timer.unref();
  };
  schedule();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
