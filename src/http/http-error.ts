/**
 * Every way a request can fail, each with its status, decided here and nowhere else.
 * Routes throw HttpError; `errorResponse` (error-response.ts) turns it into the response.
 */
export type HttpFailure =
  | 'bad_request' // the body, a parameter or a header is malformed
  | 'unauthorized' // no token, or a token nobody issued
  | 'forbidden' // a valid token without the role this competition needs
  | 'not_found'
  | 'conflict' // a write based on a stale version
  | 'payload_too_large' // a body past the documented limit (MAX_BODY_BYTES)
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export const HTTP_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<HttpFailure, number>;

export type HttpStatus = (typeof HTTP_STATUS)[HttpFailure];

/** One problem with the request: where (a path into the body, query or header) and what. */
export interface FieldIssue {
  readonly in: IssueLocation;
  readonly path: readonly (string | number)[];
  readonly message: string;
  /**
   * What kind of problem, for a page to say in its language: a season issue's code
   * (`score_mismatch`, …), `schema` for a value of the wrong shape, `reason_required`.
   */
  readonly code?: string;
  /** The message as data (`{ key: 'goals_listed', params: { n: 1, score: 2 } }`), for pages. */
  readonly words?: { readonly key: string; readonly params: Readonly<Record<string, string | number>> };
}

export type IssueLocation = 'body' | 'query' | 'path' | 'header';

export class HttpError extends Error {
  constructor(
    readonly failure: HttpFailure,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** Seconds a client should wait before retrying (429, 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status(): HttpStatus {
    return HTTP_STATUS[this.failure];
  }
}

export const notFound = (what: string): HttpError => new HttpError('not_found', `${what} not found`);

/** What a 404 looked for, as data, so that a page can say it in its own language. */
export interface Missing {
  readonly kind: 'page' | 'season' | 'competition' | 'stage' | 'team' | 'match';
  /** The id asked for (the path, for a page). */
  readonly id: string;
}

/** A 404 that knows what it looked for: "team 'x' not found" for the API, `missing` for pages. */
export class NotFoundError extends HttpError {
  constructor(
    readonly missing: Missing,
    message: string,
  ) {
    super('not_found', message);
  }
}

/** `season 'peru-1914' not found`, with what was missing kept as data; `where` adds the scope. */
export const notFoundOf = (kind: Missing['kind'], id: string, where = ''): NotFoundError =>
  new NotFoundError({ kind, id }, `${kind} '${id}'${where} not found`);
