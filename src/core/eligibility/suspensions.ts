import type { MatchFactDoc, SuspensionRulesDoc } from '../definition/index.ts';
import type { Side } from '../model/index.ts';
import { matchIdOf } from '../season/match-id.ts';
import { PeopleResolver } from '../season/people-resolver.ts';
import type { SeasonIndex } from '../season/season.ts';

/** A ban from cards: who, for which team, why, and the matches in which it is served. */
export interface Suspension {
  readonly player: string;
  readonly team: string;
  readonly reason: 'yellows' | 'red';
  /** The match whose card brought the ban. */
  readonly after: string;
  readonly matches: number;
  /** The team's later matches of the competition that serve it, in date order (fewer: still to serve). */
  readonly servedIn: readonly string[];
}

/** A player named in a line-up while a ban was being served. */
export interface SuspendedInLineup {
  readonly player: string;
  readonly team: string;
  readonly match: string;
  readonly suspension: Suspension;
}

export interface SuspensionReport {
  readonly suspensions: readonly Suspension[];
  readonly inLineups: readonly SuspendedInLineup[];
}

const byDate = (a: MatchFactDoc, b: MatchFactDoc) => (a.date ?? '').localeCompare(b.date ?? '');
const played = (m: MatchFactDoc) => m.score !== undefined || m.status === 'played' || m.status === 'awarded';

/**
 * The bans a competition's recorded cards bring under its `suspensions` rules, and every line-up
 * naming a player while his ban ran. Cards count in date order; a second yellow or a red bans for
 * `redBan` matches and its cautions do not count towards the yellows. A ban is served in the
 * team's next matches of the competition (played or still to play); a player's name is matched to
 * a person of the season as line-ups are.
 */
export function suspensions(index: SeasonIndex, competition: string): SuspensionReport {
  const rules: SuspensionRulesDoc | undefined = index.competitions.get(competition)?.suspensions;
  if (!rules) return { suspensions: [], inLineups: [] };
  const people = new PeopleResolver(index.doc.people);
  const who = (name: string) => people.resolve(name) ?? name;
  const matches = index.doc.matches.filter((m) => m.competition === competition).sort(byDate);
  const yellows = new Map<string, number>();
  const found: Suspension[] = [];
  const inLineups: SuspendedInLineup[] = [];
  const open: { s: Suspension; served: string[] }[] = [];
  for (const m of matches) {
    const id = matchIdOf(m);
    // First the bans running into this match: the line-ups are checked, and the match serves them.
    for (const side of ['home', 'away'] as const) {
      const team = m[side];
      const named = lineupOf(m, side).map(who);
      for (const o of open) {
        if (o.s.team !== team || o.served.length >= o.s.matches) continue;
        o.served.push(id);
        if (named.includes(o.s.player))
          inLineups.push({ player: o.s.player, team, match: id, suspension: o.s });
      }
    }
    if (!played(m)) continue;
    for (const side of ['home', 'away'] as const) {
      const cards = m.cards?.[side] ?? [];
      const sentOff = new Set(cards.filter((c) => c.card === 'second-yellow').map((c) => who(c.player)));
      for (const card of cards) {
        const player = who(card.player);
        if (card.card === 'yellow' && sentOff.has(player)) continue;
        const ban = (reason: 'yellows' | 'red', n: number) => {
          const s: Suspension = { player, team: m[side], reason, after: id, matches: n, servedIn: [] };
          open.push({ s, served: [] });
          found.push(s);
        };
        if (card.card === 'yellow') {
          const n = (yellows.get(player) ?? 0) + 1;
          yellows.set(player, n);
          if (n % rules.yellows === 0) ban('yellows', rules.yellowBan);
        } else ban('red', rules.redBan);
      }
    }
  }
  const served = new Map(open.map((o) => [o.s, o.served]));
  const withServed = (s: Suspension): Suspension => ({ ...s, servedIn: served.get(s) ?? [] });
  return {
    suspensions: found.map(withServed),
    inLineups: inLineups.map((x) => ({ ...x, suspension: withServed(x.suspension) })),
  };
}

/** Everyone a line-up names for the match: starters, substitutes and those who came on. */
function lineupOf(m: MatchFactDoc, side: Side): string[] {
  const l = m.lineups?.[side];
  if (!l) return [];
  return [...l.starting, ...(l.substitutes ?? []), ...(l.substitutions ?? []).map((s) => s.on)];
}
