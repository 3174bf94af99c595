import type { DecidedBy, MatchDecidedBy, TieOutcome, TieTeams } from './tie-outcome.ts';
import { decidedFor, inconsistentAt, pendingOn } from './tie-outcome.ts';
import type { TieMatch } from './tie-matches.ts';
import type { MatchDecider, TieRules } from './tie-rules.ts';
import { decidePhases } from './decide-phases.ts';
import { asScore } from './tie-score.ts';

/** How many matches the tie may have: the match and its replays. */
function maxMatches(rules: TieRules): number {
  const replay = rules.replay;
  if (replay === false) return 1;
  return replay.max === 'unlimited' ? Number.POSITIVE_INFINITY : 1 + replay.max;
}

/** What may settle match number `index` (0 = the first match, 1 = the first replay, …). */
function deciderFor(index: number, rules: TieRules): MatchDecider {
  const replay = rules.replay;
  if (index === 0 || replay === false) return rules;
  // A replay before the last one allowed: extra time when the rules say so, never penalties
  // ("the tie shall be replayed" again when still level — FA Cup before 1991/92).
  if (replay.max === 'unlimited' || index < replay.max)
    return { extraTime: replay.extraTime, penalties: false };
  // The last replay allowed: "extra time, and then kicks from the penalty mark" (FA Cup 1991/92–2023/24).
  return replay.last;
}

/** The first match keeps the name of the phase that settled it; any later match is a replay. */
function decidedByFor(index: number, by: MatchDecidedBy): DecidedBy {
  if (index > 0) return 'replay';
  switch (by) {
    case 'ninety_minutes':
      return 'single_match';
    case 'away_goals':
    case 'extra_time':
    case 'away_goals_extra_time':
    case 'penalties':
      return by;
  }
}

/**
 * A tie of one match, replayed while the rules allow and it is drawn. The matches are in
 * playing order; team A is at home in the first.
 */
export function resolveSingleMatch(
  teams: TieTeams,
  matches: readonly TieMatch[],
  rules: TieRules,
): TieOutcome {
  const limit = maxMatches(rules);
  const extra = matches[limit];
  if (extra) return inconsistentAt('too_many_matches', extra.id);

  for (let index = 0; ; index++) {
    const m = matches[index];
    const awaiting = index === 0 ? 'match' : 'replay';
    if (m === undefined) return pendingOn(awaiting, teams);
    const state = m.state;
    // Not played yet, or played with a score nobody knows (an awarded match without a score
    // is settled before any match is looked at, in resolveTie).
    if (state.kind !== 'scored') return pendingOn(awaiting, teams, { match: m.id });
    const verdict = decidePhases(state, deciderFor(index, rules));
    const finalScore = asScore(state.extraTime ?? state.ninety);
    switch (verdict.kind) {
      case 'won': {
        const later = matches[index + 1];
        if (later) return inconsistentAt('match_after_decision', later.id);
        return decidedFor(teams, verdict.winner, decidedByFor(index, verdict.by), {
          decidingMatch: { match: m.id, by: verdict.by },
          ...(index === 0 && { aggregate: finalScore }),
          ...(state.penalties && { penalties: asScore(state.penalties) }),
        });
      }
      case 'level':
        // Drawn and no replay left: the rules cannot produce a winner.
        if (index + 1 >= limit) return inconsistentAt('no_decider', m.id);
        continue;
      case 'awaiting':
        return pendingOn(verdict.awaiting, teams, { match: m.id, aggregate: finalScore });
      case 'inconsistent':
        return inconsistentAt(verdict.reason, m.id);
    }
  }
}
