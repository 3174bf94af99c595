import { THREE_POINTS } from '../model/index.ts';
import type { TieOutcome, TieTeams } from './tie-outcome.ts';
import { decidedFor, inconsistentAt, pendingOn } from './tie-outcome.ts';
import type { TieMatch } from './tie-matches.ts';
import type { PointsTieRules } from './tie-rules.ts';
import { decidePhases } from './decide-phases.ts';
import type { TieScore } from './tie-score.ts';
import { addTieScores, asScore, leader, tieScore } from './tie-score.ts';

const NINETY_MINUTES_ONLY = { extraTime: false, penalties: false } as const;

/** Points a leg gives each side, as in the league: the legs are league-like matches. */
function legPoints(ninety: TieScore): TieScore {
  const { win, draw, loss } = THREE_POINTS;
  switch (leader(ninety)) {
    case 'a':
      return tieScore(win, loss);
    case 'b':
      return tieScore(loss, win);
    case undefined:
      return tieScore(draw, draw);
  }
}

/**
 * A two-legged tie decided on points, not goals (2014 Descentralizado final, peru2014_facts.md
 * S41/S36): "goal difference is not used in the final: if the teams are level on points after
 * two legs, a third match is played on neutral ground; if that is level, extra time, then penalties".
 */
export function resolvePointsTie(
  teams: TieTeams,
  matches: readonly TieMatch[],
  rules: PointsTieRules,
): TieOutcome {
  const [first, second, third, extra] = matches;
  if (extra) return inconsistentAt('too_many_matches', extra.id);
  if (first === undefined) return pendingOn('first_leg', teams);
  const leg1 = first.state;
  if (leg1.kind !== 'scored') return pendingOn('first_leg', teams, { match: first.id });
  // Each leg is a 90-minute match: there is nothing to settle inside it.
  const firstVerdict = decidePhases(leg1, NINETY_MINUTES_ONLY);
  if (firstVerdict.kind === 'inconsistent') return inconsistentAt(firstVerdict.reason, first.id);

  if (second === undefined) return pendingOn('second_leg', teams);
  if (second.aAtHome) return inconsistentAt('legs_not_reversed', second.id);
  const leg2 = second.state;
  if (leg2.kind !== 'scored') return pendingOn('second_leg', teams, { match: second.id });
  const secondVerdict = decidePhases(leg2, NINETY_MINUTES_ONLY);
  if (secondVerdict.kind === 'inconsistent') return inconsistentAt(secondVerdict.reason, second.id);

  // "Points, not goals": the side with more points over the two legs wins.
  const points = addTieScores(legPoints(leg1.ninety), legPoints(leg2.ninety));
  const onPoints = leader(points);
  if (onPoints) {
    if (third) return inconsistentAt('match_after_decision', third.id);
    return decidedFor(teams, onPoints, 'points', {
      decidingMatch: { match: second.id, by: 'ninety_minutes' },
      points: asScore(points),
    });
  }

  // "Level on points after two legs → a third match on neutral ground" (goal difference not used).
  if (third === undefined) return pendingOn('third_match', teams);
  const decider = third.state;
  if (decider.kind !== 'scored') return pendingOn('third_match', teams, { match: third.id });
  const verdict = decidePhases(decider, rules.thirdMatch);
  switch (verdict.kind) {
    case 'won':
      return decidedFor(teams, verdict.winner, 'third_match', {
        decidingMatch: { match: third.id, by: verdict.by },
        points: asScore(points),
        ...(decider.penalties && { penalties: asScore(decider.penalties) }),
      });
    case 'level':
      return inconsistentAt('no_decider', third.id);
    case 'awaiting':
      return pendingOn(verdict.awaiting, teams, { match: third.id });
    case 'inconsistent':
      return inconsistentAt(verdict.reason, third.id);
  }
}
