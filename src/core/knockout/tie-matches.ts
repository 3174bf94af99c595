import type { Match, MatchId, TeamId } from '../model/index.ts';
import type { TieInconsistency, TieTeams } from './tie-outcome.ts';
import type { TieScore } from './tie-score.ts';
import { fromMatchScore } from './tie-score.ts';

/** What a match of a tie contributes, seen from the tie (team A's goals first). */
export type TieMatchState =
  /** Scheduled, postponed or abandoned: it still has to be (re)played or awarded. */
  | { readonly kind: 'not_played' }
  /** Played, but its score is not known. */
  | { readonly kind: 'result_unknown' }
  | {
      readonly kind: 'scored';
      readonly ninety: TieScore;
      readonly extraTime?: TieScore;
      readonly penalties?: TieScore;
      /** For an awarded match: the team it was awarded to. */
      readonly awardedTo?: TeamId;
    }
  | { readonly kind: 'awarded_without_score'; readonly to: TeamId };

export interface TieMatch {
  readonly id: MatchId;
  readonly aAtHome: boolean;
  readonly state: TieMatchState;
}

export type OrderedTie =
  | { readonly kind: 'ordered'; readonly teams?: TieTeams; readonly matches: readonly TieMatch[] }
  | { readonly kind: 'inconsistent'; readonly reason: TieInconsistency; readonly match?: MatchId };

/** Whether a match takes part in the tie at all: void, annulled and cancelled matches do not. */
function takesPart(m: Match): boolean {
  switch (m.status) {
    case 'scheduled':
    case 'played':
    case 'awarded':
    case 'postponed':
    case 'abandoned':
      return true;
    case 'void':
    case 'annulled':
    case 'cancelled':
      return false;
  }
}

const isPlaceholder = (m: Match): boolean =>
  m.status === 'scheduled' || m.status === 'postponed' || m.status === 'abandoned';

/**
 * The matches in playing order: by `leg` when every match has one, else by date. A leg given
 * twice keeps the match that was played (a postponed fixture and its rearranged match).
 */
function inPlayingOrder(matches: readonly Match[]): readonly Match[] | TieInconsistency {
  if (matches.length <= 1) return matches;
  if (matches.every((m) => m.leg !== undefined)) {
    const byLeg = new Map<number, Match>();
    for (const m of matches) {
      const leg = m.leg as number;
      const seen = byLeg.get(leg);
      if (seen === undefined || (isPlaceholder(seen) && !isPlaceholder(m))) byLeg.set(leg, m);
      else if (!isPlaceholder(m)) return 'duplicate_leg';
    }
    return [...byLeg.entries()].sort(([x], [y]) => x - y).map(([, m]) => m);
  }
  if (matches.every((m) => m.date !== undefined)) {
    const key = (m: Match): string => `${m.date ?? ''}T${m.time ?? ''}`;
    return [...matches].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  }
  return 'leg_order_unknown';
}

function stateOf(m: Match, aAtHome: boolean, teams: TieTeams): TieMatchState | TieInconsistency {
  switch (m.status) {
    case 'scheduled':
    case 'postponed':
    case 'abandoned':
    case 'void':
    case 'annulled':
    case 'cancelled':
      return { kind: 'not_played' };
    case 'played': {
      const r = m.result;
      if (r === undefined) return { kind: 'result_unknown' };
      return {
        kind: 'scored',
        ninety: fromMatchScore(r.fullTime, aAtHome),
        ...(r.extraTime && { extraTime: fromMatchScore(r.extraTime, aAtHome) }),
        ...(r.penalties && { penalties: fromMatchScore(r.penalties, aAtHome) }),
      };
    }
    case 'awarded': {
      const to = m.awardedTo;
      if (to === undefined || (to !== teams.a && to !== teams.b)) return 'awarded_without_team';
      // An awarded score stands for the whole match: there is no extra time or shoot-out in it.
      return m.result === undefined
        ? { kind: 'awarded_without_score', to }
        : { kind: 'scored', ninety: fromMatchScore(m.result.fullTime, aAtHome), awardedTo: to };
    }
  }
}

const samePair = (m: Match, t: TieTeams): boolean =>
  (m.home === t.a && m.away === t.b) || (m.home === t.b && m.away === t.a);

/**
 * Puts a tie's matches in order and turns them to the tie's point of view: team A is the home
 * team of the first match. `pairing`, when given (from a bracket or a draw), must be the same
 * two teams; it names the teams before any match is known.
 */
export function orderTieMatches(matches: readonly Match[], pairing?: readonly [TeamId, TeamId]): OrderedTie {
  const ordered = inPlayingOrder(matches.filter(takesPart));
  if (typeof ordered === 'string') return { kind: 'inconsistent', reason: ordered };
  const first = ordered[0];
  const teams: TieTeams | undefined = first
    ? { a: first.home, b: first.away }
    : pairing && { a: pairing[0], b: pairing[1] };
  if (teams === undefined) return { kind: 'ordered', matches: [] };
  const pairingDiffers = pairing !== undefined && !(pairing.includes(teams.a) && pairing.includes(teams.b));
  if (pairingDiffers || teams.a === teams.b) {
    return { kind: 'inconsistent', reason: 'teams_differ', ...(first && { match: first.id }) };
  }
  const out: TieMatch[] = [];
  for (const m of ordered) {
    if (!samePair(m, teams)) return { kind: 'inconsistent', reason: 'teams_differ', match: m.id };
    const aAtHome = m.home === teams.a;
    const state = stateOf(m, aAtHome, teams);
    if (typeof state === 'string') return { kind: 'inconsistent', reason: state, match: m.id };
    out.push({ id: m.id, aAtHome, state });
  }
  return { kind: 'ordered', teams, matches: out };
}
