/**
 * A VTIMEZONE for an IANA zone (RFC 5545 §3.6.5), built from the zone data the runtime carries
 * (Intl), for the years a calendar spans: one component for the offset in force when the first
 * year begins, then one per change of offset (daylight saving, or a change of the zone's rules),
 * each written out rather than as a recurrence, so that the file says exactly what the zone data
 * says for those years.
 */

/** The zone's offset from UTC at an instant, in minutes (Lima: −300). */
export function utcOffsetMinutes(zone: string, at: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Whether the runtime knows the zone (an IANA name such as America/Lima). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const offsetText = (minutes: number): string => {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
};

/** A UTC instant as local wall time in the given offset, in iCalendar's basic form. */
const localBasic = (at: number, offsetMinutes: number): string =>
  new Date(at + offsetMinutes * 60_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '');

const DAY = 86_400_000;

/** The instant the offset changes between `from` (old offset) and `to` (new), to the minute. */
function changeBetween(zone: string, from: number, to: number): number {
  const before = utcOffsetMinutes(zone, from);
  let lo = from;
  let hi = to;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (utcOffsetMinutes(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** VTIMEZONE lines for `zone` over the calendar years `firstYear` to `lastYear`. */
export function vtimezoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const changes: { at: number; from: number; to: number }[] = [];
  let previous = utcOffsetMinutes(zone, start);
  const initial = previous;
  for (let t = start + DAY; t <= end; t += DAY) {
    const now = utcOffsetMinutes(zone, t);
    if (now === previous) continue;
    changes.push({ at: changeBetween(zone, t - DAY, t), from: previous, to: now });
    previous = now;
  }
  // Standard time is the smaller offset the zone keeps in these years; more than that is daylight.
  const standard = Math.min(initial, ...changes.map((c) => c.to));
  const component = (dtstart: string, from: number, to: number) => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...component(`${firstYear}0101T000000`, initial, initial),
    // DTSTART of a change is the wall time it happens at, read in the offset it leaves.
    ...changes.flatMap((c) => component(localBasic(c.at, c.from), c.from, c.to)),
    'END:VTIMEZONE',
  ];
}
