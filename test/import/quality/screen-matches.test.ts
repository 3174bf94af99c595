import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import type { ImportedMatch, ImportResult } from '../../../src/import/index.ts';
import { screenMatches } from '../../../src/import/quality/screen-matches.ts';

let line = 0;
const match = (
  home: string,
  away: string,
  score: [number, number] | undefined,
  extra: Partial<ImportedMatch> = {},
): ImportedMatch => ({
  line: ++line,
  date: isoDate('2024-08-10'),
  home,
  away,
  status: score ? 'played' : 'scheduled',
  ...(score && { result: { fullTime: { home: score[0], away: score[1] } } }),
  ...extra,
});
const result = (matches: ImportedMatch[]): ImportResult => ({
  file: 'f.txt',
  matches,
  tables: [],
  refused: [],
  issues: [],
});
const reasons = (r: ImportResult) => r.refused.map((x) => `${x.line} ${x.reason}`);

describe('screenMatches', () => {
  it('refuses a team playing itself, an exact duplicate and the same pair twice on one day', () => {
    line = 0;
    const r = screenMatches(
      result([
        match('Arsenal', 'arsenal', [1, 0]),
        match('Chelsea', 'Fulham', [2, 0]),
        match('Chelsea', 'Fulham', [2, 0]),
        match('Fulham', 'Chelsea', [1, 1]),
        match('Everton', 'Luton', [1, 1]),
      ]),
    );
    assert.deepEqual(reasons(r), ['1 team_plays_itself', '3 duplicate_match', '4 same_pair_same_day']);
    assert.deepEqual(
      r.matches.map((m) => m.line),
      [2, 5],
    );
    assert.match(r.refused[1]!.detail!, /the same match as line 2/);
  });

  it('refuses team names that hold scorers or a date, and keeps club names with years or digits', () => {
    line = 0;
    const r = screenMatches(
      result([
        match("Burnley (Foster 36'", 'Luton', [1, 0], { date: isoDate('2024-08-11') }),
        match('Aug 12', 'Luton', [1, 0], { date: isoDate('2024-08-12') }),
        match('Accrington FC (1878-1896)', 'FC Schalke 04', [1, 0], { date: isoDate('2024-08-13') }),
        match('1. FC Köln', 'Hannover 96', [1, 0], { date: isoDate('2024-08-14') }),
      ]),
    );
    assert.deepEqual(reasons(r), ['1 not_a_team_name', '2 not_a_team_name']);
  });

  it('refuses a shoot-out on a league match and keeps one in a knockout round', () => {
    line = 0;
    const pens = (h: number, a: number) => ({
      result: { fullTime: { home: 1, away: 1 }, penalties: { home: h, away: a } },
    });
    const league = ['A', 'B', 'C', 'D'].flatMap((h, i, all) =>
      all
        .filter((a) => a !== h)
        .map((a, j) =>
          match(h, a, [1, 0], { date: isoDate(`2024-0${i + 1}-1${j}`), round: `Round ${i + 1}` }),
        ),
    );
    const r = screenMatches(
      result([
        ...league,
        match('A', 'B', [1, 1], { date: isoDate('2024-06-01'), round: 'Round 9', ...pens(4, 3) }),
        match('C', 'D', [1, 1], { date: isoDate('2024-07-01'), round: 'Final', ...pens(5, 4) }),
      ]),
    );
    assert.deepEqual(reasons(r), ['13 shootout_in_league']);
    assert.match(r.refused[0]!.detail!, /a shoot-out \(4-3\) on a league match/);
  });

  it('sets aside fixtures whose teams are not known yet, counted as ignored', () => {
    line = 0;
    const r = screenMatches(result([match('N.N.', 'N.N.', undefined), match('Boca', 'River', [1, 0])]));
    assert.deepEqual(r.refused, []);
    assert.equal(r.matches.length, 1);
    assert.equal(r.ignored?.placeholder, 1);
  });
});
