// engsoccerdata is GPL: it is read from ../shared/data when present and never copied here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseEngsoccerdata, parseEngsoccerdataDeductions } from '../../../src/import/engsoccerdata/index.ts';
import { parsePointDeductions } from '../../../src/import/seanelvidge/index.ts';

const DATA = new URL('../../../../shared/data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DATA), 'utf8');
const present = existsSync(new URL('engsoccerdata/england.csv', DATA));
const SKIP = '../shared/data/engsoccerdata not found';

describe('engsoccerdata (header-driven, from inline rows written for the test)', () => {
  it('reads the england.csv columns in any order', () => {
    const r = parseEngsoccerdata(
      'home,visitor,hgoal,vgoal,Season,Date,tier,division\nA,B,3,6,1888,1888-09-08,1,1\n',
    );
    assert.deepEqual(r.matches[0], {
      line: 2,
      season: '1888/89',
      home: 'A',
      away: 'B',
      status: 'played',
      competition: '1',
      tier: 1,
      date: '1888-09-08',
      result: { fullTime: { home: 3, away: 6 } },
    });
  });

  it('reads extra time, a named shoot-out winner, legs and R date numbers', () => {
    const r = parseEngsoccerdata(
      'Date,Season,home,visitor,hgoal,vgoal,tie,aet,pens\n1991-05-31,1990,A,B,2,2,initial,yes,5-4 B\n18017,2018,C,D,1,0,leg2,NA,NA\n',
    );
    assert.deepEqual(r.matches[0]!.result, {
      fullTime: { home: 2, away: 2 },
      extraTime: { home: 2, away: 2 },
      penalties: { home: 4, away: 5 },
    });
    assert.equal(r.matches[0]!.fullTimeUnknown, true);
    assert.deepEqual([r.matches[1]!.date, r.matches[1]!.leg], ['2019-05-01', 2]);
  });

  it('refuses a row it cannot read and a file without the columns', () => {
    const r = parseEngsoccerdata('Date,Season,home,visitor,hgoal,vgoal\n1888-09-08,1888,A,B,x,1\n');
    assert.deepEqual(
      [r.refused[0]!.line, r.refused[0]!.detail],
      [2, 'hgoal and vgoal must both be whole numbers (or both NA)'],
    );
    assert.equal(
      parseEngsoccerdata('a,b\n1,2\n').refused[0]!.detail,
      'missing column(s) Date, Season, home, visitor, hgoal, vgoal',
    );
  });
});

describe('engsoccerdata england.csv (shared data)', () => {
  it('reads all 208,028 matches of tiers 1–4, 1888–2024, refusing none', (t) => {
    if (!present) return t.skip(SKIP);
    const r = parseEngsoccerdata(read('engsoccerdata/england.csv'));
    assert.equal(r.matches.length, 208_028);
    assert.deepEqual(r.refused, []);
    const first = r.matches[0]!;
    assert.deepEqual(
      [first.date, first.season, first.home, first.away, first.result?.fullTime],
      ['1888-09-08', '1888/89', 'Bolton Wanderers', 'Derby County', { home: 3, away: 6 }],
    );
  });

  it('reports progress while reading', (t) => {
    if (!present) return t.skip(SKIP);
    const text = read('engsoccerdata/england.csv');
    const calls: [number, number][] = [];
    parseEngsoccerdata(text, { onProgress: (done, total) => calls.push([done, total]) });
    assert.ok(calls.length >= 20);
    assert.deepEqual(calls.at(-1), [text.length, text.length]);
  });

  it('reads the deductions: Rotherham United −3 in 2014/15', (t) => {
    if (!present) return t.skip(SKIP);
    const r = parseEngsoccerdataDeductions(read('engsoccerdata/deductions.csv'));
    assert.deepEqual(r.refused, []);
    assert.deepEqual(r.adjustments[0], {
      line: 2,
      season: '2014/15',
      team: 'Rotherham United',
      points: -3,
      tier: 2,
    });
  });
});

describe('seanelvidge English points deductions (shared data, reference only)', () => {
  it('reads deductions and additions with their dates and reasons', (t) => {
    if (!existsSync(new URL('seanelvidge-england/EnglishTeamPointDeductions.csv', DATA)))
      return t.skip('../shared/data/seanelvidge-england not found');
    const r = parsePointDeductions(read('seanelvidge-england/EnglishTeamPointDeductions.csv'));
    assert.deepEqual(r.refused, []);
    assert.equal(r.adjustments.length, 77);
    const added = r.adjustments.find((a) => a.team === 'Scunthorpe United')!;
    assert.deepEqual([added.season, added.points, added.date], ['1973/74', 2, '1974-04-03']);
  });
});
