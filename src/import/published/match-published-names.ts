import { foldName } from '../../core/names/suggest.ts';

/**
 * Pairs the names a published table writes with the names the match lines write, which RSSSF
 * and openfootball often shorten: `Manchester City` / `Manchester C`, `Nottingham Forest` /
 * `Nottingham`, `AFC Bournemouth` / `Bournemouth`, `Brighton & Hove Albion` / `Brighton`.
 *
 * Each match-line name is an abbreviation of a published name when its words are, in order,
 * prefixes of words of the published name (words may be skipped). A published name pairs with a
 * played name only when exactly one played name fits it, after exact and folded matches are
 * taken; names that still have no partner are left out, and the caller reports them.
 */
export function matchPublishedNames(
  published: readonly string[],
  played: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  const free = new Set(played);
  const take = (p: string, q: string) => {
    out.set(p, q);
    free.delete(q);
  };
  for (const p of published) if (free.has(p)) take(p, p);
  const folded = new Map([...free].map((q) => [foldName(q), q]));
  for (const p of published) {
    if (out.has(p)) continue;
    const q = folded.get(foldName(p));
    if (q !== undefined && free.has(q)) take(p, q);
  }
  // Abbreviations, most specific first: a published name with one candidate is settled, which
  // may leave another with one candidate in turn.
  for (let progress = true; progress;) {
    progress = false;
    for (const p of published) {
      if (out.has(p)) continue;
      const fits = [...free].filter((q) => abbreviates(q, p));
      if (fits.length === 1) {
        take(p, fits[0]!);
        progress = true;
      }
    }
  }
  return out;
}

const words = (s: string): string[] => foldName(s.replace(/&/g, ' ')).split(' ').filter(Boolean);

/** `Manchester C` abbreviates `Manchester City`; `Sheffield U` abbreviates `Sheffield United`. */
export function abbreviates(short: string, long: string): boolean {
  const a = words(short);
  const b = words(long);
  if (a.length === 0) return false;
  let j = 0;
  for (const w of a) {
    while (j < b.length && !b[j]!.startsWith(w)) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}
