import { z } from 'zod';

/** The languages a word from the data can be written in. */
export const TEXT_LANGS = ['es', 'en'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

/** One text in the languages it was written in: `{ es: Fase de grupos, en: Group stage }`. */
export type TextForms = Readonly<Partial<Record<TextLang, string>>>;

const FormsSchema = z
  .strictObject({
    es: z.string().min(1).optional().describe('the Spanish form'),
    en: z.string().min(1).optional().describe('the English form'),
  })
  .refine((f) => f.es !== undefined || f.en !== undefined, {
    message: 'at least one form: { es: …, en: … }',
  });

/**
 * A word or sentence that comes from the data (a stage's name, a deduction's reason): either one
 * text, shown as written in every language, or its Spanish and English forms.
 */
export const LocalText = z.union([z.string().min(1), FormsSchema]);
export type LocalTextInput = z.output<typeof LocalText>;

/**
 * The form a surface shows when it speaks no particular language (the terminal, ids in logs):
 * the English form, else the Spanish one. Pages and the article ask for their language with
 * `textIn`.
 */
const primary = (t: LocalTextInput): string => (typeof t === 'string' ? t : (t.en ?? t.es ?? ''));

/** A node whose text fields were given in several languages keeps those forms here, by field. */
export interface WithForms<K extends string> {
  readonly forms?: Readonly<Partial<Record<K, TextForms>>>;
}

type Resolved<O, K extends keyof O & string> = Omit<O, K> & {
  [P in K]: undefined extends O[P] ? string | undefined : string;
} & WithForms<K>;

/**
 * Wraps an object schema whose `keys` are `LocalText`: its output carries each of them as one
 * string (the primary form, so code that only shows a name keeps working) and the forms written
 * under `forms`, read in a language by `textIn`. The YAML as written is what storage keeps, so
 * exports stay lossless.
 */
export function withForms<S extends z.ZodObject, K extends keyof z.output<S> & string>(
  schema: S,
  keys: readonly K[],
): z.ZodPipe<S, z.ZodTransform<Resolved<z.output<S>, K>, z.output<S>>> {
  return schema.transform((o) => {
    const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
    const forms: Record<string, TextForms> = {};
    for (const k of keys) {
      const v = out[k] as LocalTextInput | undefined;
      if (v === undefined || typeof v === 'string') continue;
      forms[k] = v;
      out[k] = primary(v);
    }
    if (Object.keys(forms).length > 0) out.forms = forms;
    return out as Resolved<z.output<S>, K>;
  });
}

/** A text field of a node in a language: its form in that language when given, else as written. */
export function textIn<K extends string>(
  lang: TextLang,
  node: WithForms<K> & Partial<Record<K, string | undefined>>,
  key: K,
): string | undefined {
  return node.forms?.[key]?.[lang] ?? node[key];
}

/** The forms of a field, for an API that returns both: `{ es, en }` or nothing when written once. */
export const formsOf = <K extends string>(node: WithForms<K>, key: K): TextForms | undefined =>
  node.forms?.[key];

/**
 * A document with every text written in several languages read in `lang`: each node's fields
 * that carry forms take the form of that language (the other forms stay under `forms`). A
 * surface that speaks one language (an article, a page) reads names, notes and reasons from this
 * and needs no per-field lookups; the document itself is not changed.
 */
export function inLanguage<T>(value: T, lang: TextLang): T {
  return localize(value, lang) as T;
}

function localize(value: unknown, lang: TextLang): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const l = localize(v, lang);
      if (l !== v) changed = true;
      return l;
    });
    return changed ? out : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown> & WithForms<string>;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'forms') continue;
    const l = localize(v, lang);
    if (l !== v) (out ??= { ...node })[k] = l;
  }
  for (const [k, f] of Object.entries(node.forms ?? {})) {
    const text = f?.[lang];
    if (text !== undefined && text !== node[k]) (out ??= { ...node })[k] = text;
  }
  return out ?? value;
}
