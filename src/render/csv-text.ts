/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const field = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV text: a header line, then one line per row, in the header's order. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n');
}
