import type { MatchFactDoc, SeasonDoc } from '../definition/index.ts';
import { finalScore } from '../model/score.ts';
import { shootoutFromSides } from '../shootout/shootout.ts';
import { checkStageRef, type Path, type RefFn } from './check-competition.ts';
import { matchIdOf } from './match-id.ts';
import type { ReferenceChecker } from './references.ts';
import type { SeasonIndex } from './season.ts';

export function checkMatch(
  m: MatchFactDoc,
  p: Path,
  idx: SeasonIndex,
  c: ReferenceChecker,
  team: RefFn,
  venue: RefFn,
  doc: SeasonDoc,
): void {
  checkStageRef(m.competition, m.stage, m.group, p, idx, c);
  const okHome = team(m.home, [...p, 'home']);
  const okAway = team(m.away, [...p, 'away']);
  venue(m.venue, [...p, 'venue']);
  for (const key of ['awardedTo', 'winner'] as const) {
    const t = m[key];
    if (t !== undefined && t !== m.home && t !== m.away && okHome && okAway) {
      c.add({
        code: 'invalid_fact',
        path: [...p, key],
        message: `'${t}' did not play in this match`,
        words: { key: 'not_in_match', params: { team: t } },
        expected: `'${m.home}' or '${m.away}'`,
      });
    }
  }
  checkScores(m, p, c);
  checkExcluded(m, p, doc, c);
}

function checkScores(m: MatchFactDoc, p: Path, c: ReferenceChecker): void {
  if (!m.score) {
    if (m.extraTime || m.penalties || m.goals)
      c.add({
        code: 'invalid_fact',
        path: [...p, 'score'],
        message: 'extra time, penalties or goals are given but the 90-minute score is missing',
        words: { key: 'score_missing', params: {} },
        expected: 'a score like 2-1',
      });
    return;
  }
  const result = { fullTime: m.score, ...(m.extraTime ? { extraTime: m.extraTime } : {}) };
  if (m.extraTime && (m.extraTime.home < m.score.home || m.extraTime.away < m.score.away)) {
    c.add({
      code: 'score_mismatch',
      path: [...p, 'extraTime'],
      message: `the score after extra time (${m.extraTime.home}-${m.extraTime.away}) is lower than after 90 minutes`,
      words: { key: 'extra_time_lower', params: { extraTime: `${m.extraTime.home}-${m.extraTime.away}` } },
      expected: 'the cumulative score after extra time',
    });
  }
  const fin = finalScore(result);
  // A second leg may go to penalties without being drawn itself (level on aggregate): knockout
  // ties are checked as ties (check-ties.ts); here only a match with no leg of its own.
  if (m.penalties && fin.home !== fin.away && (m.leg === undefined || m.leg === 1) && !m.tie) {
    c.add({
      code: 'invalid_fact',
      path: [...p, 'penalties'],
      message: `a shoot-out is recorded but the match was not level (${fin.home}-${fin.away})`,
      words: { key: 'shootout_not_level', params: { score: `${fin.home}-${fin.away}` } },
      expected: 'penalties only after a draw',
    });
  }
  for (const side of ['home', 'away'] as const) {
    const listed = m.goals?.[side];
    if (listed && listed.length > 0 && listed.length !== fin[side]) {
      c.add({
        code: 'score_mismatch',
        path: [...p, 'goals', side],
        message: `${listed.length} goal(s) listed for the ${side} side but the score gives ${fin[side]}`,
        words: { key: 'goals_listed', params: { n: listed.length, score: fin[side] } },
        expected: `${fin[side]} goal(s), or none listed`,
      });
    }
  }
  if (m.shootout) {
    const v = shootoutFromSides(m.shootout.home, m.shootout.away, m.shootout.first);
    if (v.status === 'invalid')
      c.add({
        code: 'shootout_invalid',
        path: [...p, 'shootout'],
        message: `the shoot-out is not valid: ${v.reason}`,
        expected: 'kicks that alternate and stop once the shoot-out is decided',
      });
    else if (v.status === 'unfinished')
      c.add({
        code: 'shootout_invalid',
        path: [...p, 'shootout'],
        message: `the shoot-out kicks end level or undecided (${v.score.home}-${v.score.away})`,
        expected: 'kicks until one side has won',
      });
    else if (m.penalties && (m.penalties.home !== v.score.home || m.penalties.away !== v.score.away)) {
      c.add({
        code: 'score_mismatch',
        path: [...p, 'penalties'],
        message: `the kicks give ${v.score.home}-${v.score.away} but the shoot-out score says ${m.penalties.home}-${m.penalties.away}`,
        words: {
          key: 'kicks_disagree',
          params: {
            kicks: `${v.score.home}-${v.score.away}`,
            penalties: `${m.penalties.home}-${m.penalties.away}`,
          },
        },
        expected: `${v.score.home}-${v.score.away}`,
      });
    }
  }
}

function checkExcluded(m: MatchFactDoc, p: Path, doc: SeasonDoc, c: ReferenceChecker): void {
  if (!m.score || (m.status && m.status !== 'played')) return;
  const id = matchIdOf(m);
  for (const e of doc.exclusions) {
    if (e.competition !== m.competition || (e.team !== m.home && e.team !== m.away)) continue;
    const hits =
      (e.scope === 'match' && e.match === id) ||
      (e.scope === 'tie' &&
        e.tie !== undefined &&
        e.tie === m.tie &&
        (e.date === undefined || (m.date !== undefined && m.date >= e.date))) ||
      ((e.scope === 'stage' || e.scope === 'competition') &&
        (e.stage === undefined || e.stage === m.stage) &&
        e.date !== undefined &&
        m.date !== undefined &&
        m.date >= e.date);
    if (hits) {
      c.add({
        code: 'excluded_team_played',
        path: [...p, 'score'],
        message: `'${e.team}' was excluded from this ${e.scope} (${e.reason}), so the match cannot have a played result`,
        expected: `status: awarded with awardedTo the opponent`,
      });
    }
  }
}
