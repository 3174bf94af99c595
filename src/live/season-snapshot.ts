import { createHash } from 'node:crypto';
import type { SeasonDoc } from '../core/definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../core/engine/index.ts';
import { isoDate, type Match } from '../core/model/index.ts';
import { indexSeason, type SeasonIndex } from '../core/season/season.ts';
import { seasonMatches } from '../core/season/to-matches.ts';

/** A season with every current fact folded in, as the store gave it, and what is derived from it. */
export interface SeasonSnapshot {
  readonly id: string;
  readonly doc: SeasonDoc;
  readonly index: SeasonIndex;
  readonly matches: readonly Match[];
  /** Changes whenever anything in the season changes: the base of every ETag. */
  readonly digest: string;
}

export function snapshotOf(doc: SeasonDoc): SeasonSnapshot {
  const digest = createHash('sha1').update(JSON.stringify(doc)).digest('base64url').slice(0, 16);
  return { id: doc.season.id, doc, index: indexSeason(doc), matches: seasonMatches(doc), digest };
}

const engines = new WeakMap<SeasonSnapshot, Map<string, SeasonEngine>>();

/** The engine over a snapshot as of a day (or everything), built once per snapshot and day. */
export function engineOf(s: SeasonSnapshot, asOf?: string): SeasonEngine {
  let byDay = engines.get(s);
  if (!byDay) engines.set(s, (byDay = new Map()));
  const key = asOf ?? '';
  let engine = byDay.get(key);
  if (!engine) byDay.set(key, (engine = createSeasonEngine(s.index, asOf ? { asOf: isoDate(asOf) } : {})));
  return engine;
}
