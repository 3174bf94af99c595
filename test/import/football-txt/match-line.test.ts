import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMatchLine } from '../../../src/import/football-txt/match-line.ts';

const match = (line: string) => {
  const r = readMatchLine(line);
  assert.equal(r.kind, 'match', `expected a match in ${JSON.stringify(line)}, got ${JSON.stringify(r)}`);
  return r as Extract<typeof r, { kind: 'match' }>;
};

describe('Football.TXT match lines', () => {
  it('reads time, teams and score in the league layout', () => {
    const m = match('20.00  Burnley FC               0-3 (0-2)  Manchester City FC');
    assert.equal(m.context.time, '20:00');
    assert.equal(m.home, 'Burnley FC');
    assert.equal(m.away, 'Manchester City FC');
    assert.deepEqual(m.score, { fullTime: { home: 0, away: 3 }, halfTime: { home: 0, away: 2 } });
  });

  it('reads the "v" layout with the score after both teams', () => {
    const m = match(
      '21.00  Liverpool FC (ENG)      v Paris Saint-Germain FC (FRA)  1-4 pen. 0-1 a.e.t. (0-1, 0-1)',
    );
    assert.equal(m.home, 'Liverpool FC (ENG)');
    assert.equal(m.away, 'Paris Saint-Germain FC (FRA)');
    assert.deepEqual(m.score?.penalties, { home: 1, away: 4 });
  });

  it('reads a fixture without a score', () => {
    const m = match('Rapid Wien v Austria Wien');
    assert.equal(m.score, undefined);
    assert.equal(m.away, 'Austria Wien');
  });

  it('reads a venue after the away team', () => {
    const m = match('18:00     Netherlands      3-1 (2-0)   USA  @ Khalifa International Stadium, Al Rayyan');
    assert.equal(m.away, 'USA');
    assert.equal(m.context.venue, 'Khalifa International Stadium, Al Rayyan');
  });

  it('reads the RSSSF layout: date, venue, then the teams around the score', () => {
    const m = match('24.3.21 @ Torino          Portugal      1-0 Azerbaijan');
    assert.deepEqual(m.context.date, { day: 24, month: 3, year: 21, twoDigitYear: true, end: 7 });
    assert.equal(m.context.venue, 'Torino');
    assert.equal(m.home, 'Portugal');
    assert.equal(m.away, 'Azerbaijan');
  });

  it('reads extra time and penalties written after the away team: (aet, 4-1 pen)', () => {
    const m = match('Birmingham City         2-2 Coventry City           (aet, 4-1 pen)');
    assert.equal(m.away, 'Coventry City');
    assert.equal(m.fullTimeUnknown, true);
    assert.deepEqual(m.score, {
      fullTime: { home: 2, away: 2 },
      extraTime: { home: 2, away: 2 },
      penalties: { home: 4, away: 1 },
    });
  });

  it('reads "(aet, win 4-2 on pens)"', () => {
    const m = match('Argentina         3-3 France           (aet, win 4-2 on pens)');
    assert.deepEqual(m.score?.penalties, { home: 4, away: 2 });
  });

  it('collects bracketed notes and keeps them out of the team names', () => {
    const m = match('Boca Juniors (ARG)      v River Plate (ARG)        0-3    [awarded]');
    assert.equal(m.away, 'River Plate (ARG)');
    assert.deepEqual(m.notes, ['awarded']);
  });

  it('reads a cancelled fixture written with a dash', () => {
    const m = match('Boreham Wood             -  Torquay United           [cancelled]');
    assert.equal(m.home, 'Boreham Wood');
    assert.equal(m.away, 'Torquay United');
  });

  it('keeps a year range that belongs to a club name', () => {
    const m = match('Everton FC                2-1  Accrington FC (1878-1896)');
    assert.equal(m.away, 'Accrington FC (1878-1896)');
  });

  it('reads a numbered match with a time zone', () => {
    const m = match('(73) 12:00 UTC-7  South Africa 0-1 (0-0) Canada   @ Los Angeles (Inglewood)');
    assert.equal(m.context.time, '12:00');
    assert.equal(m.home, 'South Africa');
    assert.equal(m.context.venue, 'Los Angeles (Inglewood)');
  });

  it('returns a date line as context, with venue and attendance', () => {
    const r = readMatchLine('Jun 10 @ Roma,   Att: 40000');
    assert.equal(r.kind, 'context');
    assert.deepEqual(r.kind === 'context' && r.context, {
      date: { month: 6, day: 10, end: 6 },
      venue: 'Roma',
      attendance: 40000,
    });
  });

  it('leaves a note open when its bracket closes on a later line', () => {
    const m = match('Bournemouth   abd Luton         [abandoned at 1-1 in 65');
    assert.equal(m.openNote, 'abandoned at 1-1 in 65');
  });

  it('says a line with a date but no teams is not understood', () => {
    assert.equal(readMatchLine('Aug 11 Burnley').kind, 'refused');
  });
});
