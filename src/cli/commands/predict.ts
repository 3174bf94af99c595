import type { Command } from 'commander';
import type { SeasonEngine } from '../../core/engine/index.ts';
import type { Match } from '../../core/model/index.ts';
import { seasonMatches } from '../../core/season/to-matches.ts';
import { suggest } from '../../core/names/suggest.ts';
import { playedAsOf, predictFixtures, toPlayAsOf, type FixtureForecast } from '../../core/predict/index.ts';
import { textTable } from '../../render/text-table.ts';
import { fixtureForecastJson, mostLikelyScore } from '../../views/forecast-view.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { printJson } from '../output.ts';
import { readResultsFile, readResultsLines } from '../results-file.ts';
import { modelFlags, type ModelFlags } from '../model-flags.ts';

interface PredictFlags extends ModelFlags {
  asOf?: string;
  json?: boolean;
  db?: string;
  results?: string;
  fixtures?: string;
}

export function registerPredict(program: Command, ctx: CommandContext): void {
  program
    .command('predict')
    .description(
      'home/draw/away probabilities and expected goals of the fixtures to come, from a Dixon–Coles model fitted on the results so far',
    )
    .argument('[season]', 'a season file or folder, or a season id in the database')
    .argument('[target]', 'competition[/stage]')
    .option(
      '--as-of <date>',
      'forecast as on the evening of this day (YYYY-MM-DD): later results are still to come',
    )
    .option('--results <file.csv>', 'ad hoc: the results played (any file table --results reads)')
    .option(
      '--fixtures <file.csv>',
      'ad hoc: the matches to forecast (date,home,away; goal columns may be left out)',
    )
    .option('--xi <per-day>', 'time decay ξ per day (default 0.0018)')
    .option('--prior-sd <sd>', 'prior spread of strengths around the league mean (default 0.35)')
    .option('--json', 'print {"matches":[{"date","home","away","probabilities":{…},"expectedGoals":{…}}]}')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (season: string | undefined, target: string | undefined, flags: PredictFlags) => {
      const fit = modelFlags(flags);
      let forecasts: FixtureForecast[];
      let name: (id: string) => string = (id) => id;
      if (flags.results || flags.fixtures) {
        if (!flags.results || !flags.fixtures)
          throw new CliError(
            'usage',
            'ad hoc predictions need both --results PLAYED and --fixtures UPCOMING',
          );
        const played = readResultsFile(ctx, flags.results);
        const upcoming = readFixtures(ctx, flags.fixtures, played);
        forecasts = predictFixtures(played, upcoming, fit).forecasts;
      } else {
        if (!season || !target)
          throw new CliError(
            'usage',
            'usage: torneo predict <season> <competition>[/<stage>] (or torneo predict --results PLAYED --fixtures UPCOMING)',
          );
        const engine = await openEngine(season, ctx, flags);
        const asOf = engine.options.asOf;
        const upcoming = engineCall(() => upcomingMatches(engine, target));
        // The engine's matches are those known by its day already (undated ones of stages then over).
        const played = engine.matches.filter((m) => playedAsOf(m));
        forecasts = predictFixtures(played, upcoming, { ...fit, ...(asOf ? { asOf } : {}) }).forecasts;
        name = (id) => engine.teamName(id);
      }
      if (flags.json) return printJson(ctx.output, { matches: forecasts.map(fixtureForecastJson) });
      if (forecasts.length === 0) return ctx.output.out('Nothing left to play: every match has a result.');
      ctx.output.out(forecastText(forecasts, name));
    });
}

/** The fixtures file's matches; a team that appears in no result is refused, with its line. */
export function readFixtures(ctx: CommandContext, file: string, played: readonly Match[]): Match[] {
  const rows = readResultsLines(ctx, file, { fixtures: true });
  const known = [...new Set(played.flatMap((m) => [m.home, m.away]))];
  const unknown = rows.flatMap(({ match, line }) =>
    [match.home, match.away]
      .filter((t) => !known.includes(t))
      .map((t) => {
        const hint = suggest(t, known);
        return `${file}:${line}: error: team '${t}' has no result in the results file${hint ? ` — did you mean '${hint}'?` : ''}`;
      }),
  );
  if (unknown.length)
    throw new CliError('invalid_input', `${file}: ${unknown.length} unknown team(s)`, unknown);
  return rows.map((r) => r.match);
}

/**
 * The matches of a competition (or one stage) still to play as of the engine's day: the season's
 * fixtures after that day — a knockout match only once both its sides were known that day (before,
 * forecasting it would name who went through).
 */
function upcomingMatches(engine: SeasonEngine, target: string): Match[] {
  const [comp, stage, ...rest] = target.split('/');
  if (!comp || rest.length) throw new CliError('usage', `'${target}' is not competition[/stage]`);
  const c = engine.competition(comp);
  const stages = stage ? [engine.stageOf(comp, stage).id] : c.stages.map((s) => s.id);
  const asOf = engine.options.asOf;
  const fixtures = asOf === undefined ? engine.matches : seasonMatches(engine.whole.doc);
  return fixtures.filter(
    (m) =>
      m.competition === comp &&
      stages.includes(m.stage ?? '') &&
      toPlayAsOf(m, asOf) &&
      (asOf === undefined || sidesKnown(engine, comp, m)),
  );
}

function sidesKnown(engine: SeasonEngine, comp: string, m: Match): boolean {
  if (engine.stageOf(comp, m.stage).format !== 'knockout') return true;
  return engine.rounds(comp, m.stage!).some((r) =>
    r.ties.some((t) => {
      const sides = t.slots
        ? t.slots.filter((q) => q.certainty === 'derived' || q.certainty === 'recorded').map((q) => q.team)
        : t.matches.flatMap((x) => [x.home, x.away]);
      return sides.includes(m.home) && sides.includes(m.away);
    }),
  );
}

function forecastText(forecasts: readonly FixtureForecast[], name: (id: string) => string): string {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const right = (header: string) => ({ header, align: 'right' as const });
  return textTable(
    [
      { header: 'date' },
      { header: 'home' },
      { header: 'away' },
      right('1'),
      right('X'),
      right('2'),
      right('xG'),
      right('likeliest'),
    ],
    forecasts.map(({ match, forecast }) => [
      match.date ?? '',
      name(match.home),
      `${name(match.away)}${match.neutral ? ' (n)' : ''}`,
      pct(forecast.probabilities.home),
      pct(forecast.probabilities.draw),
      pct(forecast.probabilities.away),
      `${forecast.expectedGoals.home.toFixed(2)}–${forecast.expectedGoals.away.toFixed(2)}`,
      mostLikelyScore(forecast.scores).replace('-', '–'),
    ]),
  );
}
