import type { Hook } from '@hono/zod-openapi';
import { HttpError, type IssueLocation } from './http-error.ts';

const LOCATION: Record<string, IssueLocation> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'header',
};

/** Every route's validation failure becomes one HttpError listing each field at fault. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (result.success) return;
  const where = LOCATION[result.target] ?? 'body';
  const issues = result.error.issues.map((i) => ({
    in: where,
    path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
    message: i.message,
    code: 'schema',
  }));
  const first = issues[0];
  const message = first
    ? `invalid ${where}: ${first.path.join('.') || '(root)'}: ${first.message}`
    : `invalid ${where}`;
  throw new HttpError('bad_request', message, issues);
};
