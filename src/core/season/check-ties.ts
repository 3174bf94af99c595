import type { CompetitionDoc, KnockoutRoundDoc, SeasonDoc, StageDoc } from '../definition/index.ts';
import { defaultKnockoutRounds } from '../engine/default-rounds.ts';
import { inRound } from '../engine/in-round.ts';
import { tableRulesFor, tieRulesFor } from '../engine/resolve-rules.ts';
import { resolveTie, type TieInconsistency, type TieRules } from '../knockout/index.ts';
import type { Match } from '../model/index.ts';
import type { SeasonIssue } from './issue.ts';
import { seasonMatches } from './to-matches.ts';

/** One knockout of a competition: its rounds, their rules, and the matches played in it. */
interface Knockout {
  readonly rounds: readonly KnockoutRoundDoc[];
  readonly rules: (r: KnockoutRoundDoc) => TieRules;
  readonly matches: readonly Match[];
}

/** What a tie's facts get wrong, and which field of the match says it. */
const PROBLEM: Partial<Record<TieInconsistency, { field: string; message: string; expected: string }>> = {
  extra_time_missing: {
    field: 'penalties',
    message: 'a shoot-out is recorded but not the extra time the rules play before it',
    expected: 'extraTime: the cumulative score after extra time, then penalties',
  },
  extra_time_not_allowed: {
    field: 'extraTime',
    message: 'extra time is recorded but this tie’s rules do not play it',
    expected: 'no extraTime (or tie rules with extraTime: true)',
  },
  penalties_not_allowed: {
    field: 'penalties',
    message: 'a shoot-out is recorded but this tie’s rules do not hold one',
    expected: 'no penalties (or tie rules with penalties: true)',
  },
  played_on_after_decision: {
    field: 'penalties',
    message: 'extra time or a shoot-out is recorded although the tie was already decided',
    expected: 'extra time and penalties only when the tie is level',
  },
  shootout_drawn: {
    field: 'penalties',
    message: 'the shoot-out is level',
    expected: 'a shoot-out with a winner',
  },
  extra_time_below_full_time: {
    field: 'extraTime',
    message: 'the score after extra time is lower than after 90 minutes',
    expected: 'the cumulative score after extra time',
  },
};

const pairKey = (m: Match) => (m.home < m.away ? `${m.home}~${m.away}` : `${m.away}~${m.home}`);

/** Knockout stages, groups played as a knockout, and play-offs between groups. */
function knockoutsOf(c: CompetitionDoc, s: StageDoc, matches: readonly Match[]): Knockout[] {
  const mine = matches.filter((m) => m.competition === c.id && m.stage === s.id);
  if (s.format === 'knockout')
    return [{ rounds: s.rounds, rules: (r) => tieRulesFor(c, s, r), matches: mine }];
  if (s.format !== 'groups') return [];
  const groups = s.groups
    .filter((g) => g.format === 'knockout')
    .map((g): Knockout => {
      const ms = mine.filter((m) => m.group === g.id);
      const teams = new Set(ms.flatMap((m) => [m.home, m.away])).size;
      return {
        rounds: g.rounds ?? defaultKnockoutRounds(g.teams?.length ?? g.entrants?.length ?? teams),
        rules: (r) => tieRulesFor(c, s, r, g.tie),
        matches: ms,
      };
    });
  const playoffs = (s.playoffs ?? []).map((po): Knockout => ({
    rounds: [{ id: po.id, name: po.name, ...(po.tie && { tie: po.tie }) }],
    rules: (r) => tieRulesFor(c, s, r),
    matches: mine.filter((m) => m.tie === po.id),
  }));
  return [...groups, ...playoffs];
}

/**
 * Every knockout tie of the season checked against its rules: a shoot-out without the extra
 * time the rules require, extra time or penalties the rules do not play, a shoot-out after the
 * tie was decided. And a shoot-out on a table match whose points system gives none for it.
 * Each problem is reported at the match that shows it.
 */
export function checkTies(doc: SeasonDoc): SeasonIssue[] {
  const matches = seasonMatches(doc);
  const at = new Map(matches.map((m, i) => [m.id as string, i]));
  const issues: SeasonIssue[] = [];
  for (const c of doc.competitions)
    for (const s of c.stages) {
      const knockouts = knockoutsOf(c, s, matches);
      for (const k of knockouts) issues.push(...tieIssues(k, at));
      const inKnockout = new Set(knockouts.flatMap((k) => k.matches.map((m) => m.id as string)));
      if (s.format === 'knockout') continue;
      const shootoutPoints = tableRulesFor(c, s).points.shootoutWin !== undefined;
      for (const m of matches)
        if (
          m.competition === c.id &&
          m.stage === s.id &&
          !m.playoff &&
          !inKnockout.has(m.id) &&
          m.result?.penalties &&
          !shootoutPoints
        )
          issues.push({
            code: 'invalid_fact',
            path: ['matches', at.get(m.id)!, 'penalties'],
            message: `a shoot-out is recorded on a ${s.format === 'groups' ? 'group' : 'league'} match, which no shoot-out decides`,
            expected: 'no penalties on a table match (a play-off is marked playoff: true)',
          });
    }
  return issues;
}

function tieIssues(k: Knockout, at: ReadonlyMap<string, number>): SeasonIssue[] {
  const issues: SeasonIssue[] = [];
  for (const round of k.rounds) {
    const ties = new Map<string, Match[]>();
    for (const m of k.matches.filter((x) => inRound(x, round, k.rounds.length))) {
      const key = m.tie ?? pairKey(m);
      ties.set(key, [...(ties.get(key) ?? []), m]);
    }
    for (const ms of ties.values()) {
      const outcome = resolveTie(ms, k.rules(round));
      if (outcome.status !== 'inconsistent' || outcome.match === undefined) continue;
      const problem = PROBLEM[outcome.reason];
      const index = at.get(outcome.match);
      if (!problem || index === undefined) continue;
      issues.push({
        code: 'invalid_fact',
        path: ['matches', index, problem.field],
        message: problem.message,
        expected: problem.expected,
      });
    }
  }
  return issues;
}
