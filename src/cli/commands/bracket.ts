import type { Command } from 'commander';
import { createSeasonEngine, type SeasonEngine } from '../../core/engine/index.ts';
import { TIE_RULE_PRESET_IDS } from '../../core/knockout/tie-rule-presets.ts';
import { suggest } from '../../core/names/suggest.ts';
import { indexSeason } from '../../core/season/season.ts';
import { LANGUAGES, type Lang } from '../../i18n/language.ts';
import { bracketText } from '../../i18n/bracket-text.ts';
import { drawBrackets } from '../../render/bracket-drawing.ts';
import { seasonFromResults } from '../../season/from-import/season-from-results.ts';
import { bracketView } from '../../views/bracket-view.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { dateFlag } from '../date-flag.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { printJson } from '../output.ts';
import { readResultsSource } from '../results-file.ts';
import { readRules } from './table-ad-hoc.ts';

interface BracketFlags {
  readonly asOf?: string;
  readonly db?: string;
  readonly json?: boolean;
  readonly lang: string;
  readonly results?: string;
  readonly rules?: string;
  readonly tie?: string;
  readonly skipBad?: boolean;
}

export function registerBracket(program: Command, ctx: CommandContext): void {
  program
    .command('bracket')
    .description(
      'every knockout of a competition or stage: each round, tie and leg, where each side comes from, aggregate, away goals, extra time, penalties, replays, walkovers and exclusions with their reason — or of a results file with --results',
    )
    .argument(
      '[season]',
      'a season file or folder, or a season id in the database (with --results: the target)',
    )
    .argument(
      '[target]',
      'competition[/stage] (with --results: optional when the file holds one competition)',
    )
    .option('--as-of <date>', 'the bracket at the end of this day (YYYY-MM-DD)')
    .option('--lang <lang>', `language of the text: ${LANGUAGES.join(', ')}`, 'en')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option(
      '--results <file>',
      'ad hoc: a file of results in any format import reads (results CSV with round and leg columns, Football.TXT, football.json, …), no season needed',
    )
    .option('--rules <file>', 'with --results: a rules file whose tie: decides the knockout ties')
    .option(
      '--tie <preset>',
      `with --results: the tie rules of every round (${TIE_RULE_PRESET_IDS.join(', ')})`,
    )
    .option('--skip-bad', 'with --results: leave out refused lines (listed on stderr) instead of stopping')
    .option('--json', 'print as JSON')
    .action(async (arg: string | undefined, target: string | undefined, flags: BracketFlags) => {
      if (!(LANGUAGES as readonly string[]).includes(flags.lang))
        throw new CliError('usage', `--lang must be one of ${LANGUAGES.join(', ')}, got '${flags.lang}'`);
      let engine: SeasonEngine;
      let comp: string;
      let stage: string | undefined;
      if (flags.results) {
        if (target !== undefined)
          throw new CliError('usage', 'with --results give at most one argument: competition[/stage]');
        ({ engine, comp, stage } = resultsEngine(ctx, flags.results, arg, flags));
      } else {
        if (flags.rules || flags.tie || flags.skipBad)
          throw new CliError('usage', '--rules, --tie and --skip-bad go with --results');
        if (!arg || !target)
          throw new CliError(
            'usage',
            'usage: torneo bracket <season> <competition>[/<stage>] (or torneo bracket --results FILE)',
          );
        [comp, stage] = splitTarget(target);
        engine = await openEngine(arg, ctx, flags);
      }
      const view = engineCall(() => bracketView(engine, comp, stage));
      const shown = target ?? arg ?? flags.results ?? comp;
      if (view.stages.length === 0)
        throw new CliError(
          'not_found',
          `'${shown}' has no knockout: no knockout stage, no group played as a knockout, no play-off`,
        );
      if (flags.json) return printJson(ctx.output, view);
      ctx.output.out(drawBrackets(bracketText(engine.index, flags.lang as Lang), view.stages));
    });
}

function splitTarget(target: string): [string, string | undefined] {
  const [comp, stage, ...rest] = target.split('/');
  if (!comp || rest.length) throw new CliError('usage', `'${target}' is not competition[/stage]`);
  return [comp, stage];
}

/**
 * `bracket --results FILE`: the file read as `import` reads it (readResultsSource), made into a
 * season in memory (seasonFromResults) and run through the engine, so the bracket is the one
 * `import` followed by `bracket` would draw.
 */
function resultsEngine(
  ctx: CommandContext,
  file: string,
  target: string | undefined,
  flags: BracketFlags,
): { engine: SeasonEngine; comp: string; stage: string | undefined } {
  if (flags.rules && flags.tie)
    throw new CliError(
      'usage',
      'give --rules or --tie, not both (a rules file may name a tie preset itself)',
    );
  if (flags.tie && !(TIE_RULE_PRESET_IDS as readonly string[]).includes(flags.tie)) {
    const hint = suggest(flags.tie, TIE_RULE_PRESET_IDS);
    throw new CliError(
      'usage',
      `unknown tie preset '${flags.tie}'${hint ? ` — did you mean '${hint}'?` : ''}; known: ${TIE_RULE_PRESET_IDS.join(', ')}`,
    );
  }
  const asOf = flags.asOf !== undefined ? dateFlag('--as-of', flags.asOf) : undefined;
  const read = readResultsSource(ctx, file, flags.skipBad === true);
  const tie = flags.tie ? { preset: flags.tie } : flags.rules ? readRules(ctx, flags.rules).tie : undefined;
  const built = seasonFromResults(read, { name: file, ...(tie && { tie }) });
  if (!built.doc)
    throw new CliError('invalid_input', `${file}: not a season the engine can run`, [...built.problems]);
  const comps = built.doc.competitions.map((c) => c.id);
  let comp: string;
  let stage: string | undefined;
  if (target !== undefined) [comp, stage] = splitTarget(target);
  else {
    // Only knockouts have a bracket: a file of a league and its cup names the one it means.
    const withKnockout = built.doc.competitions.filter((c) => c.stages.some((s) => s.format !== 'league'));
    const only =
      withKnockout.length === 1
        ? withKnockout[0]
        : comps.length === 1
          ? built.doc.competitions[0]
          : undefined;
    if (!only)
      throw new CliError(
        'usage',
        `${file} holds ${comps.length} competitions; name one: ${comps.slice(0, 10).join(', ')}${comps.length > 10 ? ', …' : ''}`,
      );
    comp = only.id;
  }
  const engine = createSeasonEngine(indexSeason(built.doc), asOf ? { asOf } : {});
  return { engine, comp, stage };
}
