import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  discriminator?: string;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The field names the schema accepts at a path of the input, to suggest the right one for a
 * misspelt key. Unions pick the member whose discriminator matches the input there.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], input: unknown): string[] {
  let s: z.ZodType | undefined = schema;
  let v = input;
  for (const key of path) {
    s = unwrap(s, v);
    if (!s) return [];
    const def = defOf(s);
    if (def.type === 'object') s = def.shape?.[String(key)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  s = unwrap(s, v);
  const def = s ? defOf(s) : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(s: z.ZodType | undefined, v: unknown): z.ZodType | undefined {
  for (let i = 0; s && i < 20; i++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.options) s = pickOption(def, v);
    else return s;
  }
  return s;
}

function pickOption(def: Def, v: unknown): z.ZodType | undefined {
  // An option may be an object behind a transform (texts resolved to one language): look through it.
  const objects = def
    .options!.map((o) => unwrap(o, undefined) ?? o)
    .filter((o) => defOf(o).type === 'object');
  if (def.discriminator && v && typeof v === 'object') {
    const want = (v as Record<string, unknown>)[def.discriminator];
    const hit = objects.find((o) => {
      const d = defOf(o).shape?.[def.discriminator!];
      const values = d ? (defOf(d) as unknown as { values?: unknown[] }).values : undefined;
      return values?.includes(want);
    });
    if (hit) return hit;
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    const scored = objects.map((o) => ({ o, n: keys.filter((k) => k in (defOf(o).shape ?? {})).length }));
    scored.sort((a, b) => b.n - a.n);
    return scored[0]?.o;
  }
  return objects[0];
}
