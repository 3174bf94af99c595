import { SeasonSchema, type SeasonDoc } from '../core/definition/index.ts';
import { DEFINITION_SECTIONS, FACT_SECTIONS, type FactKind } from './fact-kind.ts';
import { factKeysOf } from './fact-key.ts';
import { toJson, toJsonObject, type JsonObject, type JsonValue } from './json-value.ts';
import type { SeasonSnapshot } from './season-store.ts';
import { StorageError } from './storage-error.ts';

/**
 * A validated season split into what the store keeps: the definition sections as written, and
 * each fact as written under its stable key. `input` is the merged document before validation
 * (entries line up one to one with `doc`'s).
 */
export function seasonSnapshot(input: Readonly<Record<string, unknown>>, doc: SeasonDoc): SeasonSnapshot {
  const definition: JsonObject = {};
  for (const section of DEFINITION_SECTIONS)
    if (input[section] !== undefined) definition[section] = toJson(input[section]);
  const facts = factKeysOf(doc).map(({ kind, key, index }) => {
    const entries = input[FACT_SECTIONS[kind]] as readonly unknown[];
    return { kind, key, payload: toJsonObject(entries[index]) };
  });
  return { seasonId: doc.season.id, definition, facts };
}

/** The season document back from the store: the definition plus the current facts, in order, validated again. */
export function assembleSeason(
  seasonId: string,
  definition: JsonObject,
  facts: readonly { kind: FactKind; payload: JsonObject }[],
): { input: JsonObject; doc: SeasonDoc } {
  const input: JsonObject = { ...definition };
  for (const f of facts) {
    const section = FACT_SECTIONS[f.kind];
    ((input[section] ??= []) as JsonValue[]).push(f.payload);
  }
  const parsed = SeasonSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StorageError(
      'corrupt',
      `season '${seasonId}' in the database does not validate: ${first?.message ?? 'invalid'} at ${first?.path.join('.') ?? ''}`,
      { seasonId },
    );
  }
  return { input, doc: parsed.data };
}
