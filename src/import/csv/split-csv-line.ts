/**
 * Splits one CSV line into fields (RFC 4180 quoting: `"a, b"`, `""` for a quote). A hand-written
 * scan rather than a library or a regular expression: the engsoccerdata file has 208,028 rows and
 * is read in well under a second.
 */
export function splitCsvLine(line: string, separator = ','): string[] {
  const fields: string[] = [];
  const sep = separator.charCodeAt(0);
  const n = line.length;
  let i = 0;
  for (;;) {
    if (i < n && line.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = ++i;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q < 0) {
          value += line.slice(from);
          i = n;
          break;
        }
        if (line.charCodeAt(q + 1) === 34) {
          value += line.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += line.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      while (i < n && line.charCodeAt(i) !== sep) i++;
    } else {
      let end = line.indexOf(separator, i);
      if (end < 0) end = n;
      fields.push(line.slice(i, end));
      i = end;
    }
    if (i >= n) return fields;
    i++; // the separator
    if (i === n) {
      fields.push('');
      return fields;
    }
  }
}

/** The lines of a text, without a byte-order mark or carriage returns; `(line, number)` 1-based. */
export function* csvLines(text: string): Generator<[string, number]> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (!(end === text.length && line === '')) yield [line, number];
    number++;
    start = end + 1;
  }
}

/** Column positions by header name, so that readers work in any column order. */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}
