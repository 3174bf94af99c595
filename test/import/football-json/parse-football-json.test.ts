import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { parseFootballJson } from '../../../src/import/football-json/index.ts';

const json = (matches: unknown[], name = 'Test League 2024/25') => JSON.stringify({ name, matches }, null, 2);

describe('football.json', () => {
  it('reads score.ft, score.ht, score.et (cumulative) and score.p apart', () => {
    const r = parseFootballJson(
      json([
        {
          round: 'Finals, Round of 16',
          date: '2025-03-11',
          time: '21:00',
          team1: 'Liverpool FC (ENG)',
          team2: 'Paris Saint-Germain FC (FRA)',
          score: { ht: [0, 1], ft: [0, 1], et: [0, 1], p: [1, 4] },
        },
      ]),
    );
    const m = r.matches[0]!;
    assert.deepEqual([r.competition, r.season], ['Test League', '2024/25']);
    assert.deepEqual(
      [m.home, m.homeCountry, m.date, m.time, m.round],
      ['Liverpool FC', 'ENG', '2025-03-11', '21:00', 'Finals, Round of 16'],
    );
    assert.deepEqual(m.result, {
      fullTime: { home: 0, away: 1 },
      halfTime: { home: 0, away: 1 },
      extraTime: { home: 0, away: 1 },
      penalties: { home: 1, away: 4 },
    });
  });

  it('gives every match the line of its team1 key in the file', () => {
    const r = parseFootballJson(
      json([
        { date: '2024-08-16', team1: 'A', team2: 'B', score: {} },
        { date: '2024-08-17', team1: 'C', team2: 'D', score: {} },
      ]),
    );
    assert.deepEqual(
      r.matches.map((m) => m.line),
      [6, 12],
    );
  });

  it('reads status, stage and group, and leaves an unplayed match scheduled', () => {
    const r = parseFootballJson(
      json([
        {
          round: 'Matchday 2',
          date: '2016-08-28',
          team1: 'Sassuolo Calcio',
          team2: 'Delfino Pescara',
          score: { ft: [0, 3] },
          status: 'awarded',
        },
        {
          round: 'Matchday 38',
          date: '2020-03-14',
          team1: 'Bristol Rovers',
          team2: 'Ipswich Town',
          score: {},
          status: 'cancelled',
        },
        {
          round: 'Matchday 1',
          group: 'Group B',
          stage: 'Regular',
          date: '2026-08-01',
          team1: 'E',
          team2: 'F',
          score: {},
        },
      ]),
    );
    assert.deepEqual(
      r.matches.map((m) => [m.status, m.awardedTo, m.group, m.stage, m.matchday]),
      [
        ['awarded', 'away', undefined, undefined, 2],
        ['cancelled', undefined, undefined, undefined, 38],
        ['scheduled', undefined, 'B', 'Regular', 1],
      ],
    );
  });

  it('reads the older layout: rounds, score1/score2, team objects', () => {
    const r = parseFootballJson(
      JSON.stringify({
        name: 'Old 2014/15',
        rounds: [
          {
            name: 'Matchday 1',
            matches: [
              {
                date: '2014-08-16',
                team1: { name: 'A', code: 'AAA' },
                team2: { name: 'B' },
                score1: 2,
                score2: 1,
                score1i: 1,
                score2i: 0,
              },
            ],
          },
        ],
      }),
    );
    assert.deepEqual(r.matches[0]!.result, {
      fullTime: { home: 2, away: 1 },
      halfTime: { home: 1, away: 0 },
    });
    assert.deepEqual(
      [r.matches[0]!.home, r.matches[0]!.homeCountry, r.matches[0]!.round],
      ['A', 'AAA', 'Matchday 1'],
    );
  });

  it('refuses malformed matches and malformed JSON, never throwing', () => {
    const r = parseFootballJson(
      json([
        { date: '16/08/2024', team1: 'A', team2: 'B' },
        { date: '2024-08-16', team1: 'A', team2: 'B', score: { ft: [1] } },
        { team1: 'A' },
      ]),
    );
    assert.deepEqual(
      r.refused.map((x) => x.detail),
      [
        'date must be YYYY-MM-DD, got "16/08/2024"',
        'scores must be pairs of whole numbers, e.g. [2, 1]',
        'team1 and team2 must be names',
      ],
    );
    const bad = parseFootballJson('{"name": "x", "matches": [');
    assert.equal(bad.refused[0]!.reason, 'invalid_json');
  });
});

describe('uefa-champions-league-2024-25 (football.json errors)', () => {
  const text = readFileSync(
    new URL('../../fixtures/import/uefa-cl-2024-25-excerpt.json', import.meta.url),
    'utf8',
  );

  it('reports the two shoot-outs given as 4-4', () => {
    const r = parseFootballJson(text);
    const level = r.issues.filter((i) => i.code === 'shootout_level');
    assert.deepEqual(
      level.map((i) => i.message),
      [
        'Liverpool FC v Paris Saint-Germain FC: the shoot-out is given as 4-4; a shoot-out cannot end level',
        'Club Atlético de Madrid v Real Madrid CF: the shoot-out is given as 4-4; a shoot-out cannot end level',
      ],
    );
  });

  it('reports the final without a score once the day of the data is past it', () => {
    const before = parseFootballJson(text);
    assert.equal(before.issues.filter((i) => i.code === 'missing_result').length, 0);
    const after = parseFootballJson(text, { asOf: isoDate('2025-07-01') });
    const missing = after.issues.filter((i) => i.code === 'missing_result');
    assert.deepEqual(
      missing.map((i) => i.message),
      [
        'Paris Saint-Germain FC v FC Internazionale Milano: no result, although the match is dated 2025-05-31, before 2025-07-01',
      ],
    );
  });

  it('pairs the legs of each round-of-16 tie', () => {
    const r = parseFootballJson(text);
    const liverpool = r.matches.filter((m) => m.tie?.includes('Liverpool'));
    assert.deepEqual(
      liverpool.map((m) => m.leg),
      [1, 2],
    );
  });
});
