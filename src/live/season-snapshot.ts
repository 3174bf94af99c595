import { createHash } from 'node:crypto';
import type { SeasonDoc } from '../core/definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../core/engine/index.ts';
import { isoDate, type Match } from '../core/model/index.ts';
import { indexSeason, type SeasonIndex } from '../core/season/season.ts';
import { seasonMatches } from '../core/season/to-matches.ts';
import { FACT_KINDS, type FactKind, type StoredSeason } from '../storage/index.ts';

/** The fact key of each entry of each fact section, in the section's order. */
export type FactKeys = { readonly [K in FactKind]: readonly string[] };

/** A season with every current fact folded in, as the store gave it, and what is derived from it. */
export interface SeasonSnapshot {
  readonly id: string;
  readonly doc: SeasonDoc;
  readonly index: SeasonIndex;
  readonly matches: readonly Match[];
  /** The version of the season this is: its definition's, and the id of the latest fact in it. */
  readonly definitionVersion: number;
  readonly lastFactId: number;
  readonly keys: FactKeys;
  /** Changes whenever anything in the season changes (it is made of the version): the base of every ETag. */
  readonly digest: string;
}

export type SnapshotSource = Pick<StoredSeason, 'doc' | 'definitionVersion' | 'lastFactId'> & {
  readonly keys: FactKeys;
};

export function snapshotOf(s: SnapshotSource): SeasonSnapshot {
  const id = s.doc.season.id;
  const digest = createHash('sha1')
    .update(`${id}\n${s.definitionVersion}\n${s.lastFactId}`)
    .digest('base64url')
    .slice(0, 16);
  return {
    id,
    doc: s.doc,
    index: indexSeason(s.doc),
    matches: seasonMatches(s.doc),
    definitionVersion: s.definitionVersion,
    lastFactId: s.lastFactId,
    keys: s.keys,
    digest,
  };
}

/** A season as the store read it, keys grouped by section. */
export function storedSnapshot(stored: StoredSeason): SeasonSnapshot {
  const keys = Object.fromEntries(FACT_KINDS.map((k) => [k, [] as string[]])) as Record<FactKind, string[]>;
  for (const { kind, key } of stored.keys) keys[kind].push(key);
  return snapshotOf({ ...stored, keys });
}

const engines = new WeakMap<SeasonSnapshot, Map<string, SeasonEngine>>();

/** The engine over a snapshot as of a day (or everything), built once per snapshot (season version) and day. */
export function engineOf(s: SeasonSnapshot, asOf?: string): SeasonEngine {
  let byDay = engines.get(s);
  if (!byDay) engines.set(s, (byDay = new Map()));
  const key = asOf ?? '';
  let engine = byDay.get(key);
  if (!engine) byDay.set(key, (engine = createSeasonEngine(s.index, asOf ? { asOf: isoDate(asOf) } : {})));
  return engine;
}
