import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { FactKind } from '../../storage/index.ts';
import type { ClientOrigin } from '../client-origin.ts';
import { HttpError } from '../http-error.ts';
import { mayRecord } from './permissions.ts';
import type { Principal, TokenRegistry, Verdict } from './token-registry.ts';

/** The cookie the web sign-in sets; it holds the token, HttpOnly, SameSite=Strict. */
export const TOKEN_COOKIE = 'torneo_token';

/** The token a request presents: `Authorization: Bearer …`, or the web sign-in cookie. */
export function presentedToken(c: Context): string | undefined {
  const header = c.req.header('Authorization');
  if (header) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return m?.[1] ?? '';
  }
  return getCookie(c, TOKEN_COOKIE) || undefined;
}

/** The client a token check is counted against (see clientOrigin). */
export const clientOf = (c: Context): ClientOrigin =>
  (c.get('client') as ClientOrigin | undefined) ?? { address: 'local', https: false };

/** A token check counted against this request's client. */
export const checkToken = (c: Context, tokens: TokenRegistry, token: string): Verdict =>
  tokens.check(token, clientOf(c).address);

const throttled = (retryAfterSeconds: number): HttpError =>
  new HttpError(
    'rate_limited',
    'too many invalid tokens from this client; wait before trying again',
    [],
    retryAfterSeconds,
  );

/** Who is signed in, if anyone: an invalid or unchecked token reads as nobody. */
export function optionalPrincipal(c: Context, tokens: TokenRegistry): Principal | undefined {
  const token = presentedToken(c);
  if (!token) return undefined;
  const verdict = checkToken(c, tokens, token);
  return verdict.ok ? verdict.principal : undefined;
}

export function requirePrincipal(c: Context, tokens: TokenRegistry): Principal {
  const token = presentedToken(c);
  if (token === undefined)
    throw new HttpError('unauthorized', 'this needs a token: send Authorization: Bearer <token>');
  const verdict: Verdict = token ? checkToken(c, tokens, token) : { ok: false, reason: 'invalid' };
  if (verdict.ok) return verdict.principal;
  if (verdict.reason === 'throttled') throw throttled(verdict.retryAfterSeconds);
  throw new HttpError('unauthorized', 'the token is not valid');
}

export function requireGrant(
  principal: Principal,
  season: string,
  competition: string | undefined,
  kind: FactKind,
): void {
  if (mayRecord(principal.grants, season, competition, kind)) return;
  const where = competition ? `competition '${competition}'` : 'the whole season';
  throw new HttpError(
    'forbidden',
    `'${principal.name}' may not record ${kind} facts for ${where} in season '${season}'`,
  );
}
