import { csvLines, headerIndex, splitCsvLine } from './split-csv-line.ts';

/** One data row: its 1-based line, its text, and its fields by header name. */
export interface CsvRow {
  readonly line: number;
  readonly text: string;
  readonly field: (name: string) => string | undefined;
  readonly fields: readonly string[];
}

export type CsvRows =
  | { readonly header: readonly string[]; readonly rows: readonly CsvRow[] }
  | { readonly missing: readonly string[]; readonly headerText: string };

/**
 * Reads a small CSV with a header line into rows addressed by column name, in any column order.
 * Blank lines (and lines of nothing but separators, as spreadsheets leave them) are skipped.
 */
export function readCsvRows(text: string, required: readonly string[]): CsvRows {
  const lines = csvLines(text);
  const first = lines.next();
  const headerText = first.done ? '' : first.value[0];
  const header = splitCsvLine(headerText).map((h) => h.trim());
  const index = headerIndex(header);
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) return { missing, headerText };
  const rows: CsvRow[] = [];
  for (const [text, line] of lines) {
    if (/^[,;\s]*$/.test(text)) continue;
    const fields = splitCsvLine(text);
    rows.push({
      line,
      text,
      fields,
      field: (name) => {
        const i = index.get(name);
        return i === undefined ? undefined : fields[i]?.trim();
      },
    });
  }
  return { header, rows };
}
