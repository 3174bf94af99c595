import type {
  PublishedAdjustmentNote,
  PublishedStanding,
  PublishedTable,
  PublishedWithdrawal,
} from '../model/index.ts';
import { readHeading } from './heading.ts';

/**
 * Final tables as RSSSF publishes them (in the openfootball conversions they sit in a
 * `<!-- … -->` comment above the matches) and as openfootball's `.conf.txt` lists them:
 *
 *    1.Manchester City         38  28  7  3  96-34  91  [C]  Champions
 *   15.Everton                 38  13  9 16  40-51  40  [-8]
 *    -.North Korea   [withdrew after playing 5 matches …]
 *   NB: Everton 8 points deducted for financial reasons;
 *       Nottingham Forest 4 points deducted for financial reasons
 *
 *    1  Manchester United  38 24  8  6  79-31  80          (.conf.txt)
 */
const ROW =
  /^\s*(\d{1,3})\s*[.)]?\s*(\S.*?)\s+(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s*[-:]\s*(\d{1,3})\s+(-?\d{1,3})(?![\d-])(.*)$/;
const WITHDRAWN = /^\s*-\s*\.\s*(\S.*?)\s*(?:\[(.*))?$/;
const SEPARATOR = /^\s*(?:-\s*){3,}$|^\s*[=_]{3,}\s*$/;
const NB = /^\s*NB:\s*(.*)$/;
const ADJUSTMENT = /^(.+?)\s+(\d{1,3})\s+points?\s+(deducted|added|awarded)\b\s*(.*?)\s*[.;]?\s*$/i;

export function readStandingRow(text: string, line: number): PublishedStanding | undefined {
  const m = ROW.exec(text);
  if (!m) return undefined;
  const tail = m[10]!;
  const marks = [...tail.matchAll(/\[([^\]]*)\]/g)].map((b) => b[1]!.trim());
  const adjustment = marks.find((k) => /^[-+]\d{1,3}$/.test(k));
  const remark = tail
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    line,
    position: Number(m[1]),
    team: m[2]!,
    played: Number(m[3]),
    won: Number(m[4]),
    drawn: Number(m[5]),
    lost: Number(m[6]),
    goalsFor: Number(m[7]),
    goalsAgainst: Number(m[8]),
    points: Number(m[9]),
    ...(adjustment !== undefined && { adjustment: Number(adjustment) }),
    ...(marks.length > 0 && { marks: marks.filter((k) => k !== adjustment) }),
    ...(remark !== '' && { remark }),
  };
}

export function readAdjustmentNotes(note: string, line: number): PublishedAdjustmentNote[] {
  return note
    .split(/[;\n]/)
    .map((part) => ADJUSTMENT.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      line,
      team: m[1]!.trim(),
      points: m[3]!.toLowerCase() === 'deducted' ? -Number(m[2]) : Number(m[2]),
      ...(m[4] && { reason: m[4] }),
    }));
}

interface Draft {
  line: number;
  heading?: string;
  rows: PublishedStanding[];
  withdrawn: PublishedWithdrawal[];
  adjustments: PublishedAdjustmentNote[];
  notes: string[];
}

/**
 * Collects tables line by line. `add` returns false for a line that is not part of a table, so
 * that the caller can treat it otherwise.
 */
export interface TableCollector {
  add(text: string, line: number, heading?: string): boolean;
  /** Ends the current table (a blank line, a heading, the end of a comment block). */
  close(): void;
  readonly tables: readonly PublishedTable[];
}

export function createTableCollector(file?: string): TableCollector {
  const tables: PublishedTable[] = [];
  let draft: Draft | undefined;
  let last: Draft | undefined;
  let open:
    { kind: 'note' | 'withdrawn'; target: Draft; text: string; line: number; index: number } | undefined;

  const finishOpen = (): void => {
    if (!open) return;
    if (open.kind === 'note') {
      open.target.notes.push(open.text);
      open.target.adjustments.push(...readAdjustmentNotes(open.text, open.line));
    } else {
      const w = open.target.withdrawn[open.index]!;
      open.target.withdrawn[open.index] = { ...w, note: open.text.replace(/\]\s*$/, '').trim() };
    }
    open = undefined;
  };
  const flush = (): void => {
    if (draft && (draft.rows.length > 0 || draft.withdrawn.length > 0)) {
      tables.push({ ...draft, ...(file && { file }) });
      last = draft;
    }
    draft = undefined;
  };
  const start = (line: number, heading?: string): Draft =>
    (draft ??= { line, ...(heading && { heading }), rows: [], withdrawn: [], adjustments: [], notes: [] });

  return {
    tables,
    add(raw, line, heading) {
      const text = raw.replace(/-->\s*$/, '').replace(/^\s*<!--/, '');
      if (open) {
        if (text.trim() === '') {
          finishOpen();
          return true;
        }
        if (open.kind === 'withdrawn' || !ROW.test(text)) {
          open.text += `\n${text.trim()}`;
          if (open.kind === 'withdrawn' && text.includes(']')) finishOpen();
          return true;
        }
        finishOpen();
      }
      const row = readStandingRow(text, line);
      if (row) {
        start(line, heading).rows.push(row);
        return true;
      }
      const w = WITHDRAWN.exec(text);
      if (w && draft) {
        draft.withdrawn.push({ line, team: w[1]! });
        if (w[2] !== undefined) {
          open = { kind: 'withdrawn', target: draft, text: w[2], line, index: draft.withdrawn.length - 1 };
          if (w[2].includes(']')) finishOpen();
        }
        return true;
      }
      if (SEPARATOR.test(text) && draft) return true;
      const nb = NB.exec(text);
      const target = draft ?? last;
      if (nb && target) {
        open = { kind: 'note', target, text: nb[1]!.trim(), line, index: 0 };
        return true;
      }
      return false;
    },
    close() {
      finishOpen();
      flush();
    },
  };
}

/** Reads every published table in a text (a `.conf.txt`, or the comment blocks of an RSSSF file). */
export function parsePublishedTables(text: string, options: { file?: string } = {}): PublishedTable[] {
  const collector = createTableCollector(options.file);
  let heading: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const h = readHeading(raw.replace(/\s+#.*$/, '').trim());
    if (h?.kind === 'title' || h?.kind === 'section' || h?.kind === 'round') {
      collector.close();
      heading = h.text;
      return;
    }
    if (!collector.add(raw, i + 1, heading) && raw.trim() === '') collector.close();
  });
  collector.close();
  return [...collector.tables];
}
