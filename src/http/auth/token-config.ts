import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLES } from './permissions.ts';

/**
 * Who may write, configured outside the season: a JSON or YAML file (`--tokens <file>` or
 * TORNEO_TOKENS_FILE) or the TORNEO_TOKENS environment variable holding the same document as
 * JSON. Only the SHA-256 of each token is kept, never the token itself:
 *
 *   tokens:
 *     - name: lima-recorder               # who, as written in the fact log
 *       sha256: 9f86d081884c7d65…          # printf %s "$TOKEN" | sha256sum
 *       grants:
 *         - { competition: copa-peru, role: recorder }
 *         - { competition: "*", role: admin }   # every competition of the season
 */
export const TokenConfigSchema = z.strictObject({
  tokens: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the token, 64 lowercase hex digits'),
        grants: z.array(z.strictObject({ competition: z.string().min(1), role: z.enum(ROLES) })).min(1),
      }),
    )
    .default([]),
});

export type TokenConfig = z.output<typeof TokenConfigSchema>;
export type TokenEntry = TokenConfig['tokens'][number];

export class TokenConfigError extends Error {}

export function parseTokenConfig(text: string, origin: string): TokenConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new TokenConfigError(`${origin}: not JSON or YAML: ${(e as Error).message}`);
  }
  const parsed = TokenConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TokenConfigError(`${origin}: ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return parsed.data;
}

/** The tokens in force: the file named (option or TORNEO_TOKENS_FILE), else TORNEO_TOKENS, else none. */
export function loadTokenConfig(
  env: Readonly<Record<string, string | undefined>>,
  file?: string,
): TokenConfig {
  const path = file ?? env.TORNEO_TOKENS_FILE;
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new TokenConfigError(`cannot read the tokens file ${path}: ${(e as Error).message}`);
    }
    return parseTokenConfig(text, path);
  }
  if (env.TORNEO_TOKENS) return parseTokenConfig(env.TORNEO_TOKENS, 'TORNEO_TOKENS');
  return { tokens: [] };
}
