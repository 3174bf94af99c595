import type { Command } from 'commander';
import { backtest, DEFAULT_XI, type BacktestResult, type ForecastScore } from '../../core/predict/index.ts';
import { textTable } from '../../render/text-table.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { modelFlags, type ModelFlags } from '../model-flags.ts';
import { printJson } from '../output.ts';
import { progressBar } from '../progress.ts';
import { readResultsFile } from '../results-file.ts';

interface BacktestFlags extends ModelFlags {
  results?: string;
  previous?: string;
  minMatches: string;
  json?: boolean;
  csv?: boolean;
}

export function registerBacktest(program: Command, ctx: CommandContext): void {
  program
    .command('backtest')
    .description(
      'walk forward through a season: forecast each match date from the matches before it, and score the forecasts against two baselines',
    )
    .requiredOption('--results <file.csv>', 'the season (any file table --results reads)')
    .option('--previous <file.csv>', 'the previous season, fitted together with the season so far')
    .option(
      '--min-matches <n>',
      'forecast a date once this many of the season’s matches came before it',
      '100',
    )
    .option('--xi <per-day>', `time decay ξ per day (default ${DEFAULT_XI})`)
    .option('--prior-sd <sd>', 'prior spread of strengths around the league mean (default 0.35)')
    .option('--json', 'print {"predictions","model":{"rps","logLoss","brier"},"baselines":{…}}')
    .option('--csv', 'print every forecast: date,home,away,p_home,p_draw,p_away')
    .action((flags: BacktestFlags) => {
      if (flags.json && flags.csv) throw new CliError('usage', 'choose --json or --csv, not both');
      if (!/^\d{1,7}$/.test(flags.minMatches))
        throw new CliError(
          'usage',
          `--min-matches expects a whole number of 0 or more, got '${flags.minMatches}'`,
        );
      const fit = modelFlags(flags);
      const season = readResultsFile(ctx, flags.results!);
      const previous = flags.previous ? readResultsFile(ctx, flags.previous) : undefined;
      const bar = progressBar(ctx, 'Fitting');
      const result = backtest(season, {
        ...fit,
        minMatches: Number(flags.minMatches),
        ...(previous ? { previous } : {}),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      if (flags.csv) return ctx.output.out(backtestCsv(result));
      if (flags.json) return printJson(ctx.output, backtestJson(result, Number(flags.minMatches)));
      if (result.predictions.length === 0)
        return ctx.output.out(
          `No match date has ${flags.minMatches} earlier matches of the season: nothing to forecast (see --min-matches).`,
        );
      ctx.output.out(backtestText(result));
    });
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const scoreJson = (s: ForecastScore) => ({
  rps: round(s.rps),
  logLoss: round(s.logLoss),
  brier: round(s.brier),
});

function backtestJson(result: BacktestResult, minMatches: number) {
  return {
    predictions: result.predictions.length,
    minMatches,
    fits: result.fits,
    model: scoreJson(result.model),
    baselines: {
      frequencies: scoreJson(result.frequencies),
      equalStrengths: scoreJson(result.equalStrengths),
    },
  };
}

function backtestCsv(result: BacktestResult): string {
  const p = (x: number) => x.toFixed(6);
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [
    'date,home,away,p_home,p_draw,p_away',
    ...result.predictions.map((r) =>
      [r.date, quote(r.home), quote(r.away), p(r.model.home), p(r.model.draw), p(r.model.away)].join(','),
    ),
  ].join('\n');
}

function backtestText(result: BacktestResult): string {
  const f = (x: number) => x.toFixed(4);
  const row = (name: string, s: ForecastScore) => [name, f(s.rps), f(s.logLoss), f(s.brier)];
  return [
    `${result.predictions.length} forecasts on ${result.fits} match dates`,
    '',
    textTable(
      [
        { header: 'forecast' },
        { header: 'RPS', align: 'right' },
        { header: 'log loss', align: 'right' },
        { header: 'Brier', align: 'right' },
      ],
      [
        row('Dixon–Coles', result.model),
        row('season frequencies so far', result.frequencies),
        row('equal strengths', result.equalStrengths),
      ],
    ),
    '',
    'Lower is better for all three.',
  ].join('\n');
}
