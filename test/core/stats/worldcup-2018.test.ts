// Statistics on a real competition with every scorer known: the 2018 World Cup from
// openfootball/worldcup (CC0). Group G is carried in test/fixtures/stats (always run, figures
// worked out by hand); the whole tournament is read from ../shared/data when it is there and
// checked against a small computation written here, independently of src/core/stats.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Match } from '../../../src/core/model/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import {
  biggestAwayWin,
  biggestHomeWin,
  cleanSheets,
  highestScoring,
  matchTotals,
  statsScope,
  teamRecord,
  topScorers,
  type Figure,
} from '../../../src/core/stats/index.ts';
import type { ImportedMatch } from '../../../src/import/model/index.ts';
import { readFootballTxtMatches, toEngineMatch } from './imported-matches.ts';

const GROUP_G = fileURLToPath(new URL('../../fixtures/stats/worldcup-2018-group-g.txt', import.meta.url));
const DATA = fileURLToPath(
  new URL('../../../../shared/data/openfootball-worldcup/2018--russia/', import.meta.url),
);

const value = <T>(f: Figure<T>): T => {
  assert.ok(f.known, `figure known (${JSON.stringify(f).slice(0, 200)})`);
  return f.value;
};
const line = (m: Match) => `${m.home} ${m.result!.fullTime.home}-${m.result!.fullTime.away} ${m.away}`;

describe('2018 World Cup, Group G (carried excerpt, figures by hand)', () => {
  const matches = readFootballTxtMatches(GROUP_G).map(toEngineMatch);
  const scope = statsScope(matches);

  it('6 matches, 24 goals, 4 penalty goals, 1 own goal', () => {
    const t = matchTotals(scope);
    assert.deepEqual([t.matches, t.goals, t.penaltyGoals, t.ownGoals].map(value), [6, 24, 4, 1]);
    assert.equal(value(t.goalsPerMatch), 4);
  });

  it('highest scoring: both seven-goal matches, in date order', () => {
    assert.deepEqual(value(highestScoring(scope)).map(line), ['Belgium 5-2 Tunisia', 'England 6-1 Panama']);
  });

  it('biggest home win England 6–1 Panama; biggest away wins the two 2–1s', () => {
    assert.deepEqual(value(biggestHomeWin(scope)).map(line), ['England 6-1 Panama']);
    assert.deepEqual(value(biggestAwayWin(scope)).map(line), ['Tunisia 1-2 England', 'Panama 1-2 Tunisia']);
  });

  it('top scorers as the file names them: Kane 5, four players on 2 sharing second; Meriah’s own goal is nobody’s', () => {
    const rows = value(topScorers(scope));
    assert.deepEqual(
      rows.slice(0, 5).map((r) => [r.rank, r.name, r.goals, r.penalties]),
      [
        [1, 'Kane', 5, 2],
        [2, 'E. Hazard', 2, 1],
        [2, 'Lukaku', 2, 0],
        [2, 'R. Lukaku', 2, 0],
        [2, 'Stones', 2, 0],
      ],
    );
    assert.equal(rows[5]?.rank, 6);
    assert.ok(!rows.some((r) => r.name === 'Yassine Meriah'));
  });

  it('clean sheets: Belgium two, nobody else', () => {
    assert.deepEqual(
      value(cleanSheets(scope))
        .filter((r) => r.cleanSheets > 0)
        .map((r) => [r.team, r.cleanSheets]),
      [['Belgium', 2]],
    );
  });
});

describe('2018 World Cup, the whole tournament (../shared/data)', () => {
  const available = existsSync(`${DATA}cup.txt`) && existsSync(`${DATA}cup_finals.txt`);
  const imported = (): ImportedMatch[] => [
    ...readFootballTxtMatches(`${DATA}cup.txt`),
    ...readFootballTxtMatches(`${DATA}cup_finals.txt`),
  ];

  it('matches, goals, penalties and own goals agree with a count made here (64, 169, 22, 12)', (t) => {
    if (!available) return t.skip('../shared/data/openfootball-worldcup not found');
    const raw = imported();
    const totals = matchTotals(statsScope(raw.map(toEngineMatch)));
    // The independent count: straight over what the reader gave.
    const final = (m: ImportedMatch) => m.result!.extraTime ?? m.result!.fullTime;
    const goals = raw.reduce((a, m) => a + final(m).home + final(m).away, 0);
    const kinds = (k: string) =>
      raw.reduce((a, m) => a + (m.goals ?? []).filter((g) => g.kind === k).length, 0);
    assert.deepEqual([totals.matches, totals.goals, totals.penaltyGoals, totals.ownGoals].map(value), [
      raw.length,
      goals,
      kinds('penalty'),
      kinds('own_goal'),
    ]);
    assert.deepEqual([raw.length, goals, kinds('penalty'), kinds('own_goal')], [64, 169, 22, 12]);
  });

  it('top scorers agree with a tally made here, own goals left out', (t) => {
    if (!available) return t.skip('../shared/data/openfootball-worldcup not found');
    const raw = imported();
    const tally = new Map<string, number>();
    for (const m of raw)
      for (const g of m.goals ?? [])
        if (g.kind !== 'own_goal') tally.set(g.name!, (tally.get(g.name!) ?? 0) + 1);
    const rows = value(topScorers(statsScope(raw.map(toEngineMatch))));
    assert.deepEqual(new Map(rows.map((r) => [r.name!, r.goals])), tally);
    const best = Math.max(...tally.values());
    assert.deepEqual(
      rows.filter((r) => r.rank === 1).map((r) => r.name),
      [...tally]
        .filter(([, n]) => n === best)
        .map(([name]) => name)
        .sort(),
    );
  });

  it('record matches agree with a search made here: every tie listed', (t) => {
    if (!available) return t.skip('../shared/data/openfootball-worldcup not found');
    const raw = imported();
    const scope = statsScope(raw.map(toEngineMatch));
    const final = (m: ImportedMatch) => m.result!.extraTime ?? m.result!.fullTime;
    const most = Math.max(...raw.map((m) => final(m).home + final(m).away));
    const expectHighest = raw
      .filter((m) => final(m).home + final(m).away === most)
      .map((m) => `${m.home}-${m.away}`);
    assert.deepEqual(
      value(highestScoring(scope)).map((m) => `${m.home}-${m.away}`),
      expectHighest,
    );
    assert.deepEqual(
      expectHighest,
      ['Belgium-Tunisia', 'England-Panama', 'France-Argentina'],
      '7 goals each, in date order',
    );
    const margin = (m: ImportedMatch) => final(m).home - final(m).away;
    const widest = Math.max(...raw.map(margin));
    const home = raw.filter((m) => margin(m) === widest);
    const mostGoals = Math.max(...home.map((m) => final(m).home));
    assert.deepEqual(
      value(biggestHomeWin(scope)).map((m) => `${m.home}-${m.away}`),
      home.filter((m) => final(m).home === mostGoals).map((m) => `${m.home}-${m.away}`),
    );
  });

  it('France, the champions: unbeaten in all seven matches; the 4–2 final their biggest win (2–0 is as wide, with fewer goals)', (t) => {
    if (!available) return t.skip('../shared/data/openfootball-worldcup not found');
    const raw = imported();
    const france = raw.filter((m) => m.home === 'France' || m.away === 'France');
    const outcomes = france.map((m) => {
      const s = m.result!.extraTime ?? m.result!.fullTime;
      const [mine, theirs] = m.home === 'France' ? [s.home, s.away] : [s.away, s.home];
      return mine > theirs ? 'W' : mine < theirs ? 'L' : 'D';
    });
    const record = value(teamRecord(statsScope(raw.map(toEngineMatch)), teamId('France')));
    assert.deepEqual(record.form, outcomes);
    assert.equal(record.longestUnbeatenRun.length, 7);
    assert.equal(record.lost, 0);
    assert.deepEqual(
      record.biggestWin.map((m) => [m.home, m.away].filter((x) => x !== 'France')),
      [['Croatia']],
    );
  });
});
