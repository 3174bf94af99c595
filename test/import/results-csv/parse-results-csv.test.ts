import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResultsCsv } from '../../../src/import/results-csv/index.ts';

const csv = (...lines: string[]) => parseResultsCsv(lines.join('\n'));

describe('results CSV for `torneo table --results`', () => {
  it('reads the five required columns', () => {
    const r = csv(
      'date,home,away,home_goals,away_goals',
      '2014-02-01,Alianza Lima,Universidad San Martín,3,3',
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.matches[0], {
      line: 2,
      date: '2014-02-01',
      home: 'Alianza Lima',
      away: 'Universidad San Martín',
      status: 'played',
      result: { fullTime: { home: 3, away: 3 } },
    });
  });

  it('reads the optional columns in any order: extra time, penalties, cards, status', () => {
    const r = csv(
      'away_pens,status,home,date,away,home_goals,away_goals,home_goals_et,away_goals_et,home_pens,home_yellow,away_yellow,home_red,away_red,away_second_yellow,home_second_yellow',
      '3,played,Real Garcilaso,2014-07-20,Universitario,2,2,3,3,5,2,4,0,1,1,0',
    );
    assert.deepEqual(r.errors, []);
    const m = r.matches[0]!;
    assert.deepEqual(m.result, {
      fullTime: { home: 2, away: 2 },
      extraTime: { home: 3, away: 3 },
      penalties: { home: 5, away: 3 },
    });
    assert.deepEqual(m.cards, {
      home: { yellow: 2, secondYellow: 0, red: 0 },
      away: { yellow: 4, secondYellow: 1, red: 1 },
    });
  });

  it('reads awarded matches, with or without awarded_to', () => {
    const r = csv(
      'date,home,away,home_goals,away_goals,status,awarded_to',
      '2014-05-01,Cienciano,Sport Huancayo,0,3,awarded,',
      '2014-05-02,León de Huánuco,Inti Gas,0,0,awarded,Inti Gas',
      '2014-05-03,Unión Comercio,Los Caimanes,,,void,',
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.matches.map((m) => [m.status, m.awardedTo]),
      [
        ['awarded', 'away'],
        ['awarded', 'away'],
        ['void', undefined],
      ],
    );
  });

  it('names line, column and field of every error', () => {
    const r = csv(
      'date,home,away,home_goals,away_goals,home_goals_et,away_goals_et,status',
      '2014-02-30,A,B,1,0,,,played',
      '2014-02-01,A,,x,0,,,played',
      '2014-02-01,A,B,1,1,2,,played',
      '2014-02-01,A,B,1,1,,,finished',
      '2014-02-01,A,B,,,,,played',
    );
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.line, e.column, e.field]),
      [
        ['invalid_date', 2, 1, 'date'],
        ['missing_value', 3, 3, 'away'],
        ['invalid_number', 3, 4, 'home_goals'],
        ['incomplete_pair', 4, 7, 'away_goals_et'],
        ['invalid_status', 5, 8, 'status'],
        ['missing_value', 6, 4, 'home_goals'],
      ],
    );
    assert.equal(r.errors[0]!.message, 'date must be YYYY-MM-DD, got "2014-02-30"');
    assert.equal(r.matches.length, 0);
  });

  it('refuses an unknown column with a suggestion, and a missing one', () => {
    const r = csv('date,home,away,home_goals,home_yelow');
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.field, e.message]),
      [
        ['unknown_column', 'home_yelow', 'unknown column "home_yelow" — did you mean "home_yellow"?'],
        ['missing_column', 'away_goals', 'the header has no "away_goals" column'],
      ],
    );
  });

  it('reports an a.e.t. score below the 90-minute score as a data issue', () => {
    const r = csv(
      'date,home,away,home_goals,away_goals,home_goals_et,away_goals_et',
      '2014-12-14,A,B,2,1,1,1',
    );
    assert.equal(r.issues[0]!.code, 'extra_time_below_full_time');
  });
});
