import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { EngineError } from '../core/engine/index.ts';
import { StorageError, type StorageFailure } from '../storage/index.ts';
import { HTTP_STATUS, HttpError, type HttpFailure, type IssueLocation } from './http-error.ts';

/** The body of every error the API sends: a code, a message and, for 4xx, the fields at fault. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues: readonly {
      readonly in: IssueLocation;
      readonly path: string;
      readonly message: string;
    }[];
  };
}

/** `["goals", "home", 0]` → `goals.home[0]`, the way a client names the field it sent. */
export const formatFieldPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );

/** Which HTTP failure each storage refusal is. */
const STORAGE_FAILURE: Record<StorageFailure, HttpFailure> = {
  version_conflict: 'conflict',
  season_moved: 'conflict',
  idempotency_mismatch: 'conflict',
  unknown_season: 'not_found',
  unknown_fact: 'not_found',
  invalid_write: 'bad_request',
  corrupt: 'internal',
  not_a_database: 'internal',
  busy: 'unavailable',
  unavailable: 'unavailable',
};

export const toHttpError = (e: unknown): HttpError => {
  if (e instanceof HttpError) return e;
  if (e instanceof EngineError)
    return new HttpError(e.code === 'link_cycle' ? 'internal' : 'not_found', e.message);
  if (e instanceof StorageError) {
    const failure = STORAGE_FAILURE[e.code];
    return new HttpError(
      failure,
      failure === 'internal' ? 'internal error' : e.message,
      [],
      failure === 'unavailable' ? 1 : undefined,
    );
  }
  if (e instanceof HTTPException) {
    const failure = (Object.entries(HTTP_STATUS) as [HttpFailure, number][]).find(
      ([, status]) => status === e.status,
    )?.[0];
    return new HttpError(
      failure ?? (e.status < 500 ? 'bad_request' : 'internal'),
      e.message || 'request refused',
    );
  }
  return new HttpError('internal', 'internal error');
};

/**
 * The one place where a failure becomes a response. Pages get the same status with an HTML
 * body (rendered by the web layer through `renderHtml`); the API gets JSON.
 */
export function errorResponse(
  e: unknown,
  c: Context,
  renderHtml?: (error: HttpError, c: Context) => string,
): Response {
  const error = toHttpError(e);
  if (error.failure === 'internal') console.error(e);
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined)
    headers['Retry-After'] = String(Math.max(1, Math.ceil(error.retryAfter)));
  if (error.failure === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="torneo"';
  if (renderHtml && !c.req.path.startsWith('/api/')) {
    return c.html(renderHtml(error, c), error.status, headers);
  }
  const body: ErrorBody = {
    error: {
      code: error.failure,
      message: error.message,
      issues: error.issues.map((i) => ({ in: i.in, path: formatFieldPath(i.path), message: i.message })),
    },
  };
  return c.json(body, error.status, headers);
}
