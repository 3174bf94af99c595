import type { MatchMinute } from '../model/index.ts';

/** A line-up with names resolved: who started, who sat on the bench, who came on for whom and when. */
export interface ResolvedLineup {
  readonly starting: readonly string[];
  readonly substitutes: readonly string[];
  readonly substitutions: readonly {
    readonly off: string;
    readonly on: string;
    readonly minute?: MatchMinute;
  }[];
}

/** Everyone who took part, in the order they took the field: the starters, then each substitute as he came on. */
export function participants(lineup: ResolvedLineup): string[] {
  const seen = new Set(lineup.starting);
  for (const s of ordered(lineup.substitutions)) seen.add(s.on);
  return [...seen];
}

/** The match squad: starters and substitutes (named on the bench or coming on). */
export function matchSquad(lineup: ResolvedLineup): string[] {
  return [...new Set([...lineup.starting, ...lineup.substitutes, ...lineup.substitutions.map((s) => s.on)])];
}

/**
 * The most players satisfying `count` on the pitch at one time: the starters, then each
 * substitution in the order of its minute (as listed when minutes are missing).
 */
export function mostAtOnce(
  lineup: ResolvedLineup,
  count: (player: string) => boolean,
): { readonly most: number; readonly players: readonly string[] } {
  const onPitch = new Set(lineup.starting);
  let most = [...onPitch].filter(count);
  for (const s of ordered(lineup.substitutions)) {
    onPitch.delete(s.off);
    onPitch.add(s.on);
    const now = [...onPitch].filter(count);
    if (now.length > most.length) most = now;
  }
  return { most: most.length, players: most };
}

const minuteValue = (m: MatchMinute | undefined): number =>
  m === undefined ? Number.POSITIVE_INFINITY : m.minute + (m.added ?? 0) / 100;

function ordered<T extends { readonly minute?: MatchMinute }>(subs: readonly T[]): T[] {
  return subs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => minuteValue(a.s.minute) - minuteValue(b.s.minute) || a.i - b.i)
    .map((x) => x.s);
}
