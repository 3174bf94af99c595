import type { JsonObject, JsonValue } from '../storage/index.ts';

/** One field of a fact as one version changed it: absent `before` (added) or `after` (removed). */
export interface FieldChange {
  readonly field: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

/** What a match's first version is read for: its result. The rest (teams, date) names the match. */
const RESULT_FIELDS = ['status', 'score', 'halfTime', 'extraTime', 'penalties', 'awardedTo'];

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields one version of a fact changed from the version before it, in the fact's own field
 * order. A first version lists the result it recorded; a withdrawal changes nothing field by
 * field (the action says it all).
 */
export function factChanges(before: JsonObject | undefined, after: JsonObject | undefined): FieldChange[] {
  if (!after) return [];
  if (!before)
    return RESULT_FIELDS.filter((f) => after[f] !== undefined).map((field) => ({
      field,
      after: after[field]!,
    }));
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => !same(before[f], after[f]))
    .map((field) => ({
      field,
      ...(before[field] !== undefined ? { before: before[field] } : {}),
      ...(after[field] !== undefined ? { after: after[field] } : {}),
    }));
}
