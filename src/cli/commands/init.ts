import type { Command } from 'commander';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatIssue, loadSeasonFromFiles } from '../../season/load-season.ts';
import { newSeasonFiles, slugOf, type NewSeason } from '../../season/new-season.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';

interface InitOptions {
  name?: string;
  id?: string;
  country?: string;
  clubs?: string;
  format?: string;
  groups?: string;
  rounds?: string;
  competition?: string;
}

const FORMATS = ['league', 'groups'] as const;

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description(
      'start a new season folder (season.yaml, clubs.yaml, one competition) from flags, or by asking on a terminal',
    )
    .argument('<dir>', 'the folder to create; it must not exist or be empty')
    .option('--name <name>', 'the season, e.g. "Liga Distrital de Chancay 2031"')
    .option('--id <id>', 'the season id (default: from the name)')
    .option('--country <code>', 'three-letter country code, e.g. PER')
    .option('--clubs <list>', 'the clubs, comma-separated: "Alianza Lima,Sporting Cristal,Universitario"')
    .option('--format <format>', 'league (everyone plays everyone) or groups', 'league')
    .option('--groups <n>', 'how many groups, for --format groups', '2')
    .option('--rounds <n>', 'round-robin cycles: 1 single, 2 home and away', '2')
    .option('--competition <name>', 'the competition (default: the season name)')
    .action(async (dir: string, opts: InitOptions, command: Command) => {
      const target = resolve(ctx.cwd, dir);
      if (existsSync(target) && readdirSync(target).length > 0)
        throw new CliError(
          'usage',
          `'${dir}' is not empty; init starts a new season in a new or empty folder`,
        );
      const answers = await complete(opts, ctx, (name) => command.getOptionValueSource(name) === 'default');
      const files = newSeasonFiles(answers);
      const loaded = loadSeasonFromFiles(files.map((f) => ({ path: join(dir, f.path), text: f.text })));
      const errors = loaded.issues.filter((i) => i.severity !== 'warning');
      if (errors.length)
        throw new CliError(
          'invalid_input',
          `the new season would not be valid; nothing was written`,
          errors.map(formatIssue),
        );
      for (const f of files) {
        mkdirSync(dirname(join(target, f.path)), { recursive: true });
        writeFileSync(join(target, f.path), f.text);
      }
      ctx.output.out(
        `started ${loaded.doc!.season.id} in ${dir}: ${answers.clubs.length} clubs, ${answers.format}`,
      );
      ctx.output.out(`  next: npx torneo validate ${dir} && npx torneo load ${dir}`);
    });
}

/** Fills in what the flags leave out by asking, when someone is at a terminal; otherwise says what is missing. */
async function complete(
  opts: InitOptions,
  ctx: CommandContext,
  isDefault: (name: string) => boolean,
): Promise<NewSeason> {
  const interactive = ctx.output.tty && process.stdin.isTTY === true;
  const missing = [!opts.name && '--name', !opts.clubs && '--clubs'].filter(Boolean);
  if (missing.length && !interactive)
    throw new CliError('usage', `init needs ${missing.join(' and ')} (there is no terminal to ask on)`);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  const ask = async (question: string, fallback?: string) =>
    ((await rl!.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback) ?? '';
  try {
    const name = opts.name ?? (await ask('Season name'));
    const country =
      opts.country ??
      (rl ? (await ask('Country code (PER, URU, …; empty to skip)')) || undefined : undefined);
    const clubs = (opts.clubs ?? (await ask('Clubs, comma-separated')))
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const format = rl && isDefault('format') ? await ask('Format: league or groups', 'league') : opts.format!;
    const groups =
      format === 'groups' && rl && isDefault('groups')
        ? await ask('How many groups', opts.groups)
        : opts.groups!;
    return validated({
      name,
      country,
      clubs,
      format,
      groups,
      rounds: opts.rounds!,
      id: opts.id,
      competition: opts.competition,
    });
  } finally {
    rl?.close();
  }
}

function validated(a: {
  name: string;
  country?: string;
  clubs: string[];
  format: string;
  groups: string;
  rounds: string;
  id?: string;
  competition?: string;
}): NewSeason {
  if (!a.name) throw new CliError('usage', 'the season needs a name');
  if (a.clubs.length < 2)
    throw new CliError('usage', `a season needs at least two clubs (got ${a.clubs.length})`);
  if (!(FORMATS as readonly string[]).includes(a.format))
    throw new CliError('usage', `--format '${a.format}' is not one of: ${FORMATS.join(', ')}`);
  const groups = Number(a.groups);
  const rounds = Number(a.rounds);
  const sameId = firstSameId(a.clubs);
  if (sameId)
    throw new CliError(
      'usage',
      `'${sameId[0]}' and '${sameId[1]}' would both get the id '${slugOf(sameId[0])}'; give each club a name of its own, e.g. with its town`,
    );
  if (
    a.format === 'groups' &&
    (!Number.isInteger(groups) || groups < 1 || groups > Math.floor(a.clubs.length / 2))
  )
    throw new CliError(
      'usage',
      `--groups ${a.groups}: between 1 and ${Math.floor(a.clubs.length / 2)} groups for ${a.clubs.length} clubs`,
    );
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new CliError('usage', `--rounds ${a.rounds} is not a number of round-robin cycles`);
  return {
    name: a.name,
    clubs: a.clubs,
    format: a.format as NewSeason['format'],
    ...(a.format === 'groups' ? { groups } : {}),
    rounds,
    ...(a.country ? { country: a.country.toUpperCase() } : {}),
    ...(a.id ? { id: a.id } : {}),
    ...(a.competition ? { competition: a.competition } : {}),
  };
}

/** Two club names that make the same id ('Vida' and 'VIDA'), which a season cannot tell apart. */
function firstSameId(clubs: readonly string[]): [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const name of clubs) {
    const id = slugOf(name) || 'club';
    const earlier = seen.get(id);
    if (earlier !== undefined) return [earlier, name];
    seen.set(id, name);
  }
  return undefined;
}
