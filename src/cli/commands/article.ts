import type { Command } from 'commander';
import { isoDate } from '../../core/model/index.ts';
import { suggest } from '../../core/names/suggest.ts';
import { ARTICLE_FORMATS, LANGS, renderArticle } from '../../render/article/index.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { openSeason } from '../season-arg.ts';

interface ArticleFlags {
  format: string;
  lang: string;
  asOf?: string;
  wikitables?: boolean;
  scorers?: string;
  db?: string;
}

export function registerArticle(program: Command, ctx: CommandContext): void {
  program
    .command('article')
    .description(
      'write the season article of a competition: infobox, modus, teams, personnel, managerial changes, tables, results, final, scorers',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<competition>', 'the competition id, e.g. torneo-del-inca')
    .option('--format <format>', `output format: ${ARTICLE_FORMATS.join(', ')}`, 'wikitext')
    .option('--lang <lang>', `language: ${LANGS.join(', ')}`, 'en')
    .option('--as-of <date>', 'the article as of the end of this day (YYYY-MM-DD)')
    .option('--wikitables', 'group tables as plain wikitables instead of the Sports table module')
    .option('--scorers <n>', 'how many scorers to list (everyone level with the last is kept)', '10')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (arg: string, competition: string, flags: ArticleFlags) => {
      const format = oneOf(flags.format, ARTICLE_FORMATS, '--format');
      const lang = oneOf(flags.lang, LANGS, '--lang');
      if (flags.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf))
        throw new CliError('usage', `--as-of expects a date written YYYY-MM-DD, got '${flags.asOf}'`);
      if (!/^\d+$/.test(flags.scorers ?? '10'))
        throw new CliError('usage', `--scorers expects a whole number, got '${flags.scorers}'`);
      const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
      if (!season.index.competitions.has(competition)) {
        const hint = suggest(competition, season.index.competitions.keys());
        throw new CliError(
          'not_found',
          `no competition '${competition}' in ${arg}${hint ? ` — did you mean '${hint}'?` : ''}`,
          [`competitions: ${[...season.index.competitions.keys()].join(', ')}`],
        );
      }
      ctx.output.out(
        renderArticle(season.index, competition, format, lang, {
          ...(flags.asOf ? { asOf: isoDate(flags.asOf) } : {}),
          tables: flags.wikitables ? 'wikitable' : 'sports-table',
          scorers: Number(flags.scorers ?? '10'),
        }),
      );
    });
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError('usage', `${flag} must be one of ${allowed.join(', ')}, got '${value}'`);
}
