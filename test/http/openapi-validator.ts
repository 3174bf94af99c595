import assert from 'node:assert/strict';
import { z } from 'zod';

type Json = Record<string, unknown>;

/**
 * Checks served responses against the OpenAPI document the server itself serves: the schema
 * of the operation's response for that status is turned back into a validator (zod's
 * fromJSONSchema, independent of the schemas the routes were written with), with the
 * document's components as local definitions.
 */
export class OpenApiValidator {
  private readonly cache = new Map<string, z.ZodType>();

  private readonly doc: Json;

  constructor(doc: unknown) {
    this.doc = doc as Json;
  }

  schemaFor(method: string, path: string, status: number): Json | undefined {
    const op = ((this.doc.paths as Json)[path] as Json | undefined)?.[method.toLowerCase()] as
      Json | undefined;
    assert.ok(op, `the document has no operation ${method.toUpperCase()} ${path}`);
    const response = (op.responses as Json)[String(status)] as Json | undefined;
    assert.ok(response, `${method.toUpperCase()} ${path} does not document status ${status}`);
    const content = response.content as Json | undefined;
    return (content?.['application/json'] as Json | undefined)?.schema as Json | undefined;
  }

  /** Asserts the body is what the document promises for this operation and status. */
  async check(method: string, path: string, res: Response): Promise<unknown> {
    const schema = this.schemaFor(method, path, res.status);
    const body = await res.json();
    assert.ok(schema, `${method} ${path} ${res.status} has no JSON schema in the document`);
    const key = `${method} ${path} ${res.status}`;
    let validator = this.cache.get(key);
    if (!validator) {
      const defs = (this.doc.components as Json).schemas as Json;
      const rewritten = JSON.parse(
        JSON.stringify({ ...schema, $defs: defs }).replaceAll('#/components/schemas/', '#/$defs/'),
      );
      validator = z.fromJSONSchema(rewritten, { defaultTarget: 'draft-2020-12' });
      this.cache.set(key, validator);
    }
    const result = validator.safeParse(body);
    assert.ok(
      result.success,
      `${key}: the body does not match the document: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`,
    );
    return body;
  }
}
