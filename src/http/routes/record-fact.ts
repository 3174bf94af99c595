import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { MatchFactSchema } from '../../core/definition/index.ts';
import { FactConflict, FactRejected } from '../../live/check-write.ts';
import { competitionOfFact, type FactWrite } from '../../live/fact-input.ts';
import type { RecordRequest } from '../../live/season-catalog.ts';
import {
  factKeyOf,
  toJsonObject,
  type AppendResult,
  type FactKind,
  type JsonObject,
  type StoredFact,
} from '../../storage/index.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { requireGrant } from '../auth/authenticate.ts';
import { HttpError, notFound } from '../http-error.ts';
import { seasonExistsOr404 } from './lookup.ts';

/** What happened in a match: a result write replaces these, and keeps the fixture and the rest. */
const OUTCOME_FIELDS = [
  'status',
  'score',
  'halfTime',
  'extraTime',
  'penalties',
  'awardedTo',
  'winner',
  'goals',
  'cards',
  'shootout',
] as const;

/**
 * A match already says what happened once it has a score, an award or a result struck out; a
 * fixture, or a match known to be played whose result nobody recorded, does not.
 */
const SETTLED = ['awarded', 'void', 'annulled', 'cancelled'];
const hasOutcome = (payload: JsonObject | undefined): boolean =>
  payload !== undefined &&
  (payload.score !== undefined ||
    payload.awardedTo !== undefined ||
    SETTLED.includes(String(payload.status)));

/** What a match's fact says happened: an explicit status, else played once it has a score. */
const statusOf = (payload: JsonObject): string =>
  typeof payload.status === 'string' ? payload.status : payload.score !== undefined ? 'played' : 'scheduled';

/**
 * A writer who read an older version than the one stored is stale whatever else is wrong with
 * the write: 409 first, so that the client reads again, before any check of the fact itself
 * (which would be made against a version the client never saw).
 */
function refuseStale(history: readonly StoredFact[], expectedVersion: number | undefined): void {
  if (expectedVersion === undefined) return;
  const latest = history.at(-1);
  const current = latest?.version ?? 0;
  if (current === expectedVersion) return;
  const at = latest
    ? `version ${current} (${latest.action} by ${latest.author} at ${latest.recordedAt})`
    : 'not recorded yet';
  throw new HttpError(
    'conflict',
    expectedVersion > current
      ? `this fact has no version ${expectedVersion}: it is at ${at}; base the change on the current version`
      : `this fact is now at ${at}, not version ${expectedVersion}: it changed after the version this change was based on; read it again and redo the change`,
  );
}

/**
 * Changing a fact that already says something is a correction, which must say why (DESIGN: "a
 * corrected score is a new fact that supersedes the old one, with who and when"). Entering the
 * result of a fixture is a record.
 */
function actionFor(
  kind: FactKind,
  history: readonly StoredFact[],
  reason: string | undefined,
  key: string,
): 'record' | 'correct' {
  // A retried request: the store answers with the version first written, so ask for the same thing.
  const replayed = replayOf(history, key);
  if (replayed) return replayed.action === 'correct' ? 'correct' : 'record';
  const current = history.at(-1);
  const live = current && current.action !== 'retract' ? current : undefined;
  const correcting = live !== undefined && (kind !== 'match' || hasOutcome(live.payload));
  if (correcting && !reason) {
    throw new HttpError(
      'bad_request',
      `${kind} '${live.key}' is already recorded (version ${live.version}); a correction must say why`,
      [
        {
          in: 'body',
          path: ['reason'],
          message: 'required when correcting a fact already recorded',
          code: 'reason_required',
        },
      ],
    );
  }
  return correcting ? 'correct' : 'record';
}

/**
 * Records through the catalog; a fact that would break the season is a 400 naming the fields of
 * the body at fault (`at`: where the fact sits in the body), or a 409 when it broke it only
 * because another write was recorded first.
 */
async function record(deps: AppDeps, r: RecordRequest, at: readonly string[]): Promise<AppendResult> {
  try {
    return await deps.catalog.record(r);
  } catch (e) {
    if (!(e instanceof FactRejected)) throw e;
    const issues = e.issues.map((i) => ({
      in: 'body' as const,
      path: [...at, ...i.path],
      message: i.message,
      code: i.code,
      ...(i.words ? { words: i.words } : {}),
    }));
    if (e instanceof FactConflict)
      throw new HttpError(
        'conflict',
        'the fact no longer fits the season: another write was recorded first; read the season again',
        issues,
      );
    throw new HttpError('bad_request', 'the fact does not fit the season', issues);
  }
}

const idempotencyKey = (c: Context<AppEnv>): string =>
  c.req.header('Idempotency-Key') ?? `http:${randomUUID()}`;

/** POST /facts: any fact, keyed the way the fact log keys it, for a principal allowed to write it. */
export async function recordWrite(
  deps: AppDeps,
  c: Context<AppEnv>,
  season: string,
  write: FactWrite,
  raw: Record<string, unknown>,
): Promise<AppendResult> {
  await seasonExistsOr404(deps.catalog, season);
  const competition = competitionOfFact(write.fact);
  requireGrant(c.var.principal!, season, competition, write.kind);
  const key = factKeyOf(write.kind, write.fact as never);
  const history = await deps.catalog.history(season, write.kind, key);
  const idempotency = idempotencyKey(c);
  if (!replayOf(history, idempotency)) refuseStale(history, write.expectedVersion);
  return record(
    deps,
    {
      season,
      kind: write.kind,
      key,
      payload: toJsonObject(raw.fact),
      entry: write.fact,
      action: actionFor(write.kind, history, write.reason, idempotency),
      author: c.var.principal!.name,
      recordedAt: new Date(deps.nowMs?.() ?? Date.now()),
      ...(write.reason ? { reason: write.reason } : {}),
      ...(write.expectedVersion !== undefined ? { expectedVersion: write.expectedVersion } : {}),
      idempotencyKey: idempotency,
      ...(competition ? { competition } : {}),
    },
    ['fact'],
  );
}

const replayOf = (history: readonly StoredFact[], key: string): StoredFact | undefined =>
  history.find((h) => h.idempotencyKey === key);

/**
 * A result write replaces everything that happened in the match, so a body that says nothing
 * (`{}`) would turn a match known to be played, or postponed, back into a plain fixture. That is
 * a correction like any other and must say why.
 */
function refuseSilentUndo(
  match: string,
  before: JsonObject,
  after: JsonObject,
  reason: string | undefined,
): void {
  const was = statusOf(before);
  if (reason || was === 'scheduled' || statusOf(after) !== 'scheduled') return;
  throw new HttpError(
    'bad_request',
    `match '${match}' is ${was}; this body would make it scheduled again: send its status or result, or a reason for the correction`,
    [
      {
        in: 'body',
        path: ['status'],
        message: `the match is ${was}; say what happened, or give a reason`,
        code: 'reason_required',
      },
    ],
  );
}

/** PUT …/matches/{match}/result: the fixture as stored, with what happened in it replaced. */
export async function recordMatchResult(
  deps: AppDeps,
  c: Context<AppEnv>,
  season: string,
  match: string,
  raw: Record<string, unknown>,
  options: { expectedVersion?: number; reason?: string },
): Promise<AppendResult> {
  await seasonExistsOr404(deps.catalog, season);
  const history = await deps.catalog.history(season, 'match', match);
  const current = history.at(-1);
  if (!current?.payload || current.action === 'retract') throw notFound(`match '${match}'`);
  const idempotency = idempotencyKey(c);
  const competition = String(current.payload.competition);
  requireGrant(c.var.principal!, season, competition, 'match');
  if (!replayOf(history, idempotency)) refuseStale(history, options.expectedVersion);
  const { expectedVersion: _v, reason: _r, ...result } = raw;
  const fixture = Object.fromEntries(
    Object.entries(current.payload).filter(([k]) => !(OUTCOME_FIELDS as readonly string[]).includes(k)),
  );
  const payload = toJsonObject({ ...fixture, ...result });
  refuseSilentUndo(match, current.payload, payload, options.reason);
  const parsed = MatchFactSchema.safeParse(payload);
  if (!parsed.success) {
    throw new HttpError(
      'bad_request',
      'the match with this result does not validate',
      parsed.error.issues.map((i) => ({
        in: 'body' as const,
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        message: i.message,
        code: 'schema',
      })),
    );
  }
  return record(
    deps,
    {
      season,
      kind: 'match',
      key: match,
      payload,
      entry: parsed.data,
      action: actionFor('match', history, options.reason, idempotency),
      author: c.var.principal!.name,
      recordedAt: new Date(deps.nowMs?.() ?? Date.now()),
      ...(options.reason ? { reason: options.reason } : {}),
      ...(options.expectedVersion !== undefined ? { expectedVersion: options.expectedVersion } : {}),
      idempotencyKey: idempotency,
      competition,
    },
    [],
  );
}
