import { readDateText, type DateText } from './date-text.ts';

/**
 * What may open a Football.TXT line before the teams: a match number `(73)`, a date, a kick-off
 * time (`20.00`, `18:00 UTC+3`), a venue `@ Torino` and an attendance `Att: 60000`. A line
 * that holds nothing else is a date line: its date, venue and attendance apply to the matches
 * below it.
 */
export interface LineContext {
  readonly date?: DateText;
  readonly time?: string;
  readonly venue?: string;
  readonly attendance?: number;
}

const TIME = /^(\d{1,2})[.:h](\d{2})(?:\s*h)?(?:\s*(?:UTC|GMT)\s*[+-]?\d{1,2}(?::\d{2})?)?(?=\s|$)/;
const ATTENDANCE = /^,?\s*Att(?:endance)?[:.]?\s*(\d[\d,._]*)/i;

export interface Prefix {
  readonly context: LineContext;
  readonly rest: string;
}

export function readPrefix(line: string): Prefix | { refused: string } {
  let s = line.replace(/^\(\d{1,3}\)\s+/, '');
  let date: DateText | undefined;
  let time: string | undefined;
  let venue: string | undefined;
  let attendance: number | undefined;

  const d = readDateText(s);
  if (d) {
    date = d;
    s = s.slice(d.end).trimStart();
  }
  const t = TIME.exec(s);
  if (t) {
    const hh = Number(t[1]);
    const mm = Number(t[2]);
    if (hh > 23 || mm > 59) return { refused: `time ${t[0]} out of range` };
    time = `${String(hh).padStart(2, '0')}:${t[2]}`;
    s = s.slice(t[0].length).trimStart();
  }
  if (s.startsWith('@')) {
    s = s.slice(1).trimStart();
    const stop = /\s{2,}|\t|,\s*Att/i.exec(s);
    venue = (stop ? s.slice(0, stop.index) : s).replace(/,\s*$/, '').trim();
    s = stop ? s.slice(stop.index) : '';
  }
  const a = ATTENDANCE.exec(s);
  if (a) {
    attendance = Number(a[1]!.replace(/[,._]/g, ''));
    s = s.slice(a[0].length);
  }
  return {
    context: {
      ...(date && { date }),
      ...(time && { time }),
      ...(venue && { venue }),
      ...(attendance !== undefined && { attendance }),
    },
    rest: s.trim(),
  };
}
