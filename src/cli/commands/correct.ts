import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { recordResult, type RecordOptions } from '../record-result.ts';
import { resultOptions } from '../result-options.ts';

export function registerCorrect(program: Command, ctx: CommandContext): void {
  resultOptions(
    program
      .command('correct')
      .description(
        'correct a recorded result: a new version that supersedes the current one, with who, when and why; the old versions stay in the history',
      )
      .argument('<season>', 'a season id in the database (or the season folder it was loaded from)')
      .argument(
        '<match>',
        'a match id or a short form: alianza-lima-v-universidad-san-martin, ALI-USM, ALI-USM@2014-05-21',
      )
      .argument('<score>', 'the corrected score after 90 minutes, like 2-1')
      .requiredOption('--reason <text>', 'why the result is corrected (required)'),
  ).action((season: string, match: string, score: string, opts: RecordOptions) =>
    recordResult(ctx, 'correct', season, match, score, opts),
  );
}
