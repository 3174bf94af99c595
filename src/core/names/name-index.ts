import { editDistance, foldName } from './suggest.ts';

/**
 * Team names to canonical names, given the canonical names and an alias table
 * (`{ 'Universidad San Martín': ['USMP', 'San Martín'] }`). Pure: no I/O, no state beyond the
 * index built once.
 *
 * A name is found, in this order: exactly as a canonical name; exactly as an alias; without
 * regard to case and diacritics (`universidad san martin`). Otherwise it is unknown, with the
 * nearest names by edit distance as "did you mean" suggestions.
 */
export type NameMatch =
  | { readonly kind: 'exact'; readonly name: string }
  | { readonly kind: 'alias'; readonly name: string; readonly alias: string }
  | { readonly kind: 'folded'; readonly name: string; readonly via: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

export interface NameIndex {
  readonly canonical: ReadonlySet<string>;
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  /** Folded form → [written form, canonical name] of every name and alias. */
  readonly folded: ReadonlyMap<string, readonly (readonly [string, string])[]>;
}

export type AliasTable = Readonly<Record<string, readonly string[]>>;

const addTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function createNameIndex(names: Iterable<string>, aliasTable: AliasTable = {}): NameIndex {
  const canonical = new Set(names);
  for (const name of Object.keys(aliasTable)) canonical.add(name);
  const aliases = new Map<string, string[]>();
  const folded = new Map<string, (readonly [string, string])[]>();
  for (const name of canonical) addTo(folded, foldName(name), [name, name] as const);
  for (const [name, list] of Object.entries(aliasTable)) {
    for (const alias of list) {
      if (!aliases.get(alias)?.includes(name)) addTo(aliases, alias, name);
      addTo(folded, foldName(alias), [alias, name] as const);
    }
  }
  return { canonical, aliases, folded };
}

const distinct = (xs: readonly string[]): string[] => [...new Set(xs)];

/** The canonical names nearest to `input`, closest first, among those close enough to be a typo. */
export function suggestNames(index: NameIndex, input: string, max = 3): string[] {
  const f = foldName(input);
  const limit = Math.max(2, Math.floor(f.length / 4));
  const scored: [number, string][] = [];
  for (const [form, entries] of index.folded) {
    const d = editDistance(f, form);
    if (d <= limit) for (const [, name] of entries) scored.push([d, name]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return distinct(scored.map(([, name]) => name)).slice(0, max);
}

export function resolveName(index: NameIndex, input: string): NameMatch {
  const name = input.trim();
  if (index.canonical.has(name)) return { kind: 'exact', name };
  const byAlias = index.aliases.get(name);
  if (byAlias) {
    return byAlias.length === 1
      ? { kind: 'alias', name: byAlias[0]!, alias: name }
      : { kind: 'ambiguous', candidates: byAlias };
  }
  const entries = index.folded.get(foldName(name));
  if (entries) {
    const names = distinct(entries.map(([, n]) => n));
    return names.length === 1
      ? { kind: 'folded', name: names[0]!, via: entries[0]![0] }
      : { kind: 'ambiguous', candidates: names };
  }
  return { kind: 'unknown', suggestions: suggestNames(index, name) };
}
