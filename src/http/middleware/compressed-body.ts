import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

/** Below this a compressed body saves less than its headers cost. */
const SMALLEST = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/**
 * The coding to send a body in, from the client's Accept-Encoding: brotli when it takes it (the
 * smaller), else gzip, else none. A coding listed with q=0 is refused.
 */
export function negotiateCoding(
  acceptEncoding: string | undefined,
  contentType: string,
): ContentCoding | undefined {
  if (!acceptEncoding || !COMPRESSIBLE.test(contentType)) return undefined;
  const accepted = new Set(
    acceptEncoding
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([coding]) => coding!.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/**
 * A body in a coding, or undefined when compressing it is not worth it. Brotli at quality 5:
 * nearly as small as its best on HTML and JSON, and fast enough to run once per season version.
 */
export function compressBody(body: Uint8Array, coding: ContentCoding): Uint8Array | undefined {
  if (body.byteLength < SMALLEST) return undefined;
  const out =
    coding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        })
      : gzipSync(body, { level: 6 });
  return out.byteLength < body.byteLength
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : undefined;
}
