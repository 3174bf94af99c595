import { AdjustmentFactSchema, MatchFactSchema, SeasonSchema } from '../../core/definition/index.ts';
import { crossCheck } from '../../core/season/cross-check.ts';
import { matchIdOf } from '../../core/season/match-id.ts';
import { formatPath } from '../../core/season/issue.ts';
import type { ImportResult } from '../../import/model/index.ts';
import {
  canonicalJson,
  StorageError,
  type FactStatement,
  type JsonObject,
  type Progress,
  type SeasonStore,
  type WriteMeta,
} from '../../storage/index.ts';
import type { ClubEntry } from './imported-clubs.ts';
import {
  seasonFromImport,
  type ImportRefusal,
  type ImportTarget,
  type PublishedStage,
} from './season-from-import.ts';

export interface ImportOptions {
  /** Facts per transaction: a crash keeps whole batches only, and a rerun skips what is already there. */
  readonly batchSize?: number;
  /** Part of every idempotency key the import writes (the file name). */
  readonly origin: string;
  readonly onProgress?: Progress;
  /** Write what is good when some lines are refused; otherwise a refusal writes nothing. */
  readonly skipBad?: boolean;
}

export interface ImportReport {
  readonly seasonId: string;
  readonly definition: 'added' | 'changed' | 'unchanged';
  readonly matches: number;
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly batches: number;
  readonly refused: readonly ImportRefusal[];
  /** False when lines were refused and `skipBad` was not given: nothing was written. */
  readonly written: boolean;
  /** Adjustment facts taken from published tables. */
  readonly adjustments: number;
  /** Stages whose source publishes a final table, to compare with the imported one. */
  readonly published: readonly PublishedStage[];
}

/**
 * Imported matches into a season of the store: the definition first (clubs merged with the
 * season's, new competitions added), then the matches in batches, each batch one transaction. A
 * match that does not validate as a YAML fact would is refused with its line and reason; the rest
 * go in. Importing the same file again adds nothing.
 */
export async function importSeason(
  store: SeasonStore,
  results: readonly ImportResult[],
  target: ImportTarget,
  meta: WriteMeta,
  options: ImportOptions,
): Promise<ImportReport> {
  const existing = (await store.loadSeasonDefinition(target.seasonId))?.definition;
  const built = seasonFromImport(results, target, (existing?.clubs as ClubEntry[] | undefined) ?? []);
  const refused = [...built.refused];
  const facts: FactStatement[] = [];
  const seen = new Set<string>();
  for (const { payload, line, file } of built.matches) {
    const parsed = MatchFactSchema.safeParse(payload);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      refused.push({
        ...(file ? { file } : {}),
        line,
        reason: `${i.message} (at ${formatPath(i.path as (string | number)[])})`,
      });
      continue;
    }
    const key = matchIdOf(parsed.data);
    if (seen.has(key)) {
      refused.push({ ...(file ? { file } : {}), line, reason: `the same match twice: ${key}` });
      continue;
    }
    seen.add(key);
    facts.push({ kind: 'match', key, payload });
  }
  for (const { payload, line, file } of built.adjustments) {
    const parsed = AdjustmentFactSchema.safeParse(payload);
    if (!parsed.success) {
      refused.push({ ...(file ? { file } : {}), line, reason: parsed.error.issues[0]!.message });
      continue;
    }
    facts.push({
      kind: 'adjustment',
      key: `${payload.competition}/${payload.stage}/*/${payload.team}`,
      payload,
    });
  }
  const nothing = {
    seasonId: target.seasonId,
    matches: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    batches: 0,
    refused,
    adjustments: 0,
    published: built.published,
  };
  if (refused.length > 0 && !options.skipBad) return { ...nothing, definition: 'unchanged', written: false };

  const definition = mergedDefinition(existing, built.clubs, built.competitions, target);
  checkDefinition(definition);
  const saved = await store.saveSeasonDefinition(target.seasonId, definition, meta);
  const size = options.batchSize ?? 20_000;
  let added = 0,
    changed = 0,
    unchanged = 0,
    batches = 0;
  for (let i = 0; i < facts.length; i += size) {
    const r = await store.stateFacts(target.seasonId, facts.slice(i, i + size), meta, {
      origin: options.origin,
    });
    added += r.added;
    changed += r.changed;
    unchanged += r.unchanged;
    batches++;
    options.onProgress?.(Math.min(i + size, facts.length), facts.length);
  }
  return {
    seasonId: target.seasonId,
    definition: !saved.changed ? 'unchanged' : saved.version === 1 ? 'added' : 'changed',
    matches: facts.length - built.adjustments.length,
    added,
    changed,
    unchanged,
    batches,
    refused,
    written: true,
    adjustments: built.adjustments.length,
    published: built.published,
  };
}

/** The season's definition with the new clubs and competitions; a competition already there must come out the same. */
function mergedDefinition(
  existing: JsonObject | undefined,
  clubs: ClubEntry[],
  competitions: JsonObject[],
  target: ImportTarget,
): JsonObject {
  const before = new Map(
    ((existing?.competitions as JsonObject[] | undefined) ?? []).map((c) => [c.id as string, c]),
  );
  for (const c of competitions) {
    const old = before.get(c.id as string);
    if (old && canonicalJson(old) !== canonicalJson(c)) {
      throw new StorageError(
        'invalid_write',
        `competition '${c.id}' is already in season '${target.seasonId}' with other teams or stages; import into another competition (--competition) or load the season again`,
      );
    }
  }
  const added = competitions.filter((c) => !before.has(c.id as string));
  return {
    ...(existing ?? { season: { id: target.seasonId, name: target.seasonName ?? target.seasonId } }),
    clubs: clubs as unknown as JsonObject[],
    competitions: [...before.values(), ...added],
  };
}

function checkDefinition(definition: JsonObject): void {
  const parsed = SeasonSchema.safeParse(definition);
  const issues = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => ({ message: i.message, path: i.path as (string | number)[] }));
  if (issues.length)
    throw new StorageError(
      'invalid_write',
      `the imported season would not be valid: ${issues[0]!.message} (at ${formatPath(issues[0]!.path)})`,
    );
}
