import {
  prose,
  resolved,
  sampleOf,
  schemaAnchor,
  schemaHtml,
  typeHtml,
  type JsonSchema,
  type Schemas,
} from '../api-docs/schema-html.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

/** The parts of an OpenAPI 3.1 document the page shows. */
export interface OpenApiDocument {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly tags?: readonly { readonly name: string; readonly description?: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Schemas };
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: JsonSchema;
}

interface Media {
  readonly schema?: JsonSchema;
}

interface Operation {
  readonly tags?: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly security?: readonly unknown[];
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly required?: boolean; readonly content?: Readonly<Record<string, Media>> };
  readonly responses?: Readonly<
    Record<string, { readonly description?: string; readonly content?: Readonly<Record<string, Media>> }>
  >;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Op {
  readonly method: (typeof METHODS)[number];
  readonly path: string;
  readonly op: Operation;
}

const opAnchor = (o: Op) => `op-${o.method}-${o.path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** A request a reader can paste: path parameters filled with their examples, a token and a body for writes. */
function curlOf(o: Op, schemas: Schemas, origin: string): string {
  const params = o.op.parameters ?? [];
  const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const example = params.find((p) => p.in === 'path' && p.name === name)?.schema?.example;
    return example !== undefined ? String(example) : `{${name}}`;
  });
  const lines = [`curl${o.method === 'get' ? '' : ` -X ${o.method.toUpperCase()}`} '${origin}${path}'`];
  if (o.op.security?.length) lines.push(`  -H 'Authorization: Bearer <token>'`);
  const body = o.op.requestBody?.content?.['application/json']?.schema;
  if (!body) return lines.join(' \\\n');
  // The body on standard input, as a here-document: quotes in it (minutes: 16') need no escaping.
  lines.push(`  -H 'Content-Type: application/json'`, `  --data-binary @- <<'JSON'`);
  return `${lines.join(' \\\n')}\n${JSON.stringify(sampleOf(body, schemas), null, 2)}\nJSON`;
}

function parameters(params: readonly Parameter[]): SafeHtml {
  if (!params.length) return html``;
  return html`<div class="table-wrap" role="region" aria-label="Parameters" tabindex="0">
    <table class="data params">
      <caption>
        Parameters
      </caption>
      <thead>
        <tr>
          <th scope="col" class="text">Name</th>
          <th scope="col">In</th>
          <th scope="col" class="text">Type</th>
          <th scope="col" class="text">About</th>
        </tr>
      </thead>
      <tbody>
        ${params.map(
          (p) =>
            html`<tr>
              <th scope="row" class="text">
                <code>${p.name}</code>${p.required ? html` <span class="req">required</span>` : ''}
              </th>
              <td>${p.in}</td>
              <td class="text">${p.schema ? typeHtml(p.schema) : ''}</td>
              <td class="text">
                ${prose(p.description ?? p.schema?.description ?? '')}${p.schema?.example !== undefined ? html` <span class="limits">e.g. <code>${String(p.schema.example)}</code></span>` : ''}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function operation(o: Op, schemas: Schemas, origin: string): SafeHtml {
  const body = o.op.requestBody?.content;
  return html`<section class="op" id="${opAnchor(o)}">
    <h3><span class="method ${o.method}">${o.method.toUpperCase()}</span> <code>${o.path}</code></h3>
    ${o.op.summary ? html`<p>${o.op.summary}</p>` : ''}
    ${o.op.description ? html`<p>${o.op.description}</p>` : ''}
    ${o.op.security?.length ? html`<p class="note">Needs <code>Authorization: Bearer &lt;token&gt;</code>.</p>` : ''}
    ${parameters(o.op.parameters ?? [])}
    ${
      body
        ? html`<h4>Request body${o.op.requestBody?.required ? ' (required)' : ''}</h4>
            ${Object.entries(body).map(
              ([type, m]) =>
                html`<p class="limits">${type}: ${m.schema ? typeHtml(m.schema) : ''}</p>
                  ${m.schema ? schemaHtml(resolved(m.schema, schemas)) : ''}`,
            )}`
        : ''
    }
    <h4>Responses</h4>
    <dl class="responses">
      ${Object.entries(o.op.responses ?? {}).map(
        ([status, r]) =>
          html`<dt><code>${status}</code></dt>
            <dd>
              ${prose(r.description ?? '')}
              ${Object.entries(r.content ?? {}).map(([type, m]) => html`<br /><span class="limits">${type}: ${m.schema ? typeHtml(m.schema) : 'text'}</span>`)}
            </dd>`,
      )}
    </dl>
    <details class="example">
      <summary>Example</summary>
      <pre tabindex="0"><code>${curlOf(o, schemas, origin)}</code></pre>
    </details>
  </section>`;
}

/**
 * The OpenAPI document as a page, with nothing fetched from elsewhere (intranets without
 * internet must be able to read it): operations by tag with their parameters, bodies, responses
 * and an example request, then every schema.
 */
export function apiDocsPage(p: PageContext, doc: OpenApiDocument): string {
  const schemas = doc.components?.schemas ?? {};
  const ops: Op[] = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method]! })),
  );
  const named = (name: string): { readonly name: string; readonly description?: string } => ({ name });
  const tags = [...(doc.tags ?? []), ...ops.flatMap((o) => o.op.tags ?? []).map(named)].filter(
    (t, i, all) => all.findIndex((x) => x.name === t.name) === i,
  );
  const inTag = (tag: string) => ops.filter((o) => (o.op.tags?.[0] ?? '') === tag);
  const origin = p.url.origin;
  const body = html`<h1>${doc.info.title} API <small class="muted">${doc.info.version}</small></h1>
    ${doc.info.description ? html`<p>${doc.info.description}</p>` : ''}
    <p class="note">The same document as JSON: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
    <nav aria-label="Operations" class="toc">
      <ul>
        ${tags.map(
          (t) =>
            html`<li>
              <a href="#tag-${t.name}">${t.name}</a>
              <ul>
                ${inTag(t.name).map(
                  (o) =>
                    html`<li>
                      <a href="#${opAnchor(o)}"
                        ><span class="method ${o.method}">${o.method.toUpperCase()}</span>
                        <code>${o.path}</code></a
                      >
                    </li>`,
                )}
              </ul>
            </li>`,
        )}
        <li><a href="#schemas">Schemas</a></li>
      </ul>
    </nav>
    ${tags.map(
      (t) =>
        html`<h2 id="tag-${t.name}">${t.name}</h2>
          ${t.description ? html`<p class="note">${t.description}</p>` : ''}
          ${inTag(t.name).map((o) => operation(o, schemas, origin))}`,
    )}
    <h2 id="schemas">Schemas</h2>
    ${Object.entries(schemas).map(
      ([name, s]) =>
        html`<details class="schema" id="${schemaAnchor(name)}">
          <summary>
            <code>${name}</code>
            <span class="type">${typeHtml({ ...s, description: undefined } as JsonSchema)}</span>
          </summary>
          ${schemaHtml(s)}
        </details>`,
    )}`;
  // The reference is the OpenAPI document's, written in English: marked so, inside a page in the
  // visitor's language.
  return layout(p, `${doc.info.title} API`, html`<div class="api-docs" lang="en">${body}</div>`).text;
}
