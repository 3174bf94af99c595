import { LocalText, type WithForms } from '../core/definition/index.ts';
import {
  StorageError,
  type AppendResult,
  type FactKind,
  type JsonObject,
  type SeasonChanges,
  type SeasonStore,
  type StoredFact,
} from '../storage/index.ts';
import { applyFacts } from './apply-facts.ts';
import { checkWrite, FactConflict, FactRejected, sameIssuesAs, type CheckedWrite } from './check-write.ts';
import type { FactBus } from './fact-bus.ts';
import type { FactEntry } from './fact-entry.ts';
import { seasonDigest, storedSnapshot, type SeasonSnapshot } from './season-snapshot.ts';

export interface RecordRequest {
  readonly season: string;
  readonly kind: FactKind;
  readonly key: string;
  /** The fact as written (the JSON the client sent), which is what the log keeps. */
  readonly payload: JsonObject;
  /** The same, validated against its section's schema at the boundary. */
  readonly entry: FactEntry;
  readonly action: 'record' | 'correct';
  readonly author: string;
  readonly recordedAt: Date;
  readonly reason?: string;
  readonly expectedVersion?: number;
  readonly idempotencyKey: string;
  readonly competition?: string;
}

/**
 * A write checked again this many times because other servers kept recording in between is
 * refused (`season_moved`, a conflict): its writer tries again.
 */
const MOST_RECHECKS = 5;

/** Beyond this many new facts at once (an import into a served season), reading the season whole is cheaper. */
const MOST_APPLIED = 500;

/** One season held in memory: its latest snapshot, and the catch-ups with the log, one at a time. */
interface HeldSeason {
  current?: SeasonSnapshot;
  loading?: Promise<SeasonSnapshot | undefined>;
  /** The catch-up running (or the last one, settled). */
  running: Promise<void>;
  /** A catch-up queued behind it and not started: a change heard now is caught by it. */
  queued?: Promise<void>;
  /** Facts written on this server, by id: their validated entry, and the season they were checked against. */
  readonly written: Map<number, WrittenFact>;
}

/** A season as a list of seasons names it: its name, and the name's forms when written in several languages. */
export interface SeasonBrief extends WithForms<'name'> {
  readonly id: string;
  readonly name: string;
  /** The version the database holds (what a snapshot of it would be tagged). */
  readonly digest: string;
}

export interface CatalogOptions {
  /** Serve these seasons alone (`torneo serve a b`); absent: every season in the database, new ones too. */
  readonly only?: readonly string[];
}

interface WrittenFact {
  readonly entry: FactEntry;
  readonly base: SeasonSnapshot;
  readonly checked: CheckedWrite;
}

/**
 * The seasons a server serves, over the storage port. Each is read whole once; after that it
 * follows the fact log: a write on this server, or a change heard from another (PostgreSQL
 * NOTIFY), makes it ask the store for the facts recorded since the last one it holds and fold
 * them in (apply-facts.ts), reading the season whole again only when the definition changed or a
 * fact cannot be placed. Readers are never made to wait for that: they get the latest snapshot
 * until the next one is ready, and each version's engine and responses are reused until then.
 * Every fact folded in is announced on the bus once, with its id, whichever server recorded it.
 */
export class SeasonCatalog {
  private readonly held = new Map<string, HeldSeason>();
  private readonly known = new Set<string>();
  /** Per season, the end of the last write queued on this server. */
  private readonly turns = new Map<string, Promise<void>>();
  /** Season names for the list of seasons, read from the definition alone (not the facts). */
  private readonly names = new Map<
    string,
    Pick<SeasonBrief, 'name' | 'forms'> & { definitionVersion: number }
  >();
  private readonly only?: ReadonlySet<string>;

  constructor(
    readonly store: SeasonStore,
    readonly bus: FactBus,
    options: CatalogOptions = {},
  ) {
    if (options.only) this.only = new Set(options.only);
  }

  /** The seasons served: in the database, and named when the server was given a list. */
  async seasonIds(): Promise<readonly string[]> {
    const ids = await this.store.seasonIds();
    return this.only ? ids.filter((id) => this.only!.has(id)) : ids;
  }

  /** Whether the season is served, without loading it. */
  async has(season: string): Promise<boolean> {
    if (this.only && !this.only.has(season)) return false;
    if (this.held.has(season) || this.known.has(season)) return true;
    for (const id of await this.store.seasonIds()) this.known.add(id);
    return this.known.has(season);
  }

  /**
   * Every season served, with its name and version, without reading any season's facts: a server
   * of thousands of seasons lists them all with one read of their versions. A name is read from
   * the definition once per definition version.
   */
  async briefs(): Promise<readonly SeasonBrief[]> {
    const briefs: SeasonBrief[] = [];
    for (const v of await this.store.seasonVersions()) {
      const id = v.seasonId;
      if (this.only && !this.only.has(id)) continue;
      let named = this.names.get(id);
      if (named?.definitionVersion !== v.definitionVersion) {
        named = { definitionVersion: v.definitionVersion, ...(await this.nameOf(id)) };
        this.names.set(id, named);
      }
      const { definitionVersion: _, ...name } = named;
      briefs.push({ id, ...name, digest: seasonDigest(id, v.definitionVersion, v.lastFactId) });
    }
    return briefs;
  }

  private async nameOf(id: string): Promise<Pick<SeasonBrief, 'name' | 'forms'>> {
    const season = (await this.store.loadSeasonDefinition(id))?.definition.season;
    const given = LocalText.safeParse(
      season && typeof season === 'object' && !Array.isArray(season) ? season.name : undefined,
    );
    const name = given.success ? given.data : id;
    return typeof name === 'string' ? { name } : { name: name.en ?? name.es ?? id, forms: { name } };
  }

  snapshot(season: string): Promise<SeasonSnapshot | undefined> {
    if (this.only && !this.only.has(season)) return Promise.resolve(undefined);
    const held = this.held.get(season);
    if (held?.current) return Promise.resolve(held.current);
    if (held?.loading) return held.loading;
    const fresh: HeldSeason = { running: Promise.resolve(), written: new Map() };
    const loading = this.read(season).then(
      (s) => {
        fresh.loading = undefined;
        if (s) fresh.current = s;
        else this.drop(season, fresh);
        return s;
      },
      (e: unknown) => {
        this.drop(season, fresh);
        throw e;
      },
    );
    fresh.loading = loading;
    this.held.set(season, fresh);
    return loading;
  }

  /**
   * A write: checked against the season it lands in (FactRejected when it breaks it), appended to
   * the log, and folded into the snapshot before the writer is answered, so the writer's next
   * read sees it. A season's writes take turns on this server, and the store refuses one checked
   * against a season that has moved on since (another server's write): it is checked again on
   * the season as it now stands, so rules that span facts hold whatever the concurrency. A write
   * that fitted the season its writer saw, but no longer fits, is a FactConflict.
   */
  async record(r: RecordRequest): Promise<AppendResult> {
    const seen = await this.snapshot(r.season);
    return this.inTurn(r.season, async () => {
      for (let attempt = 1; ; attempt++) {
        const base = await this.latest(r.season);
        const options = r.reason ? { reason: r.reason } : {};
        const checked = base && checkWrite(base, r.kind, r.key, r.entry, options);
        if (checked?.issues.length) {
          const fitted =
            seen && seen !== base && !checkWrite(seen, r.kind, r.key, r.entry, options).issues.length;
          throw fitted ? new FactConflict(checked.issues) : new FactRejected(checked.issues);
        }
        let result: AppendResult;
        try {
          result = await this.append(r, base?.lastFactId);
        } catch (e) {
          const moved = e instanceof StorageError && e.code === 'season_moved';
          if (!moved || attempt >= MOST_RECHECKS) throw e;
          await this.changed(r.season);
          continue;
        }
        if (!result.replayed) {
          if (base && checked)
            this.held.get(r.season)?.written.set(result.fact.id, { entry: r.entry, base, checked });
          await this.changed(r.season);
        }
        return result;
      }
    });
  }

  private append(r: RecordRequest, seasonAt: number | undefined): Promise<AppendResult> {
    return this.store.appendFact(
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
        ...(seasonAt !== undefined ? { seasonAt } : {}),
      },
    );
  }

  /** The season once every catch-up already asked for has run. */
  private async latest(season: string): Promise<SeasonSnapshot | undefined> {
    await this.held.get(season)?.running;
    return this.snapshot(season);
  }

  /** Runs `work` after the season's earlier writes on this server, and before its later ones. */
  private inTurn<T>(season: string, work: () => Promise<T>): Promise<T> {
    const before = this.turns.get(season) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.turns.set(season, settled);
    void settled.then(() => {
      if (this.turns.get(season) === settled) this.turns.delete(season);
    });
    return run;
  }

  history(season: string, kind: FactKind, key: string): Promise<readonly StoredFact[]> {
    return this.store.factHistory({ seasonId: season, kind, key });
  }

  current(season: string, kind: FactKind, key: string): Promise<StoredFact | undefined> {
    return this.store.currentFact({ seasonId: season, kind, key });
  }

  /** What the season recorded after a fact: for a live stream resuming where its client left off. */
  factsSince(season: string, afterId: number, limit: number): Promise<SeasonChanges | undefined> {
    return this.store.factsSince(season, afterId, { limit });
  }

  /**
   * A season changed (here or on another server): catch up with the log, then tell the listeners
   * of each new fact. Resolves once the snapshot holds the change; a failure to catch up drops the
   * snapshot, so the next read reads the season whole (and reports what is wrong) — except when
   * the database is away: then readers keep the snapshot held, and the catch-up after the
   * database is back (the listener's resync) brings it up to date.
   */
  changed(season: string): Promise<void> {
    const held = this.held.get(season);
    if (!held) return Promise.resolve(); // not held: the next read reads it whole
    if (held.queued) return held.queued;
    const run = held.running.then(async () => {
      held.queued = undefined;
      try {
        await this.catchUp(season, held);
      } catch (e) {
        if (!(e instanceof StorageError && e.code === 'unavailable')) this.drop(season, held);
      }
    });
    held.queued = run;
    held.running = run;
    return run;
  }

  /** Every season held: after a lost connection to the other servers, anything may have changed. */
  resync(): Promise<void> {
    return Promise.all([...this.held.keys()].map((s) => this.changed(s))).then(() => undefined);
  }

  private async catchUp(season: string, held: HeldSeason): Promise<void> {
    const base = held.current ?? (await held.loading);
    if (!base) return;
    const changes = await this.store.factsSince(season, base.lastFactId, { limit: MOST_APPLIED + 1 });
    if (!changes) return this.drop(season, held);
    const sameDefinition = changes.definitionVersion === base.definitionVersion;
    if (sameDefinition && !changes.facts.length) return;
    const complete = changes.facts.length <= MOST_APPLIED;
    const parsed = new Map([...held.written].map(([id, w]) => [id, w.entry]));
    const applied = sameDefinition && complete ? applyFacts(base, changes.facts, parsed) : undefined;
    const next = applied ?? (await this.read(season));
    if (!next) return this.drop(season, held);
    const only = changes.facts.length === 1 ? held.written.get(changes.facts[0]!.id) : undefined;
    if (applied && only?.base === base) sameIssuesAs(applied.doc, only.checked);
    held.current = next;
    for (const id of held.written.keys()) if (id <= next.lastFactId) held.written.delete(id);
    if (!complete) return this.bus.publish({ season, fact: next.lastFactId });
    if (!changes.facts.length) return this.bus.publish({ season }); // the definition alone changed
    for (const f of changes.facts) {
      const competition = f.payload?.competition;
      this.bus.publish({
        season,
        kind: f.kind,
        key: f.key,
        fact: f.id,
        ...(typeof competition === 'string' ? { competition } : {}),
      });
    }
  }

  private async read(season: string): Promise<SeasonSnapshot | undefined> {
    const stored = await this.store.loadSeasonDocument(season);
    return stored && storedSnapshot(stored);
  }

  private drop(season: string, held: HeldSeason): void {
    if (this.held.get(season) === held) this.held.delete(season);
  }
}
