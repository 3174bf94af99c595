// Reads back the pieces of a generated wikitext article that tests compare with a source:
// infobox fields, sections, table rows — with links unwrapped, references dropped and flag
// templates reduced to their country code, so facts compare as plain words.

/** `[[A|b]]` → b, `[[A]]` → A, `{{flagicon|URU}}` → URU, references and other markup dropped. */
export function plain(s: string): string {
  return s
    .replace(/<ref[^>]*\/>/g, '')
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/g, '')
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\{\{flagicon\|([A-Z]{3})\}\}/g, '$1')
    .replace(/<br \/>/g, '\n')
    .replace(/'''?/g, '')
    .trim();
}

export function infoboxField(text: string, key: string): string | undefined {
  const box = /\{\{Infobox football league season\n([\s\S]*?)\n\}\}/.exec(text)?.[1] ?? '';
  const line = box.split('\n').find((l) => l.startsWith(`| ${key} = `));
  return line === undefined ? undefined : plain(line.slice(`| ${key} = `.length));
}

/** The text under a heading, up to the next heading of the same or a higher level. */
export function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(=+) ${escape(heading)} \\1$`).test(l));
  if (start < 0) return '';
  const level = /^=+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex(
    (l, i) => i > start && /^(=+) .* \1$/.test(l) && /^=+/.exec(l)![0].length <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rows of the first wikitable in `text`: cells as plain text; a full-width row as `['§ text']`. */
export function tableRows(text: string): string[][] {
  const table = /\{\|[^\n]*\n([\s\S]*?)\n\|\}/.exec(text)?.[1];
  if (!table) return [];
  return table
    .split('\n|-\n')
    .slice(1)
    .map((row) => {
      const section = /^! colspan="\d+" \| (.*)$/.exec(row);
      if (section) return [`§ ${section[1]}`];
      return row
        .split('\n')
        .map((cell) => plain(cell.replace(/^[|!] /, '').replace(/^style="[^"]*" \| /, '')));
    });
}
