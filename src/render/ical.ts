import { addDays } from '../core/fixtures/index.ts';
import { isoDate, type Match } from '../core/model/index.ts';
import { vtimezoneLines } from './ical-time-zone.ts';

/**
 * Fixtures as an iCalendar file (RFC 5545): one VEVENT per dated match, CRLF line ends,
 * content lines folded at 75 octets, TEXT values escaped. Pure: the stamp of the moment the
 * file is made (`DTSTAMP`) is a parameter, never read from a clock.
 */
export interface ICalOptions {
  /** When the calendar is produced, in UTC: `2014-02-01T12:00:00Z` or `20140201T120000Z`. */
  readonly dtstamp: string;
  /** Event UIDs are `<match id>@<uidDomain>`: stable, so calendar apps update moved matches. */
  readonly uidDomain: string;
  readonly prodId?: string;
  readonly calendarName?: string;
  /** Display names by id; an id without a name is shown as it is. */
  readonly teamNames?: Readonly<Record<string, string>>;
  readonly venueNames?: Readonly<Record<string, string>>;
  /**
   * The zone kick-off times are written in (the season's `timezone`): each timed event's DTSTART
   * carries its TZID and the calendar a VTIMEZONE. With a fixed `utcOffset` (Peru has kept −05:00
   * without daylight saving since 1994) that offset is written; with only an IANA id the zone's
   * offsets and changes come from the zone data for the years the matches span. Without a zone,
   * times are floating (the same clock time wherever the calendar is read).
   */
  readonly timeZone?: { readonly id: string; readonly utcOffset?: string };
  /** How long a timed event lasts; default 105 minutes (two halves and the interval). */
  readonly durationMinutes?: number;
}

const CRLF = '\r\n';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is split, each continuation starting
 * with one space. Splits fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    // The first line holds 75 octets; continuations 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basicUtc(stamp: string): string {
  const basic = /^\d{8}T\d{6}Z$/.test(stamp) ? stamp : stamp.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  if (!/^\d{8}T\d{6}Z$/.test(basic)) throw new RangeError(`DTSTAMP must be a UTC date-time, got ${stamp}`);
  return basic;
}

const basicDate = (date: string): string => date.replace(/-/g, '');

function basicTime(time: string): string {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m) throw new RangeError(`a kick-off time is HH:MM, got ${time}`);
  return `${(m[1] as string).padStart(2, '0')}${m[2]}${m[3] ?? '00'}`;
}

function timeZoneLines(zone: { id: string; utcOffset?: string }, matches: readonly Match[]): string[] {
  if (zone.utcOffset === undefined) {
    const years = matches.flatMap((m) => (m.date && m.time ? [Number(m.date.slice(0, 4))] : []));
    return vtimezoneLines(zone.id, Math.min(...years), Math.max(...years));
  }
  const offset = zone.utcOffset.replace(':', '');
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.id}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function eventLines(match: Match, options: ICalOptions, stamp: string): string[] {
  const date = match.date as string;
  const name = (id: string) => options.teamNames?.[id] ?? id;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${match.id}@${options.uidDomain}`)}`, `DTSTAMP:${stamp}`];
  if (match.time) {
    const time = basicTime(match.time);
    const zone = options.timeZone ? `;TZID=${options.timeZone.id}` : '';
    lines.push(`DTSTART${zone}:${basicDate(date)}T${time}`, `DURATION:PT${options.durationMinutes ?? 105}M`);
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${basicDate(date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(isoDate(date), 1))}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(`${name(match.home)} – ${name(match.away)}`)}`);
  if (match.venue) lines.push(`LOCATION:${escapeText(options.venueNames?.[match.venue] ?? match.venue)}`);
  if (match.round) lines.push(`CATEGORIES:${escapeText(`Round ${match.round}`)}`);
  lines.push(
    `STATUS:${match.status === 'cancelled' || match.status === 'postponed' ? 'CANCELLED' : 'CONFIRMED'}`,
  );
  lines.push('END:VEVENT');
  return lines;
}

/** The calendar of `matches`. Matches without a date (postponed, not yet rescheduled) are left out. */
export function renderICal(matches: readonly Match[], options: ICalOptions): string {
  const stamp = basicUtc(options.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//Torneo//Fixtures//EN'}`,
    'CALSCALE:GREGORIAN',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
    ...(options.timeZone && matches.some((m) => m.date && m.time)
      ? timeZoneLines(options.timeZone, matches)
      : []),
    ...matches.filter((m) => m.date !== undefined).flatMap((m) => eventLines(m, options, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
