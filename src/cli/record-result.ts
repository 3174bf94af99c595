import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MatchFactSchema, type SeasonDoc } from '../core/definition/index.ts';
import { crossCheck } from '../core/season/cross-check.ts';
import { indexSeason } from '../core/season/season.ts';
import { formatIssue, loadSeason } from '../season/load-season.ts';
import { fromZodIssue } from '../season/zod-issues.ts';
import { canonicalJson, type FactAction, type JsonObject, type SeasonStore } from '../storage/index.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';
import { resolveMatchArg } from './match-arg.ts';
import { matchText } from './match-text.ts';
import { printJson } from './output.ts';
import { resultEntry, type ResultFlags } from './result-entry.ts';
import { fromLoaded } from './season-arg.ts';
import { withStore } from './store-session.ts';
import { writeMeta } from './write-meta.ts';

export interface RecordOptions extends ResultFlags {
  db?: string;
  author?: string;
  reason?: string;
  expectVersion?: string;
  idempotencyKey?: string;
  json?: boolean;
}

/**
 * `torneo record` and `torneo correct`: the result is built as a YAML fact would be written,
 * validated by the same schema and cross-checks as a season file, and appended as the next version
 * of the match on the version the official saw.
 */
export async function recordResult(
  ctx: CommandContext,
  action: Extract<FactAction, 'record' | 'correct'>,
  seasonArg: string,
  matchArg: string,
  score: string,
  opts: RecordOptions,
): Promise<void> {
  const seasonId = seasonIdOf(seasonArg, ctx);
  const expected = opts.expectVersion === undefined ? undefined : Number(opts.expectVersion);
  if (expected !== undefined && !(Number.isInteger(expected) && expected >= 0))
    throw new CliError('usage', `--expect-version '${opts.expectVersion}' is not a version number`);
  await withStore(
    ctx,
    opts,
    async (store) => {
      const stored = await store.loadSeasonDocument(seasonId);
      if (!stored)
        throw new CliError(
          'not_found',
          `season '${seasonId}' is not in the database; load it first (npx torneo load <season-dir>)`,
        );
      const idx = indexSeason(stored.doc);
      const match = resolveMatchArg(idx, matchArg);
      const ref = { seasonId, kind: 'match' as const, key: match.id };
      const current = (await store.currentFact(ref))!;
      const entry = resultEntry(current.payload!, stored.doc.matches[match.index]!, score, opts, idx);
      validate(entry, match.index, match.id, stored.doc);

      const basedOn = expected ?? current.version;
      const idempotencyKey =
        opts.idempotencyKey ??
        `cli:${action}:${match.id}@${basedOn}:${createHash('sha256').update(canonicalJson(entry)).digest('hex').slice(0, 16)}`;
      const replay =
        current.idempotencyKey === idempotencyKey ||
        (expected === undefined && canonicalJson(entry) === canonicalJson(current.payload!));
      if (action === 'record' && !replay && stored.doc.matches[match.index]!.score !== undefined) {
        throw new CliError(
          'conflict',
          `${match.id} already has a result (version ${current.version}: ${matchText(current.payload, idx)}); to change it, use npx torneo correct … --reason`,
        );
      }
      const { fact, replayed } = replay
        ? { fact: current, replayed: true }
        : await store.appendFact(
            { ...ref, action, payload: entry, ...writeMeta(ctx, opts) },
            { expectedVersion: basedOn, idempotencyKey },
          );
      await report(ctx, store, opts, fact, replayed, idx);
    },
    { mustExist: true },
  );
}

function seasonIdOf(arg: string, ctx: CommandContext): string {
  const path = resolve(ctx.cwd, arg);
  return existsSync(path) ? fromLoaded(loadSeason(path), arg).doc.season.id : arg;
}

function validate(entry: JsonObject, index: number, id: string, doc: SeasonDoc): void {
  const parsed = MatchFactSchema.safeParse(entry);
  const input = { matches: [] as unknown[] };
  input.matches[index] = entry;
  const issues = parsed.success
    ? crossCheck({ ...doc, matches: doc.matches.with(index, parsed.data) }).filter(
        (i) => i.severity !== 'warning',
      )
    : parsed.error.issues.flatMap((i) => fromZodIssue({ ...i, path: ['matches', index, ...i.path] }, input));
  if (issues.length)
    throw new CliError(
      'invalid_input',
      `${id}: the result is not valid; nothing was written`,
      issues.map((i) => formatIssue({ ...i, path: [], message: `${argumentOf(i.path, index)}${i.message}` })),
    );
}

/** The command-line argument an issue of the match entry concerns, not the entry's place in the season. */
const FLAGS: Readonly<Record<string, string>> = {
  score: '<score>',
  halfTime: '--half-time',
  extraTime: '--et',
  penalties: '--pens',
  attendance: '--attendance',
  referee: '--referee',
  status: '--status',
  awardedTo: '--awarded-to',
};

function argumentOf(path: readonly (string | number)[], index: number): string {
  const inMatch = path[0] === 'matches' && path[1] === index ? path.slice(2) : path;
  const [field, side, n] = inMatch;
  if ((field === 'goals' || field === 'cards') && typeof side === 'string') {
    const flag = `--${side}-${field === 'goals' ? 'goal' : 'card'}`;
    return typeof n === 'number' ? `${flag} #${n + 1}: ` : `${flag}: `;
  }
  const flag = typeof field === 'string' ? FLAGS[field] : undefined;
  return flag ? `${flag}: ` : '';
}

async function report(
  ctx: CommandContext,
  store: SeasonStore,
  opts: RecordOptions,
  fact: Awaited<ReturnType<SeasonStore['appendFact']>>['fact'],
  replayed: boolean,
  idx: ReturnType<typeof indexSeason>,
): Promise<void> {
  // Read the match back, as anyone else would now see it.
  const now = (await store.currentFact(fact))!;
  if (opts.json) return printJson(ctx.output, { replayed, fact: now });
  const verb = replayed ? 'already recorded' : fact.action === 'correct' ? 'corrected' : 'recorded';
  ctx.output.out(`${verb}: ${fact.key} version ${now.version}`);
  ctx.output.out(`  ${matchText(now.payload, idx)}`);
}
