import { suggest } from '../names/suggest.ts';
import { matchIdOf } from './match-id.ts';
import type { SeasonIndex } from './season.ts';

/** What a short match reference resolved to within a season. */
export type MatchLookup =
  | { readonly kind: 'found'; readonly index: number; readonly id: string }
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly string[];
      /** What to write after `@` to pick the first of them: its date, else its round. */
      readonly example?: string;
    }
  | { readonly kind: 'unknown'; readonly suggestion?: string };

/**
 * Finds a match the way an official would name it on the command line:
 * - its match id, or the end of it after a slash (`final/2014-05-21/alianza-lima-v-universidad-san-martin`);
 * - `home-v-away` with team ids (`alianza-lima-v-universidad-san-martin`);
 * - `HOME-AWAY` with club codes (`ALI-USM`);
 * each optionally followed by `@` and a date or round to pick one of several meetings (`ALI-USM@2014-05-21`).
 */
export function findMatch(idx: SeasonIndex, reference: string): MatchLookup {
  const matches = idx.doc.matches;
  const ids = matches.map(matchIdOf);
  const [ref = '', when] = reference.trim().split('@', 2) as [string, string | undefined];
  const codes = /^([A-Za-z]{3})-([A-Za-z]{3})$/.exec(ref);
  const teamsWithCode = (code: string) =>
    new Set(
      [...idx.teams.values()].filter((t) => t.code?.toLowerCase() === code.toLowerCase()).map((t) => t.id),
    );

  const hits = matches.flatMap((m, index) => {
    const id = ids[index]!;
    const byId = id === ref || id.endsWith(`/${ref}`);
    const byTeams = `${m.home}-v-${m.away}` === ref;
    const byCodes =
      codes !== null && teamsWithCode(codes[1]!).has(m.home) && teamsWithCode(codes[2]!).has(m.away);
    if (!byId && !byTeams && !byCodes) return [];
    const onThatDay = when === undefined || m.date === when || m.round?.toLowerCase() === when.toLowerCase();
    return onThatDay ? [{ index, id }] : [];
  });

  const exact = hits.find((h) => h.id === ref);
  if (exact) return { kind: 'found', ...exact };
  if (hits.length === 1) return { kind: 'found', ...hits[0]! };
  if (hits.length > 1) {
    const first = matches[hits[0]!.index]!;
    const example = first.date ?? first.round;
    return { kind: 'ambiguous', candidates: hits.map((h) => h.id), ...(example ? { example } : {}) };
  }
  if (codes) {
    const known = [
      ...new Set([...idx.teams.values()].flatMap((t) => (t.code ? [t.code.toUpperCase()] : []))),
    ];
    const code = (c: string) =>
      known.includes(c.toUpperCase()) ? c.toUpperCase() : suggest(c.toUpperCase(), known);
    const [home, away] = [code(codes[1]!), code(codes[2]!)];
    if (known.length && home && away && `${home}-${away}` !== ref.toUpperCase())
      return { kind: 'unknown', suggestion: `${home}-${away}${when ? `@${when}` : ''}` };
  }
  const names = [...ids, ...matches.map((m) => `${m.home}-v-${m.away}`)];
  const hint = suggest(ref, names);
  return hint ? { kind: 'unknown', suggestion: hint } : { kind: 'unknown' };
}
