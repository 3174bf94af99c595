import type { IsoDate, MatchResult, Score } from '../../core/model/index.ts';
import { finalScore, formatScore } from '../../core/model/index.ts';
import type { DataIssue, DataIssueCode, ImportedMatch } from '../model/index.ts';

/**
 * Checks that report errors in the source instead of repairing them. Each check reads one match
 * (or one two-legged tie) and says what cannot be true:
 *
 * - a shoot-out that ended level (`4-4`) — a shoot-out goes on until one side leads;
 * - an a.e.t. score below the 90-minute score — the a.e.t. score is cumulative;
 * - a half-time score above the full-time score;
 * - extra time or a shoot-out after a match (or a tie, on aggregate) that was already decided;
 * - an a.e.t. score that repeats the shoot-out score (`4-3 pen. 4-3 a.e.t.`): the usual trace of
 *   a shoot-out copied into the match score;
 * - scorers that do not add up to the score;
 * - a match of a later matchday dated before the first matchday began (a year got wrong);
 * - a match without a result although the source has later results (or it is before `asOf`).
 */
export interface CheckOptions {
  /** The day the data describes; unplayed matches before it are reported. */
  readonly asOf?: IsoDate;
}

type Report = (code: DataIssueCode, message: string, severity?: 'error' | 'warning') => void;

const level = (s: Score): boolean => s.home === s.away;
const add = (a: Score, b: Score): Score => ({ home: a.home + b.home, away: a.away + b.away });
const swap = (s: Score): Score => ({ home: s.away, away: s.home });
const fmt = (s: Score): string => formatScore(s, '-');

function checkScores(m: ImportedMatch, r: MatchResult, report: Report): void {
  const { fullTime: ft, halfTime: ht, extraTime: et, penalties: p } = r;
  if (p && level(p))
    report('shootout_level', `the shoot-out is given as ${fmt(p)}; a shoot-out cannot end level`);
  if (et && !m.fullTimeUnknown && (et.home < ft.home || et.away < ft.away)) {
    report(
      'extra_time_below_full_time',
      `the score after extra time ${fmt(et)} is lower than the 90-minute score ${fmt(ft)} (a.e.t. scores include the first 90 minutes)`,
    );
  }
  if (ht && (ht.home > ft.home || ht.away > ft.away)) {
    report(
      'half_time_above_full_time',
      `the half-time score ${fmt(ht)} is higher than the full-time score ${fmt(ft)}`,
    );
  }
  if (p && et && !level(et) && et.home === p.home && et.away === p.away) {
    report(
      'score_copied_from_shootout',
      `the score after extra time ${fmt(et)} repeats the shoot-out score ${fmt(p)}${
        m.fullTimeUnknown ? '' : ` (90 minutes: ${fmt(ft)})`
      }; the shoot-out looks copied into the match score`,
      'warning',
    );
  }
}

function checkSingleMatch(m: ImportedMatch, r: MatchResult, report: Report): void {
  if (r.extraTime && !m.fullTimeUnknown && !level(r.fullTime)) {
    report(
      'extra_time_after_decided_match',
      `extra time was played although the match stood ${fmt(r.fullTime)} after 90 minutes`,
    );
  }
  if (r.penalties && !level(finalScore(r))) {
    report(
      'shootout_after_decided_match',
      `a shoot-out (${fmt(r.penalties)}) follows a match that ended ${fmt(finalScore(r))}`,
    );
  }
}

/** The last leg of a tie, checked on aggregate (scores seen from the last leg's home side). */
function checkSecondLeg(m: ImportedMatch, r: MatchResult, first: ImportedMatch, report: Report): void {
  const firstScore = finalScore(first.result!);
  const before = first.home === m.home ? firstScore : swap(firstScore);
  const after90 = add(before, r.fullTime);
  const afterAll = add(before, finalScore(r));
  if (r.extraTime && !m.fullTimeUnknown && !level(after90)) {
    report(
      'extra_time_after_decided_tie',
      `extra time was played although the tie stood ${fmt(after90)} on aggregate after 90 minutes`,
    );
  }
  if (r.penalties && !level(afterAll)) {
    report(
      'shootout_after_decided_tie',
      `a shoot-out (${fmt(r.penalties)}) follows a tie that stood ${fmt(afterAll)} on aggregate`,
    );
  }
}

function checkGoals(m: ImportedMatch, r: MatchResult, report: Report): void {
  if (!m.goals || m.goals.length === 0) return;
  const listed = m.goals.reduce(
    (s, g) => (g.side === 'home' ? { ...s, home: s.home + 1 } : { ...s, away: s.away + 1 }),
    { home: 0, away: 0 } as Score,
  );
  const final = finalScore(r);
  if (listed.home !== final.home || listed.away !== final.away) {
    report(
      'goals_do_not_match_score',
      `the scorers add up to ${fmt(listed)} but the score is ${fmt(final)}`,
      'warning',
    );
  }
}

export function checkMatches(matches: readonly ImportedMatch[], options: CheckOptions = {}): DataIssue[] {
  const issues: DataIssue[] = [];
  const ties = new Map<string, ImportedMatch[]>();
  let latestResult: IsoDate | undefined;
  for (const m of matches) {
    if (m.tie && m.leg !== undefined) ties.set(m.tie, [...(ties.get(m.tie) ?? []), m]);
    if (m.result && m.date && (!latestResult || m.date > latestResult)) latestResult = m.date;
  }
  const reference = options.asOf ?? latestResult;
  const seasonStart = matches
    .filter((m) => m.matchday === 1 && m.date)
    .reduce<IsoDate | undefined>((min, m) => (!min || m.date! < min ? m.date! : min), undefined);

  for (const m of matches) {
    const report: Report = (code, message, severity = 'error') =>
      issues.push({
        code,
        severity,
        ...(m.file && { file: m.file }),
        line: m.line,
        message: `${m.home} v ${m.away}: ${message}`,
      });
    if (seasonStart && m.date && m.matchday !== undefined && m.matchday > 1 && m.date < seasonStart) {
      report(
        'date_before_season_start',
        `matchday ${m.matchday} is dated ${m.date}, before matchday 1 began (${seasonStart})`,
      );
    }
    const r = m.result;
    if (!r) {
      if (m.status === 'scheduled' && m.date && reference && m.date < reference) {
        report(
          'missing_result',
          `no result, although the match is dated ${m.date}, before ${reference}`,
          'warning',
        );
      }
      continue;
    }
    checkScores(m, r, report);
    checkGoals(m, r, report);
    if (m.status === 'awarded' && !m.awardedTo)
      report('awarded_without_winner', 'an awarded match whose score names no winner', 'warning');
    const legs = m.tie ? ties.get(m.tie) : undefined;
    if (!legs || m.leg === undefined) {
      checkSingleMatch(m, r, report);
      continue;
    }
    // Two legs are decided on aggregate; a third meeting is a play-off decided on the day.
    const first = legs.find((l) => l.leg === 1);
    if (m.leg === 2 && first?.result) checkSecondLeg(m, r, first, report);
    else if (m.leg === 1 && (r.extraTime || r.penalties)) {
      report(
        'extra_time_after_decided_tie',
        'the first leg of a two-legged tie has extra time or a shoot-out',
      );
    } else if (m.leg > 2) checkSingleMatch(m, r, report);
  }
  return issues;
}
