import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeText, foldLine, renderICal } from '../../src/render/ical.ts';
import { isoDate, matchId, teamId, venueId, type Match } from '../../src/core/model/index.ts';

// Round 1 of the 2014 Torneo del Inca (peru2014_facts.md §1, S7): Universidad San Martín v
// Cienciano, Friday 14 February 2014, Estadio Alberto Gallardo.
const opener: Match = {
  id: matchId('torneo-del-inca-2014/groups/round-1/universidad-san-martin-v-cienciano'),
  round: '1',
  date: isoDate('2014-02-14'),
  time: '20:00',
  home: teamId('universidad-san-martin'),
  away: teamId('cienciano'),
  venue: venueId('alberto-gallardo'),
  status: 'scheduled',
};
const options = {
  dtstamp: '2014-02-01T12:00:00Z',
  uidDomain: 'torneo.example',
  calendarName: 'Torneo del Inca 2014',
  teamNames: { 'universidad-san-martin': 'Universidad San Martín', cienciano: 'Cienciano' },
  venueNames: { 'alberto-gallardo': 'Estadio Alberto Gallardo, Lima' },
  timeZone: { id: 'America/Lima', utcOffset: '-05:00' },
};

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('an iCalendar file of fixtures', () => {
  const ics = renderICal([opener], options);

  it('is a VCALENDAR of VEVENTs with CRLF line ends and nothing else', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(ics.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR');
  });

  it('copa-inca-2014-opener: writes the UID, stamp, local kick-off, summary and location', () => {
    const lines = unfold(ics).split('\r\n');
    assert.ok(
      lines.includes(
        'UID:torneo-del-inca-2014/groups/round-1/universidad-san-martin-v-cienciano@torneo.example',
      ),
    );
    assert.ok(lines.includes('DTSTAMP:20140201T120000Z'));
    assert.ok(lines.includes('DTSTART;TZID=America/Lima:20140214T200000'));
    assert.ok(lines.includes('SUMMARY:Universidad San Martín – Cienciano'));
    assert.ok(lines.includes('LOCATION:Estadio Alberto Gallardo\\, Lima'));
    assert.ok(lines.includes('TZID:America/Lima') && lines.includes('TZOFFSETTO:-0500'));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
  });

  it('writes a match without a kick-off time as an all-day event', () => {
    const { time: _t, ...undated } = opener;
    const lines = renderICal([undated], { dtstamp: '20140201T120000Z', uidDomain: 'x' }).split('\r\n');
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20140214'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20140215'));
    assert.ok(!lines.some((l) => l.startsWith('BEGIN:VTIMEZONE')));
  });

  it('leaves out a postponed match that has no date yet', () => {
    const { date: _d, ...postponed } = opener;
    assert.ok(!renderICal([{ ...postponed, status: 'postponed' }], options).includes('BEGIN:VEVENT'));
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });

  it('folds every line at 75 octets without splitting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) assert.ok(octets(part) <= 75, `${octets(part)} octets`);
        assert.equal(unfold(folded), line);
      }),
    );
  });

  it('folds a long summary of accented names', () => {
    const long = renderICal([{ ...opener, home: teamId('x'), away: teamId('y') }], {
      ...options,
      teamNames: {
        x: 'Club Social Deportivo Unión Fuerza Minera de San Antonio de Putina',
        y: 'Asociación Deportiva Tarma Óscar',
      },
    });
    const physical = long.split('\r\n');
    assert.ok(physical.some((l) => l.startsWith(' ')));
    assert.ok(physical.every((l) => octets(l) <= 75));
    assert.ok(
      unfold(long).includes(
        'SUMMARY:Club Social Deportivo Unión Fuerza Minera de San Antonio de Putina – Asociación',
      ),
    );
  });

  it('refuses a stamp that is not a UTC date-time', () => {
    assert.throws(() => renderICal([opener], { ...options, dtstamp: '2014-02-01 12:00' }), RangeError);
  });

  it("writes the season's zone from its IANA name alone: Lima at −05:00 all year, no daylight saving", () => {
    const lines = unfold(renderICal([opener], { ...options, timeZone: { id: 'America/Lima' } })).split(
      '\r\n',
    );
    const zone = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    assert.deepEqual(zone, [
      'BEGIN:VTIMEZONE',
      'TZID:America/Lima',
      'BEGIN:STANDARD',
      'DTSTART:20140101T000000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    assert.ok(lines.includes('DTSTART;TZID=America/Lima:20140214T200000'));
  });

  it('writes the changes of a zone with daylight saving in the years the matches span (Madrid 2024)', () => {
    // EU summer time 2024: from 01:00 UTC on 31 March to 01:00 UTC on 27 October (Directive 2000/84/EC).
    const match = { ...opener, date: isoDate('2024-05-12'), time: '21:00' };
    const lines = unfold(renderICal([match], { ...options, timeZone: { id: 'Europe/Madrid' } })).split(
      '\r\n',
    );
    const zone = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    assert.deepEqual(zone, [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Madrid',
      'BEGIN:STANDARD',
      'DTSTART:20240101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20240331T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20241027T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    assert.ok(lines.includes('DTSTART;TZID=Europe/Madrid:20240512T210000'));
  });
});
