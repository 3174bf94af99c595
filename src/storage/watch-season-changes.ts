import type { DialectCapabilities } from './capabilities.ts';
import { pollSeasonChanges } from './poll-season-changes.ts';
import {
  listenSeasonChanges,
  type ListenOptions,
  type SeasonChangeListener,
} from './postgres/season-changes.ts';
import type { SeasonStore } from './season-store.ts';

export type { SeasonChangeListener } from './postgres/season-changes.ts';

/**
 * Hears every write to the database made by another process, whichever database it is:
 * PostgreSQL tells its listeners (LISTEN/NOTIFY on a connection of its own); SQLite is looked at
 * a few times a second (poll-season-changes.ts). `onChange` gets the season written.
 */
export function watchSeasonChanges(
  target: string,
  store: SeasonStore & { readonly capabilities: DialectCapabilities },
  options: ListenOptions & { readonly pollMs?: number },
): Promise<SeasonChangeListener> {
  return store.capabilities.listenNotify
    ? listenSeasonChanges(target, options)
    : pollSeasonChanges(store, options);
}
