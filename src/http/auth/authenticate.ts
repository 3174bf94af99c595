import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { FactKind } from '../../storage/index.ts';
import { HttpError } from '../http-error.ts';
import { mayRecord } from './permissions.ts';
import type { Principal, TokenRegistry } from './token-registry.ts';

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

export function optionalPrincipal(c: Context, tokens: TokenRegistry): Principal | undefined {
  const token = presentedToken(c);
  return token ? tokens.verify(token) : undefined;
}

export function requirePrincipal(c: Context, tokens: TokenRegistry): Principal {
  const token = presentedToken(c);
  if (token === undefined)
    throw new HttpError('unauthorized', 'this needs a token: send Authorization: Bearer <token>');
  const principal = token ? tokens.verify(token) : undefined;
  if (!principal) throw new HttpError('unauthorized', 'the token is not valid');
  return principal;
}

export function requireGrant(principal: Principal, competition: string | undefined, kind: FactKind): void {
  if (mayRecord(principal.grants, competition, kind)) return;
  const where = competition ? `competition '${competition}'` : 'the whole season';
  throw new HttpError('forbidden', `'${principal.name}' may not record ${kind} facts for ${where}`);
}
