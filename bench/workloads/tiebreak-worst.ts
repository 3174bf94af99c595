import { computeStandings } from '../../src/core/standings/index.ts';
import { matchId, teamId, type Match, type TableRules } from '../../src/core/model/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { timeRuns } from '../measure.ts';

/**
 * Workload 3, the worst case for tie-breaks: 20 teams all level on points, so the whole table
 * is one tied group, and head-to-head is re-applied (UEFA) to every subgroup it leaves.
 * Every team wins its home match against each opponent and loses away (57 points each);
 * the margins differ so the head-to-head criteria keep splitting the group unevenly.
 */
export const tiebreakWorst: Workload = {
  name: 'tiebreak-worst',
  description: '20 teams level on points, head-to-head re-applied',
  run(): BenchRow[] {
    const teams = Array.from({ length: 20 }, (_, i) => teamId(`t${i}`));
    const matches: Match[] = [];
    for (let h = 0; h < 20; h++) {
      for (let a = 0; a < 20; a++) {
        if (h === a) continue;
        const margin = 1 + ((h * 7 + a * 3) % 4);
        matches.push({
          id: matchId(`m${h}-${a}`),
          home: teams[h]!,
          away: teams[a]!,
          status: 'played',
          result: { fullTime: { home: margin + (h % 3), away: h % 3 } },
        });
      }
    }
    const rules: TableRules = {
      points: { win: 3, draw: 1, loss: 0 },
      tiebreakers: [
        'points',
        'h2h_points',
        'h2h_goal_difference',
        'h2h_goals_for',
        'h2h_away_goals_for',
        'goal_difference',
        'goals_for',
        'lots',
      ],
      headToHead: 'reapply',
    };
    let splits = 0;
    const t = timeRuns(
      () => {
        const table = computeStandings({ teams, matches, rules, seed: 1 });
        splits = table.explanations.length;
      },
      51,
      5,
    );
    return [
      {
        workload: 'tiebreak-worst',
        size: '20 teams level on 57 pts, 380 matches',
        impl: 'torneo',
        ms: t.wallMs,
        cpuMs: t.cpuMs,
        note: `${splits} tie-break steps explained`,
      },
    ];
  },
};
