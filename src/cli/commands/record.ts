import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { recordResult, type RecordOptions } from '../record-result.ts';
import { resultOptions } from '../result-options.ts';

export function registerRecord(program: Command, ctx: CommandContext): void {
  resultOptions(
    program
      .command('record')
      .description(
        'record the result of a scheduled match in the database, validated like a YAML fact, as the next version of the match',
      )
      .argument('<season>', 'a season id in the database (or the season folder it was loaded from)')
      .argument(
        '<match>',
        'a match id or a short form: alianza-lima-v-universidad-san-martin, ALI-USM, ALI-USM@2014-05-21',
      )
      .argument('<score>', 'the score after 90 minutes, like 2-1')
      .option('--reason <text>', 'why, kept with the version'),
  ).action((season: string, match: string, score: string, opts: RecordOptions) =>
    recordResult(ctx, 'record', season, match, score, opts),
  );
}
