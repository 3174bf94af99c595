import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../http-error.ts';

/**
 * The largest request body accepted, in bytes (1 MiB). A fact, even a match with both line-ups,
 * every goal and card and its sources, is a few kilobytes; a sign-in form is a few hundred bytes.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bodies past the limit are refused with 413 before anything reads them whole: a declared
 * Content-Length past it is refused at once, and a body sent without one is counted as it
 * streams in and dropped at the limit, so memory stays bounded whatever a client sends. The
 * connection is closed afterwards rather than drained.
 */
export const limitBody = (maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('Connection', 'close');
      throw new HttpError('payload_too_large', `the request body is larger than ${maxBytes} bytes`);
    },
  });

/**
 * A path whose percent-encoding does not decode (`%E0%A4%A`, `%ZZ`) names nothing: 400 at the
 * door, before any route or cache decodes it and fails.
 */
export const wellEncodedPath: MiddlewareHandler = async (c, next) => {
  const raw = c.req.path;
  if (raw.includes('%')) {
    try {
      decodeURIComponent(raw);
    } catch {
      throw new HttpError('bad_request', 'the path has a malformed percent-encoding', [
        { in: 'path', path: [], message: 'each % must be followed by two hex digits of valid UTF-8' },
      ]);
    }
  }
  return next();
};

/**
 * JSON bodies must not carry `__proto__` keys: JSON.parse keeps them as plain keys, but copying
 * the object (spread, Object.assign, the storage's plain-JSON copy) turns them into prototypes
 * and the field silently vanishes. Refused with the field's path instead.
 */
export const noPrototypeKeys: MiddlewareHandler = async (c, next) => {
  if ((c.req.method === 'POST' || c.req.method === 'PUT') && isJson(c.req.header('Content-Type'))) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError('bad_request', 'the body is not valid JSON', [
        { in: 'body', path: [], message: 'expected a JSON document' },
      ]);
    }
    const at = prototypeKeyPath(body);
    if (at)
      throw new HttpError('bad_request', `the body has a '__proto__' key at ${at.join('.') || '(root)'}`, [
        { in: 'body', path: at, message: "'__proto__' is not a field of any fact" },
      ]);
  }
  return next();
};

const isJson = (type: string | undefined): boolean => type !== undefined && /\bjson\b/i.test(type);

function prototypeKeyPath(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = prototypeKeyPath(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return [...path, key];
    const found = prototypeKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}
