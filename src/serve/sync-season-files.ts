import { formatIssue } from '../season/load-season.ts';
import { loadSeasonInput } from '../season/season-input.ts';
import {
  canonicalJson,
  seasonSnapshot,
  type FactStatement,
  type SeasonStore,
  type WriteMeta,
} from '../storage/index.ts';

export interface SyncReport {
  readonly seasonId: string;
  /** The folder read. */
  readonly folder: string;
  readonly definition: 'added' | 'changed' | 'unchanged';
  /** Facts the files state differently from anything they stated before. */
  readonly stated: number;
}

export class SeasonFilesInvalid extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[],
  ) {
    super(message);
  }
}

/**
 * Brings the database up to date with a season folder, for `torneo serve <folder>`: the
 * definition when it changed, and each fact the files state that no version of it ever stated.
 * A fact whose file text is an earlier version is left alone, so a result recorded on the web
 * after the last load is not overwritten by restarting the server; nothing is withdrawn.
 */
export async function syncSeasonFiles(
  store: SeasonStore,
  folder: string,
  meta: WriteMeta,
): Promise<SyncReport> {
  const loaded = loadSeasonInput(folder);
  const errors = loaded.issues.filter((i) => i.severity !== 'warning');
  if (!loaded.doc || !loaded.input || errors.length) {
    throw new SeasonFilesInvalid(
      `${folder}: ${errors.length} error(s); nothing was loaded`,
      errors.map(formatIssue),
    );
  }
  const snapshot = seasonSnapshot(loaded.input, loaded.doc);
  const existing = (await store.seasonIds()).includes(snapshot.seasonId);
  if (!existing) {
    const r = await store.saveSeason(snapshot, meta, { origin: `files:${folder}` });
    return { seasonId: snapshot.seasonId, folder, definition: r.definition, stated: r.added + r.changed };
  }
  const def = await store.saveSeasonDefinition(snapshot.seasonId, snapshot.definition, meta);
  const fresh: FactStatement[] = [];
  for (const f of snapshot.facts) if (!(await everStated(store, snapshot.seasonId, f))) fresh.push(f);
  const r = fresh.length
    ? await store.stateFacts(snapshot.seasonId, fresh, meta, { origin: `files:${folder}` })
    : undefined;
  return {
    seasonId: snapshot.seasonId,
    folder,
    definition: def.changed ? 'changed' : 'unchanged',
    stated: r ? r.added + r.changed : 0,
  };
}

async function everStated(store: SeasonStore, seasonId: string, f: FactStatement): Promise<boolean> {
  const text = canonicalJson(f.payload);
  const history = await store.factHistory({ seasonId, kind: f.kind, key: f.key });
  return history.some((v) => v.payload !== undefined && canonicalJson(v.payload) === text);
}
