import type { z } from 'zod';
import { SeasonSchema } from '../core/definition/index.ts';
import { suggest } from '../core/names/suggest.ts';
import type { SeasonIssue } from '../core/season/issue.ts';
import { knownKeysAt } from './schema-keys.ts';

type ZodIssue = z.core.$ZodIssue;

/** Turns a schema library's issue into ours: what was found, what was expected, a suggestion. */
export function fromZodIssue(
  issue: ZodIssue,
  input: unknown,
  schema: z.ZodType = SeasonSchema,
): SeasonIssue[] {
  const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path, input);
      return issue.keys.map((key) => {
        const hint = suggest(key, known);
        return {
          code: 'unknown_key',
          path: [...path, key],
          message: `unknown field '${key}'${hint ? ` — did you mean '${hint}'?` : ''}`,
          expected: known.length ? `one of: ${known.join(', ')}` : 'no other fields',
          ...(hint ? { suggestion: hint } : {}),
        };
      });
    }
    case 'invalid_value': {
      const found = valueAt(input, path);
      const options = issue.values.map(String);
      const hint = typeof found === 'string' ? suggest(found, options) : undefined;
      return [
        {
          code: 'schema',
          path,
          message: `${describe(found)} is not allowed here${hint ? ` — did you mean '${hint}'?` : ''}`,
          expected:
            options.length > 12
              ? `one of ${options.length} values: ${options.slice(0, 12).join(', ')}, …`
              : `one of: ${options.join(', ')}`,
          ...(hint ? { suggestion: hint } : {}),
        },
      ];
    }
    case 'invalid_type': {
      const found = valueAt(input, path);
      return [
        {
          code: 'schema',
          path,
          message:
            found === undefined
              ? `missing required field '${String(path.at(-1))}'`
              : `${describe(found)} has the wrong type`,
          expected: issue.expected,
        },
      ];
    }
    case 'invalid_union': {
      const found = valueAt(input, path);
      const disc = (issue as { note?: string }).note;
      return [
        {
          code: 'schema',
          path,
          message: `${describe(found)} does not match any accepted form${disc ? ` (${disc})` : ''}`,
          expected: issue.message,
        },
      ];
    }
    default:
      return [
        {
          code: 'schema',
          path,
          // The season format's own messages name what is expected ("a real calendar date"): said
          // once, as what the value is not. A schema library's own wording is kept as it is.
          message: /^(a|an|one|the) /.test(issue.message)
            ? `${describe(valueAt(input, path))} is not ${issue.message}`
            : `${describe(valueAt(input, path))}: ${issue.message}`,
        },
      ];
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'the value';
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof Date) return `'${v.toISOString().slice(0, 10)}'`;
  if (typeof v === 'object') return Array.isArray(v) ? 'a list' : 'a mapping';
  return `${typeof v} ${String(v)}`;
}
