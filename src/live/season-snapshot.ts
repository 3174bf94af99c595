import { createHash } from 'node:crypto';
import type { MatchFactDoc, SeasonDoc } from '../core/definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../core/engine/index.ts';
import { isoDate, type Match } from '../core/model/index.ts';
import { PeopleResolver } from '../core/season/people-resolver.ts';
import { indexSeason, type SeasonIndex } from '../core/season/season.ts';
import { toMatch } from '../core/season/to-matches.ts';
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

const resolvers = new WeakMap<SeasonDoc['people'], PeopleResolver>();

/**
 * The engine's matches of a season. A version that differs from `previous` only in its facts
 * keeps the people (the same array) and most match entries (the same objects): those matches
 * are taken over instead of being worked out again.
 */
function matchesOf(doc: SeasonDoc, previous?: SeasonSnapshot): Match[] {
  let people = resolvers.get(doc.people);
  if (!people) resolvers.set(doc.people, (people = new PeopleResolver(doc.people)));
  const before = previous?.doc.people === doc.people ? previous : undefined;
  let known: Map<unknown, Match> | undefined;
  // A write replaces an entry in place or adds one at the end: compare by position first, and
  // look an entry up by identity only when a withdrawal has moved the rest.
  const reuse = (entry: MatchFactDoc, i: number): Match | undefined => {
    if (!before) return undefined;
    if (before.doc.matches[i] === entry) return before.matches[i];
    if (!known) {
      known = new Map();
      before.doc.matches.forEach((e, j) => known!.set(e, before.matches[j]!));
    }
    return known.get(entry);
  };
  return doc.matches.map((entry, i) => reuse(entry, i) ?? toMatch(entry, people));
}

/** The definition's indexes, taken over from the previous version when the definition is the same. */
function indexOf(doc: SeasonDoc, previous?: SeasonSnapshot): SeasonIndex {
  const p = previous?.doc;
  const same =
    p !== undefined &&
    p.clubs === doc.clubs &&
    p.teams === doc.teams &&
    p.venues === doc.venues &&
    p.people === doc.people &&
    p.competitions === doc.competitions;
  // The index's definition has its "same as" groups filled in: keep those with the new facts.
  return same
    ? { ...previous!.index, doc: { ...doc, competitions: previous!.index.doc.competitions } }
    : indexSeason(doc);
}

/** A season version's tag (ETags, the event stream's hello, the list of seasons): its id, definition and latest fact. */
export const seasonDigest = (id: string, definitionVersion: number, lastFactId: number): string =>
  createHash('sha1').update(`${id}\n${definitionVersion}\n${lastFactId}`).digest('base64url').slice(0, 16);

export function snapshotOf(s: SnapshotSource, previous?: SeasonSnapshot): SeasonSnapshot {
  const id = s.doc.season.id;
  const digest = seasonDigest(id, s.definitionVersion, s.lastFactId);
  return {
    id,
    doc: s.doc,
    index: indexOf(s.doc, previous),
    matches: matchesOf(s.doc, previous),
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
