import type { AppendResult, FactKind, JsonObject, SeasonStore, StoredFact } from '../storage/index.ts';
import type { FactBus } from './fact-bus.ts';
import { snapshotOf, type SeasonSnapshot } from './season-snapshot.ts';

export interface RecordRequest {
  readonly season: string;
  readonly kind: FactKind;
  readonly key: string;
  /** The fact as written (the JSON the client sent), which is what the log keeps. */
  readonly payload: JsonObject;
  readonly action: 'record' | 'correct';
  readonly author: string;
  readonly recordedAt: Date;
  readonly reason?: string;
  readonly expectedVersion?: number;
  readonly idempotencyKey: string;
  readonly competition?: string;
}

/**
 * The seasons a server serves, over the storage port: a snapshot per season, loaded when first
 * asked for and again after each change; writes go to the fact log. Who hears of a change:
 * - SQLite (one process): this catalog publishes on the in-process bus after each write;
 * - PostgreSQL: every server LISTENs (season-changes.ts) and calls `changed`, its own writes included,
 *   so each server hears each change exactly once.
 */
export class SeasonCatalog {
  private readonly cache = new Map<string, Promise<SeasonSnapshot | undefined>>();
  private readonly known = new Set<string>();

  constructor(
    readonly store: SeasonStore,
    readonly bus: FactBus,
    private readonly crossProcess: boolean,
  ) {}

  seasonIds(): Promise<readonly string[]> {
    return this.store.seasonIds();
  }

  /** Whether the season is served, without loading it (the write path does not need the snapshot). */
  async has(season: string): Promise<boolean> {
    if (this.cache.has(season) || this.known.has(season)) return true;
    for (const id of await this.store.seasonIds()) this.known.add(id);
    return this.known.has(season);
  }

  snapshot(season: string): Promise<SeasonSnapshot | undefined> {
    let pending = this.cache.get(season);
    if (!pending) {
      pending = this.store
        .loadSeasonDocument(season)
        .then((stored) => (stored ? snapshotOf(stored.doc) : undefined));
      this.cache.set(season, pending);
      pending.catch(() => this.cache.delete(season));
    }
    return pending;
  }

  async record(r: RecordRequest): Promise<AppendResult> {
    const result = await this.store.appendFact(
      {
        seasonId: r.season,
        kind: r.kind,
        key: r.key,
        action: r.action,
        payload: r.payload,
        author: r.author,
        recordedAt: r.recordedAt,
        ...(r.reason ? { reason: r.reason } : {}),
      },
      {
        idempotencyKey: r.idempotencyKey,
        ...(r.expectedVersion !== undefined ? { expectedVersion: r.expectedVersion } : {}),
      },
    );
    if (!result.replayed && !this.crossProcess) {
      this.changed(r.season, {
        kind: r.kind,
        key: r.key,
        fact: result.fact.id,
        ...(r.competition ? { competition: r.competition } : {}),
      });
    }
    return result;
  }

  history(season: string, kind: FactKind, key: string): Promise<readonly StoredFact[]> {
    return this.store.factHistory({ seasonId: season, kind, key });
  }

  current(season: string, kind: FactKind, key: string): Promise<StoredFact | undefined> {
    return this.store.currentFact({ seasonId: season, kind, key });
  }

  /** A season changed (here or on another server): forget its snapshot and tell the listeners. */
  changed(
    season: string,
    detail: { kind?: string; key?: string; fact?: number; competition?: string } = {},
  ): void {
    this.cache.delete(season);
    this.bus.publish({ season, ...detail });
  }
}
