import type { ReportedStatDoc, SeasonDoc } from '../definition/index.ts';
import { personId, teamId } from '../model/index.ts';
import type { AttendanceSummary } from './attendance.ts';
import type { Reported } from './figure.ts';
import { competitionRanks } from './rank.ts';
import type { ScorerRow } from './top-scorers.ts';

/**
 * What sources published about a competition (`reportedScorers`, `reportedStats`), in the
 * shapes of Torneo's own figures, to stand in where Torneo cannot derive them.
 */
export interface ReportedFigures {
  readonly scorers?: Reported<readonly ScorerRow[]>;
  readonly matches?: Reported<number>;
  readonly goals?: Reported<number>;
  readonly goalsPerMatch?: Reported<number>;
  readonly attendance?: Reported<AttendanceSummary>;
}

export function reportedFigures(doc: SeasonDoc, competition: string): ReportedFigures {
  const scorers = doc.reportedScorers
    .filter((r) => r.competition === competition)
    .sort((a, b) => b.goals - a.goals);
  const ranks = competitionRanks(scorers, (r) => r.goals);
  const stats = doc.reportedStats.filter((r) => r.competition === competition && r.stage === undefined);
  const stat = (kind: ReportedStatDoc['stat']) => stats.find((r) => r.stat === kind);
  const asReported = <T>(value: T, docs: readonly (ReportedStatDoc | undefined)[]): Reported<T> => ({
    value,
    sources: [...new Set(docs.flatMap((d) => d?.sources ?? []))],
  });
  /** The first value published, with the others that disagree with it. */
  const single = (kind: ReportedStatDoc['stat']): Reported<number> | undefined => {
    const [first, ...rest] = stats.filter((r) => r.stat === kind);
    if (!first) return undefined;
    const others = rest
      .filter((r) => r.value !== first.value)
      .map((r) => withNote(asReported(r.value, [r]), r.note));
    return {
      ...withNote(asReported(first.value, [first]), first.note),
      ...(others.length ? { others } : {}),
    };
  };
  const matches = stat('matches');
  const goals = stat('goals');
  const att = (
    ['attendance-total', 'attendance-average', 'attendance-highest', 'attendance-lowest'] as const
  ).map(stat);
  const [total, average, highest, lowest] = att;
  return {
    ...(scorers.length
      ? {
          scorers: {
            value: scorers.map((r, i) => ({
              ...ranks[i]!,
              player: personId(r.player),
              teams: [teamId(r.team)],
              goals: r.goals,
              ...(r.penalties !== undefined ? { penalties: r.penalties } : {}),
            })),
            sources: [...new Set(scorers.flatMap((r) => r.sources ?? []))],
          },
        }
      : {}),
    ...(matches ? { matches: single('matches')! } : {}),
    ...(goals ? { goals: single('goals')! } : {}),
    ...(matches && goals && matches.value > 0
      ? { goalsPerMatch: asReported(goals.value / matches.value, [matches, goals]) }
      : {}),
    ...(att.some(Boolean)
      ? {
          attendance: asReported<AttendanceSummary>(
            {
              ...(total ? { total: total.value } : {}),
              ...(average ? { average: average.value } : {}),
              ...(highest ? { highest: { attendance: highest.value, matches: [] } } : {}),
              ...(lowest ? { lowest: { attendance: lowest.value, matches: [] } } : {}),
            },
            att,
          ),
        }
      : {}),
  };
}

const withNote = <T>(r: Reported<T>, note: string | undefined): Reported<T> =>
  note !== undefined ? { ...r, note } : r;
