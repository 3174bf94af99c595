import type { SeasonDoc } from '../core/definition/index.ts';
import { matchIdOf } from '../core/season/match-id.ts';
import { FACT_KINDS, FACT_SECTIONS, type FactKind } from './fact-kind.ts';

type Entry<K extends FactKind> = SeasonDoc[(typeof FACT_SECTIONS)[K]][number];

/**
 * The stable key of each fact: what stays the same when the fact is corrected, so that a corrected
 * score becomes version 2 of the same key rather than a second match. A match is keyed by its match
 * id; other facts by what they are about (competition, stage, team…), numbered `#2`, `#3` when a
 * season holds several about the same thing (two deductions for the same club).
 */
const BASE_KEY: { readonly [K in FactKind]: (e: Entry<K>) => string } = {
  match: (m) => matchIdOf(m),
  adjustment: (a) => path(a.competition, a.stage, a.group, a.team),
  outcome: (o) => path(o.competition, o.stage, o.group),
  exclusion: (e) => path(e.competition, e.stage, e.team, e.scope),
  lots: (l) => path(l.competition, l.stage, l.group),
  draw: (d) => (d.round ? path(d.competition, d.stage, d.round) : path(d.competition, d.stage)),
  'managerial-change': (m) => path(m.team, m.competition),
  'reported-scorer': (r) => path(r.competition, r.team, r.player),
  'reported-stat': (r) => path(r.competition, r.stage, r.stat),
  'link-resolution': (r) => r.link,
};

const path = (...parts: (string | undefined)[]): string => parts.map((p) => p ?? '*').join('/');

export interface KeyedFact {
  readonly kind: FactKind;
  readonly key: string;
  /** Where the fact sits in its section of the document. */
  readonly index: number;
}

/** Every fact of a validated season with its key, in document order. */
export function factKeysOf(doc: SeasonDoc): KeyedFact[] {
  const out: KeyedFact[] = [];
  for (const kind of FACT_KINDS) {
    const seen = new Map<string, number>();
    const base = BASE_KEY[kind] as (e: unknown) => string;
    (doc[FACT_SECTIONS[kind]] as readonly unknown[]).forEach((entry, index) => {
      const b = base(entry);
      const n = (seen.get(b) ?? 0) + 1;
      seen.set(b, n);
      out.push({ kind, key: n === 1 ? b : `${b}#${n}`, index });
    });
  }
  return out;
}

/** The key of one fact on its own (its first occurrence), e.g. for a match recorded from the command line. */
export const factKeyOf = <K extends FactKind>(kind: K, entry: Entry<K>): string =>
  (BASE_KEY[kind] as (e: unknown) => string)(entry);
