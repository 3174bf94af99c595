import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MatchResult } from '../../../src/core/model/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import type { ImportedMatch } from '../../../src/import/model/index.ts';
import { checkMatches } from '../../../src/import/quality/check-matches.ts';

/** `match('A', 'B', '1-1 aet 2-2 pen 4-3')` — a tiny builder: 90', then a.e.t. and shoot-out. */
function match(home: string, away: string, score: string, extra: Partial<ImportedMatch> = {}): ImportedMatch {
  const [ft, et, pen] = [/^(\d+)-(\d+)/, /aet (\d+)-(\d+)/, /pen (\d+)-(\d+)/].map((re) => re.exec(score));
  const pair = (m: RegExpExecArray | null | undefined) =>
    m ? { home: Number(m[1]), away: Number(m[2]) } : undefined;
  const result: MatchResult = {
    fullTime: pair(ft)!,
    ...(et && { extraTime: pair(et)! }),
    ...(pen && { penalties: pair(pen)! }),
  };
  return { line: 1, home, away, status: 'played', result, ...extra };
}
const codes = (matches: ImportedMatch[]) => checkMatches(matches).map((i) => i.code);

describe('data-quality checks', () => {
  it('reports a shoot-out that ended level', () => {
    assert.deepEqual(
      codes([
        match('Liverpool', 'PSG', '0-1 aet 0-1 pen 4-4', { tie: 't', leg: 2 }),
        match('PSG', 'Liverpool', '0-1', { tie: 't', leg: 1 }),
      ]),
      ['shootout_level'],
    );
  });

  it('reports an a.e.t. score lower than the 90-minute score', () => {
    assert.deepEqual(codes([match('A', 'B', '2-2 aet 1-2 pen 4-3')]), [
      'extra_time_below_full_time',
      'shootout_after_decided_match',
    ]);
  });

  it('reports a half-time score above the full-time score', () => {
    const m = match('A', 'B', '1-0');
    assert.deepEqual(codes([{ ...m, result: { ...m.result!, halfTime: { home: 2, away: 0 } } }]), [
      'half_time_above_full_time',
    ]);
  });

  it('reports extra time and a shoot-out after a single match that was already decided', () => {
    assert.deepEqual(codes([match('A', 'B', '2-1 aet 3-1 pen 5-4')]), [
      'extra_time_after_decided_match',
      'shootout_after_decided_match',
    ]);
  });

  it('warns when the a.e.t. score repeats the shoot-out score (Cruzeiro – São Paulo, Libertadores 2015)', () => {
    const first = match('São Paulo', 'Cruzeiro', '1-0', { tie: 't', leg: 1 });
    const second = match('Cruzeiro', 'São Paulo', '4-3 aet 4-3 pen 4-3', { tie: 't', leg: 2 });
    const issues = checkMatches([first, second]);
    assert.deepEqual(
      issues.map((i) => [i.code, i.severity]),
      [['score_copied_from_shootout', 'warning']],
    );
  });

  it('accepts a second leg that goes to penalties when level on aggregate', () => {
    const first = match('São Paulo', 'Cruzeiro', '1-0', { tie: 't', leg: 1 });
    const second = match('Cruzeiro', 'São Paulo', '1-0 aet 1-0 pen 4-3', { tie: 't', leg: 2 });
    assert.deepEqual(codes([first, second]), []);
  });

  it('reports a shoot-out after a tie decided on aggregate', () => {
    const first = match('A', 'B', '2-0', { tie: 't', leg: 1 });
    const second = match('B', 'A', '1-0 aet 1-0 pen 4-3', { tie: 't', leg: 2 });
    assert.deepEqual(codes([first, second]), ['extra_time_after_decided_tie', 'shootout_after_decided_tie']);
  });

  it('reports an unplayed match dated before a later result, or before "as of"', () => {
    const played = match('A', 'B', '1-0', { date: isoDate('2025-05-01') });
    const missing: ImportedMatch = {
      line: 2,
      home: 'C',
      away: 'D',
      status: 'scheduled',
      date: isoDate('2025-04-01'),
    };
    const future: ImportedMatch = {
      line: 3,
      home: 'E',
      away: 'F',
      status: 'scheduled',
      date: isoDate('2025-06-01'),
    };
    assert.deepEqual(codes([played, missing, future]), ['missing_result']);
    assert.equal(checkMatches([played, missing, future], { asOf: isoDate('2025-07-01') }).length, 2);
  });

  it('reports a match of a later matchday dated before the season began', () => {
    const md1 = match('A', 'B', '1-0', { date: isoDate('2019-08-09'), matchday: 1 });
    const md32 = match('C', 'D', '1-4', { date: isoDate('2019-07-01'), matchday: 32 });
    assert.deepEqual(codes([md1, md32]), ['date_before_season_start']);
  });
});
