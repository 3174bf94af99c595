import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readScoreExpression } from '../../../src/import/football-txt/score-expression.ts';

const read = (text: string) => readScoreExpression(text, 0)?.value;
const s = (home: number, away: number) => ({ home, away });

describe('Football.TXT score expressions', () => {
  it('reads a full-time score', () => {
    assert.deepEqual(read('2-1'), { fullTime: s(2, 1) });
  });

  it('reads the half-time score in parentheses', () => {
    assert.deepEqual(read('0-3 (0-2)'), { fullTime: s(0, 3), halfTime: s(0, 2) });
  });

  it('keeps 90 minutes, extra time and the shoot-out apart: 1-4 pen. 0-1 a.e.t. (0-1, 0-1)', () => {
    assert.deepEqual(read('1-4 pen. 0-1 a.e.t. (0-1, 0-1)'), {
      fullTime: s(0, 1),
      halfTime: s(0, 1),
      extraTime: s(0, 1),
      penalties: s(1, 4),
    });
  });

  it('reads the score after extra time with only the 90-minute score: 0-1 a.e.t. (0-0)', () => {
    assert.deepEqual(read('0-1 a.e.t. (0-0)'), { fullTime: s(0, 0), extraTime: s(0, 1) });
  });

  it('reads a shoot-out straight after 90 minutes: 4-1 pen. (1-1, 1-0)', () => {
    assert.deepEqual(read('4-1 pen. (1-1, 1-0)'), {
      fullTime: s(1, 1),
      halfTime: s(1, 0),
      penalties: s(4, 1),
    });
  });

  it("reads the World Cup files' order: 1-1 a.e.t (1-1, 1-0), 1-3 pen.", () => {
    assert.deepEqual(read('1-1 a.e.t (1-1, 1-0), 1-3 pen.'), {
      fullTime: s(1, 1),
      halfTime: s(1, 0),
      extraTime: s(1, 1),
      penalties: s(1, 3),
    });
  });

  it('reads the short form 3-4 pen. (2-2, 1-1, 1-0) as a.e.t., full time, half time', () => {
    assert.deepEqual(read('3-4 pen. (2-2, 1-1, 1-0)'), {
      extraTime: s(2, 2),
      fullTime: s(1, 1),
      halfTime: s(1, 0),
      penalties: s(3, 4),
    });
  });

  it('marks an awarded score: 0-3 awd.', () => {
    assert.deepEqual(read('0-3 awd.'), { fullTime: s(0, 3), mark: 'awarded' });
  });

  it('reads the RSSSF marks in place of a score', () => {
    assert.deepEqual(read('n/p'), { mark: 'not_played' });
    assert.deepEqual(read('abd'), { mark: 'abandoned' });
    assert.deepEqual(read('w/o'), { mark: 'walkover' });
    assert.deepEqual(read('bye'), { mark: 'bye' });
  });

  it('does not take a year range in a club name for a score', () => {
    assert.equal(read('1878-1896'), undefined);
  });

  it('refuses two scores in parentheses without a.e.t. or pen.', () => {
    assert.equal(read('2-1 (1-1, 1-0)'), undefined);
  });

  it('says where the expression ends, so the away team can follow', () => {
    const text = '1-1 a.e.t. (1-1), 3-4 pen.  France';
    assert.equal(text.slice(readScoreExpression(text, 0)!.end).trim(), 'France');
  });
});
