import { scheduleRoundRobin, type RoundRobinRequest } from '../../src/core/fixtures/index.ts';
import { isoDate, teamId, venueId, type VenueId } from '../../src/core/model/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { timeRuns } from '../measure.ts';

/**
 * Fixture lists with constraints: a 20-team double round robin where three pairs of clubs
 * share a ground (as Lima's clubs do), so no two of a pair may be at home on the same day, with
 * a fixed derby and a weekly calendar with weekend kick-offs — the seeded backtracking search
 * over minimum-break schedules, then dated matches. Also the same league with no constraint.
 */
export const fixtures: Workload = {
  name: 'fixtures',
  description: '20-team double round robin with shared stadiums, a fixed derby and a calendar',
  run(): BenchRow[] {
    const teams = Array.from({ length: 20 }, (_, i) => teamId(`club-${i + 1}`));
    const venues: Record<string, VenueId> = {};
    teams.forEach((t, i) => (venues[t] = venueId(i < 6 ? `shared-${i >> 1}` : `home-${i}`)));
    const constrained: RoundRobinRequest = {
      groups: [{ teams }],
      cycles: 2,
      venues,
      constraints: [{ kind: 'fixed-pairing', teams: [teams[6]!, teams[7]!], round: 10, home: teams[6]! }],
      calendar: {
        rounds: { kind: 'interval', start: isoDate('2030-02-15'), everyDays: 7 },
        windowDays: 3,
        kickOffs: {
          friday: ['20:00'],
          saturday: ['13:00', '15:30', '18:00', '20:30'],
          sunday: ['11:00', '13:15', '15:30', '18:00', '20:15'],
        },
        defaultKickOff: '15:00',
      },
    };
    let seed = 0;
    let tried = 0;
    let found = 0;
    const withConstraints = timeRuns(
      () => {
        const outcome = scheduleRoundRobin(constrained, ++seed);
        tried++;
        if (outcome.ok) found++;
      },
      21,
      3,
    );
    const plain = timeRuns(() => scheduleRoundRobin({ groups: [{ teams }], cycles: 2 }, ++seed), 51, 5);
    const size = '20 teams, 380 matches, 38 rounds';
    return [
      {
        workload: 'fixtures',
        size,
        impl: 'torneo',
        ms: withConstraints.wallMs,
        cpuMs: withConstraints.cpuMs,
        throughput: { value: 1000 / withConstraints.cpuMs, unit: 'fixture lists/s' },
        note: `3 shared grounds, a fixed derby, weekend kick-offs; ${found} of ${tried} seeds found a list`,
      },
      {
        workload: 'fixtures',
        size,
        impl: 'torneo',
        ms: plain.wallMs,
        cpuMs: plain.cpuMs,
        throughput: { value: 1000 / plain.cpuMs, unit: 'fixture lists/s' },
        note: 'no constraint, no calendar',
      },
    ];
  },
};
