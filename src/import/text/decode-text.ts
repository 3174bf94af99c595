/**
 * The text of a data file from its bytes: UTF-8 (with or without a byte-order mark) or, when the
 * bytes are not UTF-8, Windows-1252 (the superset of Latin-1 that football-data.co.uk and older
 * spreadsheets write). Anything else is refused by name rather than read as mojibake: UTF-16 and
 * UTF-32 (a byte-order mark, or NUL bytes between letters), other binary data, and bytes that are
 * undefined in Windows-1252.
 */
export type Decoded =
  { readonly text: string; readonly encoding: TextEncoding } | { readonly refused: string };

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Bytes Windows-1252 leaves undefined: a file holding them is in another single-byte encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeText(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    return {
      refused: `the text is UTF-${bytes[2] === 0 && bytes[3] === 0 ? '32' : '16'} (it starts with a byte-order mark); save it as UTF-8`,
    };
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    return text === undefined
      ? { refused: 'the file starts with a UTF-8 byte-order mark but is not UTF-8' }
      : { text, encoding: 'utf-8-bom' };
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0)
    return {
      refused:
        nul % 2 === 1 || bytes[nul + 1] !== 0
          ? 'the text looks like UTF-16 without a byte-order mark (NUL bytes between letters); save it as UTF-8'
          : 'binary data (NUL bytes), not text',
    };
  const text = utf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  const bad = bytes.findIndex((b) => UNDEFINED_1252.has(b));
  if (bad >= 0)
    return {
      refused: `neither UTF-8 nor Windows-1252/Latin-1 (byte 0x${bytes[bad]!.toString(16)} at offset ${bad}); save it as UTF-8`,
    };
  return { text: windows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
 * ˜ ™ š › œ ž Ÿ). Spelled out here because Node's TextDecoder reads the label as Latin-1 when it
 * is built without full ICU.
 */
const HIGH_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH_1252[c.charCodeAt(0) - 0x80]!);
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
