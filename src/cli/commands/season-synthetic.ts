import type { Command } from 'commander';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  COPA_PERU_SIZE_LIMITS,
  copaPeruSeason,
  playSeason,
  syntheticCopaPeru,
  type CopaPeruSize,
} from '../../core/pyramid/index.ts';
import { formatIssue, loadSeasonFromFiles } from '../../season/load-season.ts';
import { seasonFolder } from '../../season/season-folder.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';

interface SyntheticFlags {
  to: string;
  seed?: string;
  regions: string;
  provinces: string;
  districts: string;
  clubs: string;
  year: string;
  play?: boolean;
  json?: boolean;
}

const wholeNumber = (flag: string, text: string, min: number, max: number): number => {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new CliError('usage', `${flag} expects a whole number from ${min} to ${max}, got '${text}'`);
  return Number(text);
};

function sizeOf(flags: SyntheticFlags): CopaPeruSize {
  const regions = Number(flags.regions);
  if (!(COPA_PERU_SIZE_LIMITS.regions as readonly number[]).includes(regions))
    throw new CliError('usage', `--regions expects 2, 4 or 8, got '${flags.regions}'`);
  const { provinces, districts, clubs } = COPA_PERU_SIZE_LIMITS;
  return {
    regions: regions as CopaPeruSize['regions'],
    provinces: wholeNumber('--provinces', flags.provinces, provinces.min, provinces.max),
    districts: wholeNumber('--districts', flags.districts, districts.min, districts.max),
    clubs: wholeNumber('--clubs', flags.clubs, clubs.min, clubs.max),
  };
}

/** `torneo season synthetic`: a Copa Perú-shaped season folder, invented from a seed, played out on request. */
export function registerSeasonSynthetic(season: Command, ctx: CommandContext): void {
  season
    .command('synthetic')
    .description(
      'write a synthetic Copa Perú season folder (district leagues → provinces → departments → regions → national stage → promotion) from a seed: invented clubs in the real departments and regions, every later stage filled by the rules from the one before; --play also records every match, played by the seeded result model, so the engine derives the whole pyramid from the district results',
    )
    .requiredOption('--to <dir>', 'the folder to write; it must not exist or be empty')
    .option('--seed <n>', 'the seed (a fresh one is chosen and printed when absent)')
    .option('--regions <n>', 'regions taking part: 8 (all), 4 (I–IV) or 2 (III and IV)', '8')
    .option('--provinces <n>', 'provinces per department (1–4)', '2')
    .option('--districts <n>', 'district leagues per province (1–4)', '2')
    .option('--clubs <n>', 'clubs per district league (2–16)', '6')
    .option('--year <yyyy>', 'the year it is played in (dates only)', '2014')
    .option('--play', 'play every match, district leagues to the national final')
    .option('--json', 'print what was written as JSON')
    .action((flags: SyntheticFlags) => {
      const dir = resolve(ctx.cwd, flags.to);
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new CliError(
          'usage',
          `'${flags.to}' is not empty; season synthetic writes into a new or empty folder`,
        );
      if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
        throw new CliError('usage', `--seed expects a whole number, got '${flags.seed}'`);
      const size = sizeOf(flags);
      const year = wholeNumber('--year', flags.year, 1900, 9999);
      // The seed is the only randomness, chosen here at the edge and printed so anyone can make the season again.
      const seed = flags.seed !== undefined ? Number(flags.seed) : randomInt(1, 2 ** 31 - 1);

      const structure = syntheticCopaPeru(seed, size);
      const definition = copaPeruSeason(structure, seed, year);
      const played = flags.play ? playSeason(definition, seed) : { matches: [], lots: [] };
      const files = seasonFolder({ ...definition, matches: played.matches, lots: played.lots });
      const loaded = loadSeasonFromFiles(files.map((f) => ({ path: join(flags.to, f.path), text: f.text })));
      const errors = loaded.issues.filter((i) => i.severity !== 'warning');
      if (errors.length)
        throw new CliError(
          'internal',
          'the synthetic season would not be valid; nothing was written',
          errors.map(formatIssue),
        );
      for (const f of files) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.text);
      }

      const provinces = structure.departments.flatMap((d) => d.provinces);
      const counts = {
        regions: structure.regions.length,
        departments: structure.departments.length,
        provinces: provinces.length,
        districts: provinces.reduce((n, p) => n + p.districts.length, 0),
        clubs: definition.clubs?.length ?? 0,
        matches: played.matches.length,
        lots: played.lots.length,
      };
      const id = definition.season.id;
      if (flags.json)
        return printJson(ctx.output, {
          season: id,
          to: flags.to,
          seed,
          size,
          year,
          played: !!flags.play,
          counts,
          files: files.length,
        });
      ctx.output.out(
        `wrote ${id} to ${flags.to} (seed ${seed}): ${counts.clubs} clubs in ${counts.districts} district leagues, ${counts.provinces} provinces, ${counts.departments} departments, ${counts.regions} regions`,
      );
      if (flags.play)
        ctx.output.out(
          `  played ${counts.matches} matches${counts.lots ? ` and ${counts.lots} drawings of lots` : ''}, district leagues to the national final`,
        );
      ctx.output.out(`  next: npx torneo validate ${flags.to} && npx torneo summary ${flags.to}`);
      if (flags.play) ctx.output.out(`        npx torneo bracket ${flags.to} copa-peru/national`);
    });
}
