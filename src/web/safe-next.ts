const HERE = 'http://torneo.invalid';

const hasControl = (text: string): boolean =>
  [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/**
 * Where to send a browser after signing in: a path of this site, as the client asked, or the
 * fallback. Browsers read `/\evil.example` as `//evil.example` (another site), and a CR or LF
 * would split the Location header, so anything that does not resolve to this site's origin, or
 * holds a control character, falls back instead of failing.
 */
export function sameSitePath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.includes('\\') || hasControl(next))
    return fallback;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
