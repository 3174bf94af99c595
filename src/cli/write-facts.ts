import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SeasonSchema } from '../core/definition/index.ts';
import { crossCheck } from '../core/season/cross-check.ts';
import { appendFacts } from '../season/append-facts.ts';
import { formatIssue } from '../season/load-season.ts';
import { fromZodIssue } from '../season/zod-issues.ts';
import { FACT_SECTIONS, factKeyOf, type FactKind, type JsonObject } from '../storage/index.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';
import { withStore } from './store-session.ts';
import { writeMeta, type AuthorOptions } from './write-meta.ts';

export interface WriteTarget extends AuthorOptions {
  readonly db?: string;
}

/**
 * Records new facts where the season lives: appended to the season's YAML when `<season>` is a
 * file or folder (and no `--db` is given), else in the database, in one transaction. Either way
 * the facts are checked with the season like any other before anything is written, and keys
 * already recorded are refused (a fixture written twice would overwrite its result). Returns
 * where they went, for the message.
 */
export async function writeFacts(
  ctx: CommandContext,
  seasonArg: string,
  seasonId: string,
  flags: WriteTarget,
  kind: FactKind,
  entries: readonly JsonObject[],
): Promise<string> {
  const section = FACT_SECTIONS[kind];
  const path = resolve(ctx.cwd, seasonArg);
  if (flags.db === undefined && existsSync(path)) {
    const outcome = appendFacts(path, section, entries);
    if (!outcome.ok)
      throw new CliError('invalid_input', `${seasonArg}: the new facts are not valid; nothing was written`, [
        ...outcome.issues,
      ]);
    return outcome.file;
  }
  return withStore(
    ctx,
    flags,
    async (store, target) => {
      const stored = await store.loadSeasonDocument(seasonId);
      if (!stored)
        throw new CliError(
          'not_found',
          `season '${seasonId}' is not in the database; load it first (npx torneo load <season-dir>)`,
        );
      const parsed = SeasonSchema.shape[section].safeParse(entries);
      if (!parsed.success)
        throw new CliError(
          'invalid_input',
          `${seasonId}: the new facts are not valid; nothing was written`,
          parsed.error.issues
            .flatMap((i) => fromZodIssue({ ...i, path: [section, ...i.path] }, { [section]: entries }))
            .map(formatIssue),
        );
      const doc = { ...stored.doc, [section]: [...stored.doc[section], ...parsed.data] };
      const issues = crossCheck(doc).filter((i) => i.severity !== 'warning');
      if (issues.length)
        throw new CliError(
          'invalid_input',
          `${seasonId}: the new facts are not valid; nothing was written`,
          issues.map(formatIssue),
        );
      const keys = parsed.data.map((e) => factKeyOf(kind, e as never));
      const existing = new Set(stored.keys.filter((k) => k.kind === kind).map((k) => k.key));
      const taken = keys.filter((k) => existing.has(k));
      if (taken.length)
        throw new CliError(
          'conflict',
          `${seasonId} already records ${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ` and ${taken.length - 3} more` : ''}; nothing was written`,
        );
      await store.stateFacts(
        seasonId,
        keys.map((key, i) => ({ kind, key, payload: entries[i] as JsonObject })),
        writeMeta(ctx, flags),
        { origin: `cli:${kind}` },
      );
      return target;
    },
    { mustExist: true },
  );
}
