import type { Match, TeamId } from '../model/index.ts';
import type {
  Bracket,
  BracketTie,
  BracketTieOutcome,
  BracketTieState,
  BracketState,
  SlotSource,
  SlotState,
} from './bracket.ts';
import { resolveTie } from './resolve-tie.ts';
import type { TieFact } from './tie-fact.ts';
import type { TieRules } from './tie-rules.ts';

const pairKey = (x: TeamId, y: TeamId): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Matches by `Match.tie`; matches without a tie id by the pair of teams, for ties that have none. */
function indexMatches(matches: readonly Match[]) {
  const byTie = new Map<string, Match[]>();
  const byPair = new Map<string, Match[]>();
  for (const m of matches) {
    const [map, key] = m.tie !== undefined ? [byTie, m.tie] : [byPair, pairKey(m.home, m.away)];
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  }
  return (tie: string, a: TeamId, b: TeamId): readonly Match[] =>
    byTie.get(tie) ?? byPair.get(pairKey(a, b)) ?? [];
}

function slotState(source: SlotSource, done: ReadonlyMap<string, BracketTieOutcome>): SlotState {
  if ('team' in source) return { kind: 'team', team: source.team };
  if ('bye' in source) return { kind: 'bye' };
  const [tie, wants] =
    'winnerOf' in source ? [source.winnerOf, 'winner' as const] : [source.loserOf, 'loser' as const];
  const feeder = done.get(tie);
  if (feeder === undefined) return { kind: 'unknown_tie', tie };
  switch (feeder.status) {
    case 'decided':
      return { kind: 'team', team: feeder[wants] };
    case 'bye':
      // A bye has a winner and no loser: the loser's slot is itself a bye.
      return wants === 'winner' ? { kind: 'team', team: feeder.winner } : { kind: 'bye' };
    case 'pending':
    case 'inconsistent':
    case 'awaiting_teams':
    case 'invalid_bracket':
      return { kind: 'waiting', tie };
  }
}

function outcomeOf(
  tie: BracketTie,
  [x, y]: readonly [SlotState, SlotState],
  rules: TieRules,
  facts: readonly TieFact[],
  matchesOf: (tie: string, a: TeamId, b: TeamId) => readonly Match[],
): BracketTieOutcome {
  if (x.kind === 'unknown_tie' || y.kind === 'unknown_tie') return { status: 'invalid_bracket' };
  if (x.kind === 'bye' && y.kind === 'bye') return { status: 'invalid_bracket' };
  if (x.kind === 'bye' && y.kind === 'team') return { status: 'bye', winner: y.team };
  if (y.kind === 'bye' && x.kind === 'team') return { status: 'bye', winner: x.team };
  if (x.kind !== 'team' || y.kind !== 'team') return { status: 'awaiting_teams' };
  return resolveTie(matchesOf(tie.id, x.team, y.team), rules, facts, [x.team, y.team]);
}

/** The final: the one tie whose winner goes nowhere and which is not a match between losers. */
function finalOf(bracket: Bracket): string | undefined {
  const ties = bracket.rounds.flatMap((r) => r.ties);
  const fed = new Set(ties.flatMap((t) => t.slots.flatMap((s) => ('winnerOf' in s ? [s.winnerOf] : []))));
  const finals = ties.filter((t) => !fed.has(t.id) && !t.slots.some((s) => 'loserOf' in s));
  return finals.length === 1 ? finals[0]?.id : undefined;
}

/**
 * Resolves every tie of a bracket it can, round by round, and fills the later rounds' slots
 * with the winners (and losers, for a third-place match). Matches belong to a tie through
 * `Match.tie`, or else through the pair of teams. `facts` are a tie's exclusions, walkovers
 * and recorded winners, by tie id. Pure; linear in the number of ties and matches.
 */
export function progressBracket(
  bracket: Bracket,
  matches: readonly Match[],
  rules: TieRules,
  facts: Readonly<Record<string, readonly TieFact[]>> = {},
): BracketState {
  const matchesOf = indexMatches(matches);
  const done = new Map<string, BracketTieOutcome>();
  const ties: BracketTieState[] = [];
  for (const round of bracket.rounds) {
    // A slot can only be fed by an earlier round: this round's outcomes join `done` after it.
    const thisRound: BracketTieState[] = [];
    for (const tie of round.ties) {
      const slots = [slotState(tie.slots[0], done), slotState(tie.slots[1], done)] as const;
      const tieRules = tie.rules ?? round.rules ?? rules;
      const outcome = outcomeOf(tie, slots, tieRules, facts[tie.id] ?? [], matchesOf);
      thisRound.push({ id: tie.id, round: round.name, slots, outcome });
    }
    for (const t of thisRound) done.set(t.id, t.outcome);
    ties.push(...thisRound);
  }
  const finalId = finalOf(bracket);
  const final = finalId === undefined ? undefined : done.get(finalId);
  if (final?.status === 'decided') return { ties, champion: final.winner, runnerUp: final.loser };
  if (final?.status === 'bye') return { ties, champion: final.winner };
  return { ties };
}
