import type { Command } from 'commander';
import { LANGUAGES, type Lang } from '../../i18n/language.ts';
import { bracketText } from '../../i18n/bracket-text.ts';
import { drawBrackets } from '../../render/bracket-drawing.ts';
import { bracketView } from '../../views/bracket-view.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { printJson } from '../output.ts';

interface BracketFlags {
  readonly asOf?: string;
  readonly db?: string;
  readonly json?: boolean;
  readonly lang: string;
}

export function registerBracket(program: Command, ctx: CommandContext): void {
  program
    .command('bracket')
    .description(
      'every knockout of a competition or stage: each round, tie and leg, where each side comes from, aggregate, away goals, extra time, penalties, replays, walkovers and exclusions with their reason',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<target>', 'competition[/stage]')
    .option('--as-of <date>', 'the bracket at the end of this day (YYYY-MM-DD)')
    .option('--lang <lang>', `language of the text: ${LANGUAGES.join(', ')}`, 'en')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option('--json', 'print as JSON')
    .action(async (arg: string, target: string, flags: BracketFlags) => {
      const [comp, stage, ...rest] = target.split('/');
      if (!comp || rest.length) throw new CliError('usage', `'${target}' is not competition[/stage]`);
      if (!(LANGUAGES as readonly string[]).includes(flags.lang))
        throw new CliError('usage', `--lang must be one of ${LANGUAGES.join(', ')}, got '${flags.lang}'`);
      const engine = await openEngine(arg, ctx, flags);
      const view = engineCall(() => bracketView(engine, comp, stage));
      if (view.stages.length === 0)
        throw new CliError(
          'not_found',
          `'${target}' has no knockout: no knockout stage, no group played as a knockout, no play-off`,
        );
      if (flags.json) return printJson(ctx.output, view);
      ctx.output.out(drawBrackets(bracketText(engine.index, flags.lang as Lang), view.stages));
    });
}
