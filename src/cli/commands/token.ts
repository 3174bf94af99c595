import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { stringify as toYaml } from 'yaml';
import { ROLES, type Role } from '../../http/auth/permissions.ts';
import { migrateTokenConfig, TokenConfigError } from '../../http/auth/token-config.ts';
import { sha256Hex } from '../../http/auth/token-registry.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';

interface CreateFlags {
  name?: string;
  season?: string;
  competition?: string;
  role?: string;
  json?: boolean;
}

/** 32 random bytes: far beyond guessing, even without the server's throttling of failed attempts. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export function registerToken(program: Command, ctx: CommandContext): void {
  const token = program
    .command('token')
    .description('tokens for `torneo serve`: create one, migrate a tokens file');

  token
    .command('create')
    .description(
      'print a new random token, its SHA-256 and the entry for the tokens file (only the hash goes there)',
    )
    .option('--name <name>', 'who the token is for, as written in the fact log', 'official')
    .option('--season <id>', 'the season the grant holds in', '<season>')
    .option('--competition <id>', 'a competition id, or * for all of the season', '*')
    .option('--role <role>', `${ROLES.join(' or ')}`, 'recorder')
    .option('--json', 'print { token, sha256, entry } as JSON')
    .action((flags: CreateFlags) => {
      const role = flags.role as Role;
      if (!ROLES.includes(role))
        throw new CliError('usage', `--role expects ${ROLES.join(' or ')}, got '${flags.role}'`);
      const secret = newToken();
      const sha256 = sha256Hex(secret);
      const entry = {
        name: flags.name!,
        sha256,
        grants: [{ season: flags.season!, competition: flags.competition!, role }],
      };
      if (flags.json) return printJson(ctx.output, { token: secret, sha256, entry });
      ctx.output.out(`token:  ${secret}`);
      ctx.output.out(`sha256: ${sha256}`);
      ctx.output.out('');
      ctx.output.out('Give the token to the official; it is not kept anywhere. Add this under `tokens:`');
      ctx.output.out('in the tokens file, then send the server SIGHUP (or restart it):');
      ctx.output.out('');
      ctx.output.out(indent(toYaml([entry], { flowCollectionPadding: true }), '  '));
    });

  token
    .command('migrate')
    .description('print a tokens file of the first format (grants without a season) in the current one')
    .argument('<file>', 'the tokens file')
    .requiredOption('--season <id>', 'the season every grant of the file was meant for')
    .action((file: string, flags: { season: string }) => {
      const path = resolve(ctx.cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        throw new CliError('not_found', `cannot read the tokens file ${file}: ${(e as Error).message}`);
      }
      try {
        ctx.output.out(toYaml(migrateTokenConfig(text, file, flags.season)));
      } catch (e) {
        if (e instanceof TokenConfigError) throw new CliError('invalid_input', e.message);
        throw e;
      }
    });
}

const indent = (text: string, by: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => by + l)
    .join('\n');
