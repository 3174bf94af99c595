import { html, type SafeHtml } from '../html.ts';

/** A JSON Schema as the OpenAPI 3.1 document holds it: only what the docs page reads. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly description?: string;
  readonly example?: unknown;
  readonly default?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export type Schemas = Readonly<Record<string, JsonSchema>>;

const refName = (ref: string) => ref.replace('#/components/schemas/', '');

/** A description with its `code` spans set as code. */
export const prose = (text: string): SafeHtml =>
  html`${text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;

/** The schema a reference names (or the schema itself). */
export const resolved = (s: JsonSchema, schemas: Schemas): JsonSchema =>
  s.$ref ? (schemas[refName(s.$ref)] ?? s) : s;
export const schemaAnchor = (name: string) => `schema-${name}`;

/** `string`, or `string or null` for a type list. */
const typeName = (s: JsonSchema): string | undefined =>
  typeof s.type === 'string' ? s.type : s.type?.join(' or ');

const bounds = (s: JsonSchema): string[] =>
  [
    s.pattern !== undefined ? `pattern ${s.pattern}` : '',
    s.format ?? '',
    s.minimum !== undefined ? `≥ ${s.minimum}` : '',
    s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : '',
    s.maximum !== undefined ? `≤ ${s.maximum}` : '',
    s.minLength !== undefined ? `at least ${s.minLength} characters` : '',
    s.maxLength !== undefined ? `at most ${s.maxLength} characters` : '',
    s.minItems !== undefined ? `at least ${s.minItems} items` : '',
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : '',
  ].filter(Boolean);

/** The type of a schema in a few words: `string`, `array of TeamRef`, `"all" | "home" | "away"`. */
export function typeHtml(s: JsonSchema): SafeHtml {
  if (s.$ref) {
    const name = refName(s.$ref);
    return html`<a href="#${schemaAnchor(name)}">${name}</a>`;
  }
  if (s.const !== undefined) return html`<code>${JSON.stringify(s.const)}</code>`;
  if (s.enum) return html`${s.enum.map((v, i) => html`${i ? ' | ' : ''}<code>${JSON.stringify(v)}</code>`)}`;
  if (s.oneOf || s.anyOf) return html`one of the forms below`;
  const type = typeName(s) ?? 'any';
  if (type === 'array' && s.items) return html`array of ${typeHtml(s.items)}`;
  if (type === 'object' && typeof s.additionalProperties === 'object' && !s.properties)
    return html`map of string to ${typeHtml(s.additionalProperties)}`;
  return html`${type}`;
}

/**
 * A schema as nested lists: each property with its type, whether it is required, its limits and
 * description; alternatives (oneOf) each in a disclosure; references as links to the schema
 * section. Deep nesting stops at `depth`, leaving a summary.
 */
export function schemaHtml(s: JsonSchema, depth = 0): SafeHtml {
  const about = html`${s.description ? html`<p class="desc">${prose(s.description)}</p>` : ''}${bounds(s).length ? html`<p class="limits">${bounds(s).join(' · ')}</p>` : ''}`;
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives)
    return html`${about}
      <ol class="alternatives">
        ${alternatives.map(
          (alt, i) =>
            html`<li>
              <details ${depth === 0 && i === 0 ? 'open' : ''}>
                <summary>${formName(alt, i)}</summary>
                ${schemaHtml(alt, depth + 1)}
              </details>
            </li>`,
        )}
      </ol>`;
  const item = s.type === 'array' && s.items && !s.items.$ref ? s.items : undefined;
  if (item && depth < 6)
    return html`${about}
      <p>array of:</p>
      ${schemaHtml(item, depth + 1)}`;
  if (!s.properties) return html`${about}`;
  if (depth >= 6)
    return html`${about}
      <p class="limits">an object (nested too deep to show here)</p>`;
  const required = new Set(s.required ?? []);
  return html`${about}
    <ul class="props">
      ${Object.entries(s.properties).map(([name, p]) => {
        const nested =
          (p.properties ||
            p.oneOf ||
            p.anyOf ||
            (p.items && !p.items.$ref && (p.items.properties || p.items.oneOf || p.items.anyOf))) &&
          !p.$ref;
        return html`<li>
          <code class="prop">${name}</code>
          <span class="type">${typeHtml(p)}</span>
          ${required.has(name) ? html`<span class="req">required</span>` : ''}
          ${nested ? schemaHtml(p, depth + 1) : html`${p.description ? html`<span class="desc"> — ${prose(p.description)}</span>` : ''}${bounds(p).length ? html` <span class="limits">(${bounds(p).join(' · ')})</span>` : ''}`}
        </li>`;
      })}
    </ul>`;
}

/** "kind: match" for a form of a discriminated union, else its position. */
function formName(s: JsonSchema, i: number): string {
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    const value = p.const ?? (p.enum?.length === 1 ? p.enum[0] : undefined);
    if (value !== undefined) return `${name}: ${String(value)}`;
    if (p.enum && name === 'kind') return `${name}: ${p.enum.join(' | ')}`;
  }
  if (s.$ref) return refName(s.$ref);
  const type = typeName(s);
  return type === 'string' ? 'as text' : type === 'object' ? 'as an object' : (type ?? `form ${i + 1}`);
}

/**
 * A value that fits the schema, for examples: the schema's own example when it has one, else
 * built from its required properties (the first alternative, the first enum value, a date for a
 * date pattern).
 */
export function sampleOf(s: JsonSchema, schemas: Schemas, depth = 0): unknown {
  if (s.example !== undefined) return s.example;
  if (s.$ref) return depth > 4 ? {} : sampleOf(schemas[refName(s.$ref)] ?? {}, schemas, depth + 1);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alternative = (s.oneOf ?? s.anyOf)?.[0];
  if (alternative) return sampleOf(alternative, schemas, depth + 1);
  const type = typeof s.type === 'string' ? s.type : s.type?.[0];
  switch (type) {
    case 'object': {
      const names = s.required?.length ? s.required : Object.keys(s.properties ?? {}).slice(0, 2);
      return Object.fromEntries(names.map((n) => [n, sampleOf(s.properties?.[n] ?? {}, schemas, depth + 1)]));
    }
    case 'array':
      return s.items && depth < 5 ? [sampleOf(s.items, schemas, depth + 1)] : [];
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return true;
    case 'string':
      return s.pattern === '^\\d{4}-\\d{2}-\\d{2}$' ? '2014-05-21' : 'string';
    default:
      return null;
  }
}
