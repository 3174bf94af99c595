/**
 * Facts are stored as the entry was written (the YAML object, which the schema validated), not
 * as the schema's output: the schema turns `2-1` into `{ home: 2, away: 1 }` and `Perea 16' pen`
 * into an object, and those transforms cannot be undone. Keeping what was written makes export
 * give back what the official typed and lets every read re-validate with the same schema.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * A YAML value made plain JSON. An unquoted date in YAML may arrive as a Date; in a valid season a
 * Date only ever sits where the schema takes a calendar date (DateField), which keeps YYYY-MM-DD.
 */
export function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  return null;
}

export function toJsonObject(value: unknown): JsonObject {
  const json = toJson(value);
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new TypeError('expected an object');
  return json;
}

/** JSON with keys sorted: two payloads are the same fact when these strings are equal. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}
