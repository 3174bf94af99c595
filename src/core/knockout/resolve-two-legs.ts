import type { DecidedBy, MatchDecidedBy, TieOutcome, TieTeams } from './tie-outcome.ts';
import { decidedFor, inconsistentAt, pendingOn } from './tie-outcome.ts';
import type { TieMatch } from './tie-matches.ts';
import type { GoalsTieRules } from './tie-rules.ts';
import type { Phases } from './decide-phases.ts';
import { decidePhases } from './decide-phases.ts';
import { addTieScores, asScore, tieScore } from './tie-score.ts';

/** In a two-legged tie the phase that settled the second leg names how the tie was won. */
function decidedByFor(by: MatchDecidedBy): DecidedBy {
  switch (by) {
    case 'ninety_minutes':
      return 'aggregate';
    case 'away_goals':
    case 'extra_time':
    case 'away_goals_extra_time':
    case 'penalties':
      return by;
  }
}

/**
 * A home-and-away tie decided on goals: "the team that scores more goals over the two legs
 * qualifies"; when level, away goals, extra time at the end of the second leg, away goals in
 * extra time and kicks from the penalty mark, each as far as the rules have them.
 */
export function resolveTwoLegs(
  teams: TieTeams,
  matches: readonly TieMatch[],
  rules: GoalsTieRules,
): TieOutcome {
  const [first, second, extra] = matches;
  if (extra) return inconsistentAt('too_many_matches', extra.id);
  if (first === undefined) return pendingOn('first_leg', teams);
  const leg1 = first.state;
  if (leg1.kind !== 'scored') return pendingOn('first_leg', teams, { match: first.id });
  // The first leg ends after 90 minutes whatever the score: nothing is decided in it.
  if (leg1.extraTime) return inconsistentAt('extra_time_not_allowed', first.id);
  if (leg1.penalties) return inconsistentAt('penalties_not_allowed', first.id);

  if (second === undefined) return pendingOn('second_leg', teams, { aggregate: asScore(leg1.ninety) });
  if (second.aAtHome) return inconsistentAt('legs_not_reversed', second.id);
  const leg2 = second.state;
  if (leg2.kind !== 'scored') {
    return pendingOn('second_leg', teams, { match: second.id, aggregate: asScore(leg1.ninety) });
  }

  // Team A plays away in the second leg, team B played away in the first.
  const phases: Phases = {
    ninety: addTieScores(leg1.ninety, leg2.ninety),
    ...(leg2.extraTime && { extraTime: addTieScores(leg1.ninety, leg2.extraTime) }),
    ...(leg2.penalties && { penalties: leg2.penalties }),
    ...(rules.awayGoals && { awayAfterNinety: tieScore(leg2.ninety.a, leg1.ninety.b) }),
    ...(rules.awayGoals &&
      rules.awayGoalsInExtraTime &&
      leg2.extraTime && { awayAfterExtraTime: tieScore(leg2.extraTime.a, leg1.ninety.b) }),
  };
  const aggregate = asScore(phases.extraTime ?? phases.ninety);
  const verdict = decidePhases(phases, rules);
  switch (verdict.kind) {
    case 'won':
      return decidedFor(teams, verdict.winner, decidedByFor(verdict.by), {
        decidingMatch: { match: second.id, by: verdict.by },
        aggregate,
        ...(verdict.by === 'away_goals' &&
          phases.awayAfterNinety && { awayGoals: asScore(phases.awayAfterNinety) }),
        ...(verdict.by === 'away_goals_extra_time' &&
          phases.awayAfterExtraTime && { awayGoals: asScore(phases.awayAfterExtraTime) }),
        ...(phases.penalties && { penalties: asScore(phases.penalties) }),
      });
    case 'level':
      return inconsistentAt('no_decider', second.id);
    case 'awaiting':
      return pendingOn(verdict.awaiting, teams, { match: second.id, aggregate });
    case 'inconsistent':
      return inconsistentAt(verdict.reason, second.id);
  }
}
