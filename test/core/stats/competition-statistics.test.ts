import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';
import { competitionStatistics, shown } from '../../../src/core/stats/index.ts';
import { syntheticSeason } from '../people/synthetic-league.ts';

// The synthetic league of test/core/people: 12 matches, every fixture dated, 24 goals (see there).
const withReports = (edit: Parameters<typeof syntheticSeason>[0] = () => {}) =>
  indexSeason(
    syntheticSeason((s) => {
      s.reportedScorers = [{ competition: 'liga', player: 'ann', team: 'a', goals: 9 }];
      s.reportedStats = [
        { competition: 'liga', stat: 'matches', value: 12, sources: [] },
        { competition: 'liga', stat: 'matches', value: 13, note: 'a miscount', sources: [] },
      ];
      edit?.(s);
    }),
  );

describe('competition statistics', () => {
  it('with every result known, figures are derived and what sources reported is not needed', () => {
    const stats = competitionStatistics(withReports(), 'liga');
    assert.deepEqual(shown(stats.totals.matches), { basis: 'derived', value: 12 });
    assert.deepEqual(shown(stats.totals.goals), { basis: 'derived', value: 24 });
  });

  it('with a result missing, a total falls back to what sources reported, the disagreeing report kept', () => {
    const stats = competitionStatistics(
      withReports((s) => delete (s.matches![3] as { score?: string }).score),
      'liga',
    );
    assert.equal(stats.totals.matches.known, false);
    const matches = shown(stats.totals.matches);
    assert.ok(matches.basis === 'reported');
    assert.deepEqual(
      [matches.value, matches.others.map((o) => [o.value, o.note])],
      [12, [[13, 'a miscount']]],
    );
  });

  it('scorers unknown without goal lists: the reported list stands in, marked as reported', () => {
    const stats = competitionStatistics(withReports(), 'liga');
    assert.ok(!stats.topScorers.known && stats.topScorers.reason === 'goals_missing');
    const s = shown(stats.topScorers);
    assert.ok(s.basis === 'reported');
    assert.deepEqual(
      s.value.map((r) => [r.player, r.goals, r.penalties]),
      [['ann', 9, undefined]],
    );
  });

  it('as of a day, with the whole fixture list known, counts only the matches due by then', () => {
    const stats = competitionStatistics(withReports(), 'liga', { asOf: isoDate('2030-02-15') });
    assert.deepEqual(shown(stats.totals.matches), { basis: 'derived', value: 6 });
    assert.deepEqual(stats.scope.expected, 6);
  });

  it('as of a day, with fixtures missing from the list, nothing can be complete', () => {
    const stats = competitionStatistics(
      withReports((s) => (s.matches = s.matches!.slice(0, 8))),
      'liga',
      { asOf: isoDate('2030-02-15') },
    );
    assert.equal(stats.scope.missing, 'unknown');
    assert.equal(stats.biggestHomeWin.known, false);
  });
});
