import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { FACT_KINDS } from '../../storage/index.ts';
import { ROLE_KINDS, ROLES } from './permissions.ts';

/**
 * Who may write, configured outside the season: a JSON or YAML file (`--tokens <file>` or
 * TORNEO_TOKENS_FILE) or the TORNEO_TOKENS environment variable holding the same document as
 * JSON. Only the SHA-256 of each token is kept, never the token itself (`torneo token create`
 * makes both). Every grant names the season it holds in:
 *
 *   version: 2
 *   tokens:
 *     - name: lima-recorder               # who, as written in the fact log
 *       sha256: 9f86d081884c7d65…          # printf %s "$TOKEN" | sha256sum
 *       grants:
 *         - { season: peru-2014, competition: copa-peru, role: recorder }
 *         - { season: peru-2014, competition: "*", role: admin, kinds: [adjustment] }
 */
export const TOKEN_FILE_VERSION = 2;

const GrantSchema = z
  .strictObject({
    season: z.string().min(1, 'the id of the season this grant holds in'),
    competition: z.string().min(1),
    role: z.enum(ROLES),
    kinds: z.array(z.enum(FACT_KINDS)).min(1).optional(),
  })
  .refine((g) => g.kinds?.every((k) => ROLE_KINDS[g.role]?.includes(k) ?? true) ?? true, {
    message: 'a recorder records match facts only: kinds may only be [match]',
    path: ['kinds'],
  });

export const TokenConfigSchema = z.strictObject({
  version: z.literal(TOKEN_FILE_VERSION, `the tokens file format, ${TOKEN_FILE_VERSION}`),
  tokens: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the token, 64 lowercase hex digits'),
        grants: z.array(GrantSchema).min(1),
      }),
    )
    .default([]),
});

export type TokenConfig = z.output<typeof TokenConfigSchema>;
export type TokenEntry = TokenConfig['tokens'][number];

export class TokenConfigError extends Error {}

/** Grants of the first format held in every season; they cannot be read as they were meant. */
const isFirstFormat = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  !('version' in raw) &&
  Array.isArray((raw as { tokens?: unknown }).tokens);

export const FIRST_FORMAT_MESSAGE =
  'is in the first tokens format, whose grants held in every season. Grants now name their season: ' +
  `add "version: ${TOKEN_FILE_VERSION}" at the top and a "season:" to every grant, or let ` +
  '`torneo token migrate <file> --season <id>` write the new file (see docs/serve.md, "Tokens")';

function parseDocument(text: string, origin: string): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch (e) {
    throw new TokenConfigError(`${origin}: not JSON or YAML: ${(e as Error).message}`);
  }
}

export function parseTokenConfig(text: string, origin: string): TokenConfig {
  const raw = parseDocument(text, origin);
  if (isFirstFormat(raw)) throw new TokenConfigError(`${origin} ${FIRST_FORMAT_MESSAGE}`);
  const parsed = TokenConfigSchema.safeParse(
    typeof raw === 'object' && raw !== null && Object.keys(raw).length === 0
      ? { version: TOKEN_FILE_VERSION }
      : raw,
  );
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TokenConfigError(`${origin}: ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return parsed.data;
}

/**
 * A tokens file of the first format made the current one: every grant held in every season then,
 * so the person migrating says which season it is meant for.
 */
export function migrateTokenConfig(text: string, origin: string, season: string): TokenConfig {
  const raw = parseDocument(text, origin);
  if (!isFirstFormat(raw)) return parseTokenConfig(text, origin);
  const tokens = (raw as { tokens: unknown[] }).tokens.map((t) =>
    typeof t === 'object' && t !== null && Array.isArray((t as { grants?: unknown }).grants)
      ? {
          ...t,
          grants: (t as { grants: unknown[] }).grants.map((g) =>
            typeof g === 'object' && g !== null ? { season, ...g } : g,
          ),
        }
      : t,
  );
  return parseTokenConfig(JSON.stringify({ version: TOKEN_FILE_VERSION, tokens }), origin);
}

/** Where the tokens come from: the file named (option or TORNEO_TOKENS_FILE), else TORNEO_TOKENS. */
export type TokenSource = { readonly file: string } | { readonly variable: string } | undefined;

export const tokenSource = (
  env: Readonly<Record<string, string | undefined>>,
  file?: string,
): TokenSource => {
  const path = file ?? env.TORNEO_TOKENS_FILE;
  if (path) return { file: path };
  return env.TORNEO_TOKENS ? { variable: env.TORNEO_TOKENS } : undefined;
};

/** The tokens in force: read again from the same place on every call (SIGHUP reloads them). */
export function readTokenSource(source: TokenSource): TokenConfig {
  if (!source) return { version: TOKEN_FILE_VERSION, tokens: [] };
  if ('variable' in source) return parseTokenConfig(source.variable, 'TORNEO_TOKENS');
  let text: string;
  try {
    text = readFileSync(source.file, 'utf8');
  } catch (e) {
    throw new TokenConfigError(`cannot read the tokens file ${source.file}: ${(e as Error).message}`);
  }
  return parseTokenConfig(text, source.file);
}

export const loadTokenConfig = (
  env: Readonly<Record<string, string | undefined>>,
  file?: string,
): TokenConfig => readTokenSource(tokenSource(env, file));
