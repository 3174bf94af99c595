import type { Match, TeamId } from '../model/index.ts';
import type { TieFact } from './tie-fact.ts';
import type { TieMatch } from './tie-matches.ts';
import { orderTieMatches } from './tie-matches.ts';
import type { TieOutcome, TieTeams } from './tie-outcome.ts';
import { decidedFor, inconsistentAt, pendingOn } from './tie-outcome.ts';
import type { TieRules } from './tie-rules.ts';
import { resolvePointsTie } from './resolve-points-tie.ts';
import { resolveSingleMatch } from './resolve-single-match.ts';
import { resolveTwoLegs } from './resolve-two-legs.ts';

const sideOf = (teams: TieTeams, team: TeamId): 'a' | 'b' | undefined =>
  team === teams.a ? 'a' : team === teams.b ? 'b' : undefined;

/** Exclusions and walkovers: the organiser's decisions, which override any score. */
function settledByDecision(teams: TieTeams | undefined, facts: readonly TieFact[]): TieOutcome | undefined {
  const excluded = new Set<TeamId>();
  let exclusion: Extract<TieFact, { kind: 'exclusion' }> | undefined;
  let walkover: Extract<TieFact, { kind: 'walkover' }> | undefined;
  for (const fact of facts) {
    switch (fact.kind) {
      case 'exclusion':
        excluded.add(fact.team);
        exclusion ??= fact;
        break;
      case 'walkover':
        if (walkover && walkover.winner !== fact.winner) return inconsistentAt('conflicting_facts');
        walkover ??= fact;
        break;
      case 'recorded_winner':
        break;
    }
  }
  if (exclusion) {
    // "Defensor Bolívar were excluded from the second leg … due to unsportsmanlike conduct"
    // (2014 Copa Perú, seed 001): a team excluded from a tie, or from any leg of it, loses the tie.
    if (teams === undefined) return inconsistentAt('unknown_team');
    if ([...excluded].some((t) => sideOf(teams, t) === undefined)) return inconsistentAt('unknown_team');
    if (excluded.size > 1) return inconsistentAt('both_excluded');
    const loser = sideOf(teams, exclusion.team);
    return decidedFor(teams, loser === 'a' ? 'b' : 'a', 'exclusion', {
      reason: exclusion.reason,
      ...(exclusion.source !== undefined && { source: exclusion.source }),
    });
  }
  if (walkover) {
    // A team that withdraws or does not appear, with no score awarded, loses the tie.
    const pair = teams ?? { a: walkover.winner, b: walkover.loser };
    const winner = sideOf(pair, walkover.winner);
    if (
      winner === undefined ||
      sideOf(pair, walkover.loser) === undefined ||
      walkover.winner === walkover.loser
    ) {
      return inconsistentAt('unknown_team');
    }
    return decidedFor(pair, winner, 'walkover', {
      ...(walkover.reason !== undefined && { reason: walkover.reason }),
      ...(walkover.source !== undefined && { source: walkover.source }),
    });
  }
  return undefined;
}

function settledByResults(teams: TieTeams, matches: readonly TieMatch[], rules: TieRules): TieOutcome {
  for (const m of matches) {
    // A match awarded without a score: the team that forfeited it is out of the tie.
    if (m.state.kind === 'awarded_without_score') {
      return decidedFor(teams, sideOf(teams, m.state.to) ?? 'a', 'awarded', {
        decidingMatch: { match: m.id, by: 'ninety_minutes' },
      });
    }
  }
  const outcome =
    rules.legs === 1
      ? resolveSingleMatch(teams, matches, rules)
      : rules.aggregate === 'goals'
        ? resolveTwoLegs(teams, matches, rules)
        : resolvePointsTie(teams, matches, rules);
  if (outcome.status !== 'decided') return outcome;
  // An awarded score counts like a played one ("deemed to have lost 3–0"); when it is what
  // carried the winner through, the tie says so.
  const awardedToWinner = matches.some(
    (m) => m.state.kind === 'scored' && m.state.awardedTo === outcome.winner,
  );
  return awardedToWinner ? { ...outcome, decidedBy: 'awarded' } : outcome;
}

/** A recorded winner settles a tie the results leave open, and must agree with one they settle. */
function withRecordedWinner(
  outcome: TieOutcome,
  teams: TieTeams | undefined,
  facts: readonly TieFact[],
): TieOutcome {
  const recorded = facts.flatMap((f) => (f.kind === 'recorded_winner' ? [f] : []));
  const first = recorded[0];
  if (first === undefined || outcome.status === 'inconsistent') return outcome;
  if (recorded.some((r) => r.winner !== first.winner)) return inconsistentAt('conflicting_facts');
  if (outcome.status === 'decided') {
    return outcome.winner === first.winner ? outcome : inconsistentAt('recorded_winner_contradicts');
  }
  const side = teams && sideOf(teams, first.winner);
  if (teams === undefined || side === undefined) return inconsistentAt('unknown_team');
  return decidedFor(teams, side, 'recorded', {
    ...(outcome.aggregate && { aggregate: outcome.aggregate }),
    ...(first.source !== undefined && { source: first.source }),
  });
}

/**
 * Who wins a knockout tie, from its matches (in any order; legs by `leg`, else by date), the
 * competition's rules and any facts that are not results. Total: every input gives a decided,
 * pending or inconsistent outcome. `pairing` names the two teams when no match is known yet
 * (from a bracket or a draw).
 */
export function resolveTie(
  matches: readonly Match[],
  rules: TieRules,
  facts: readonly TieFact[] = [],
  pairing?: readonly [TeamId, TeamId],
): TieOutcome {
  const ordered = orderTieMatches(matches, pairing);
  if (ordered.kind === 'inconsistent') return inconsistentAt(ordered.reason, ordered.match);
  const { teams } = ordered;
  const outcome =
    settledByDecision(teams, facts) ??
    (teams === undefined
      ? pendingOn(rules.legs === 1 ? 'match' : 'first_leg', undefined)
      : settledByResults(teams, ordered.matches, rules));
  return withRecordedWinner(outcome, teams, facts);
}
