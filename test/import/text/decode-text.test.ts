import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from '../../../src/import/text/decode-text.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, the mark dropped', () => {
    assert.deepEqual(decodeText(Buffer.from('Marathón', 'utf8')), { text: 'Marathón', encoding: 'utf-8' });
    assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], ...[[...Buffer.from('date,home', 'utf8')]])), {
      text: 'date,home',
      encoding: 'utf-8-bom',
    });
  });

  it('reads Windows-1252 when the bytes are not UTF-8 (Marathón in Latin-1, the euro sign at 0x80)', () => {
    assert.deepEqual(decodeText(bytes('Marath\xf3n ', [0x80])), {
      text: 'Marathón €',
      encoding: 'windows-1252',
    });
  });

  it('refuses UTF-16 by name, with or without its byte-order mark', () => {
    const withMark = decodeText(bytes([0xff, 0xfe], [...Buffer.from('date', 'utf16le')]));
    assert.match('refused' in withMark ? withMark.refused : '', /UTF-16 .* save it as UTF-8/);
    const without = decodeText(Buffer.from('date,home', 'utf16le'));
    assert.match('refused' in without ? without.refused : '', /looks like UTF-16/);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252', () => {
    const r = decodeText(bytes('Caf', [0x81]));
    assert.match(
      'refused' in r ? r.refused : '',
      /neither UTF-8 nor Windows-1252\/Latin-1 \(byte 0x81 at offset 3\)/,
    );
  });
});
