import type { MiddlewareHandler } from 'hono';

/** Who is on the other end of a request, as far as this server can tell. */
export interface ClientOrigin {
  /** The client's address: the peer's, or the one a trusted proxy reports. */
  readonly address: string;
  /** Whether the client reached the site over HTTPS (directly, or through a trusted TLS proxy). */
  readonly https: boolean;
}

/**
 * The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses, or `loopback`
 * for 127.0.0.1 and ::1. From anyone else those headers are ignored, since any client can send them.
 */
export type TrustedProxies = readonly string[];

const LOOPBACK = ['127.0.0.1', '::1'];

const plain = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((s) => (s === 'loopback' ? LOOPBACK : [plain(s)]));
}

/** The peer's address from the Node adapter; undefined when the app runs without a socket (tests). */
const peerOf = (env: unknown): string | undefined => {
  const socket = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket;
  return socket?.remoteAddress && plain(socket.remoteAddress);
};

/**
 * Sets `client` for everything after it. Behind a trusted proxy the client is the last address
 * the proxy appended to X-Forwarded-For (earlier ones were written by whoever sent the request),
 * and the request was HTTPS when the proxy says X-Forwarded-Proto: https.
 */
export const clientOrigin =
  (trusted: TrustedProxies = []): MiddlewareHandler<{ Variables: { client?: ClientOrigin } }> =>
  async (c, next) => {
    const peer = peerOf(c.env) ?? 'local';
    const direct = new URL(c.req.url).protocol === 'https:';
    if (trusted.includes(peer)) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
      const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
      c.set('client', { address: forwarded || peer, https: proto ? proto === 'https' : direct });
    } else {
      c.set('client', { address: peer, https: direct });
    }
    return next();
  };
