/** A plain-text table with aligned columns, for the terminal. Numbers are right-aligned. */
export interface TextColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        columns[i]?.align === 'right' ? pad(cell, widths[i]!, 'left') : pad(cell, widths[i]!, 'right'),
      )
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join(
    '\n',
  );
}

/** Display width: combining marks (the accent of "Martín" written as two code points) take no room. */
const width = (s: string) => [...s.normalize('NFC')].length;
const pad = (s: string, w: number, side: 'left' | 'right') => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return side === 'left' ? fill + s : s + fill;
};
