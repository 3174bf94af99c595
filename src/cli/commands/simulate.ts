import type { Command } from 'commander';
import { isoDate, teamId, type Match } from '../../core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../core/predict/index.ts';
import {
  noChampion,
  seasonForecast,
  tableForecast,
  tableSimulationInput,
  type SeasonCounts,
  type SeasonTeamForecast,
  type TableCounts,
  type TeamForecast,
} from '../../core/simulate/index.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { textTable } from '../../render/text-table.ts';
import { teamForecastJson } from '../../views/forecast-view.ts';
import { runSimulation } from '../../simulation/run-simulation.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { dateFlag } from '../date-flag.ts';
import { modelFlags, type ModelFlags } from '../model-flags.ts';
import { printJson } from '../output.ts';
import { progressBar } from '../progress.ts';
import { readResultsFile } from '../results-file.ts';
import { simulationFlags, type SimulationFlags } from '../simulation-flags.ts';
import { readFixtures } from './predict.ts';
import { readRules, rulesOf } from './table-ad-hoc.ts';

interface SimulateFlags extends ModelFlags, SimulationFlags {
  asOf?: string;
  json?: boolean;
  db?: string;
  results?: string;
  fixtures?: string;
  preset?: string;
  rules?: string;
  promoted?: string;
  relegated?: string;
}

export function registerSimulate(program: Command, ctx: CommandContext): void {
  program
    .command('simulate')
    .description(
      'play everything left many times under the rules, and give each team the odds of every place',
    )
    .argument('[season]', 'a season file or folder, or a season id in the database')
    .argument('[competition]', 'only this competition')
    .option('--runs <n>', 'how many times to play the rest of the season', '10000')
    .option('--seed <n>', 'the seed the runs draw from (printed; the same seed gives the same answer)', '1')
    .option('--threads <n>', 'worker threads (default: the machine’s cores); never changes the answer')
    .option(
      '--as-of <date>',
      'as on the evening of this day: later results are played again as still to come',
    )
    .option('--results <file.csv>', 'ad hoc: the results (any file table --results reads)')
    .option('--fixtures <file.csv>', 'ad hoc: the matches still to play (date,home,away)')
    .option('--preset <name>', 'ad hoc: a known regulation (premier-league, la-liga, adfp-2014, …)')
    .option('--rules <file.yaml>', 'ad hoc: points, tie-breakers, head-to-head mode, adjustments, lots')
    .option('--promoted <n>', 'ad hoc: how many places at the top go up (or qualify)')
    .option('--relegated <n>', 'ad hoc: how many places at the bottom go down')
    .option('--xi <per-day>', 'time decay ξ per day of the strength model (default 0.0018)')
    .option('--prior-sd <sd>', 'prior spread of strengths around the league mean (default 0.35)')
    .option(
      '--json',
      'print {"runs","seed","asOf","teams":[{"team","positions","champion","relegated","promoted","links","expectedPoints"}]}',
    )
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (season: string | undefined, competition: string | undefined, flags: SimulateFlags) => {
      const { runs, seed, threads } = simulationFlags(flags);
      const run = { runs, seed, ...(threads ? { threads } : {}) };
      if (flags.results) {
        if (season) throw new CliError('usage', 'give a season or --results, not both');
        return adHocSimulation(ctx, flags, run);
      }
      if (!season)
        throw new CliError(
          'usage',
          'usage: torneo simulate <season> [<competition>] (or torneo simulate --results PLAYED --fixtures UPCOMING --preset NAME)',
        );
      await seasonSimulation(ctx, season, competition, flags, run);
    });
}

async function adHocSimulation(
  ctx: CommandContext,
  flags: SimulateFlags,
  run: { runs: number; seed: number; threads?: number },
): Promise<void> {
  if (flags.rules && flags.preset)
    throw new CliError('usage', 'give --rules or --preset, not both (a rules file may name a preset itself)');
  const asOf = flags.asOf !== undefined ? dateFlag('--as-of', flags.asOf) : undefined;
  const zones = {
    ...(flags.promoted !== undefined ? { promoted: places('--promoted', flags.promoted) } : {}),
    ...(flags.relegated !== undefined ? { relegated: places('--relegated', flags.relegated) } : {}),
  };
  const all = readResultsFile(ctx, flags.results!);
  let played: Match[];
  let upcoming: Match[];
  if (flags.fixtures) {
    played = all.filter((m) => playedAsOf(m, asOf));
    upcoming = readFixtures(ctx, flags.fixtures, all);
  } else {
    if (!asOf)
      throw new CliError(
        'usage',
        'give --fixtures UPCOMING, or --as-of DATE to play the results after DATE again',
      );
    played = all.filter((m) => playedAsOf(m, asOf));
    upcoming = all
      .filter(
        (m) =>
          !playedAsOf(m, asOf) && m.status !== 'void' && m.status !== 'cancelled' && m.status !== 'annulled',
      )
      .map((m): Match => ({
        id: m.id,
        home: m.home,
        away: m.away,
        status: 'scheduled',
        ...(m.date ? { date: m.date } : {}),
      }));
  }
  const doc = flags.rules ? readRules(ctx, flags.rules) : undefined;
  const rules = rulesOf(flags.preset, doc);
  const model = fitDixonColes(played, { ...modelFlags(flags), ...(asOf ? { asOf } : {}) });
  const { teams, input } = tableSimulationInput(
    {
      played,
      upcoming,
      rules,
      adjustments: (doc?.adjustments ?? []).map((a) => ({
        team: teamId(a.team),
        points: a.points,
        reason: a.reason,
        ...(a.date ? { effective: isoDate(a.date) } : {}),
      })),
      lots: doc?.lots ?? [],
    },
    model,
  );
  const bar = progressBar(ctx, 'Simulating');
  const counts = (await runSimulation(
    { kind: 'table', input, seed: run.seed },
    {
      runs: run.runs,
      ...(run.threads ? { threads: run.threads } : {}),
      onProgress: (d, t) => bar.update(d, t),
    },
  )) as TableCounts;
  bar.stop();
  const forecast = tableForecast(teams, counts, zones);
  if (flags.json)
    return printJson(ctx.output, {
      runs: counts.runs,
      seed: run.seed,
      asOf: asOf ?? null,
      remaining: upcoming.length,
      teams: forecast.map((f) => teamForecastJson(f, null, null)),
    });
  const head =
    upcoming.length === 0
      ? 'Nothing left to play: the table is final, so every probability is 0 or 1.'
      : `${upcoming.length} matches left, played ${counts.runs.toLocaleString('en')} times (seed ${run.seed}).`;
  ctx.output.out(`${head}\n\n${forecastText(forecast, zones)}`);
}

async function seasonSimulation(
  ctx: CommandContext,
  season: string,
  competition: string | undefined,
  flags: SimulateFlags,
  run: { runs: number; seed: number; threads?: number },
): Promise<void> {
  const engine = await openEngine(season, ctx, { ...flags, seed: undefined });
  if (competition) engineCall(() => engine.competition(competition));
  const asOf = engine.options.asOf;
  const played = engine.matches.filter((m) => playedAsOf(m, asOf));
  const remaining = engine.matches.filter(
    (m) => !playedAsOf(m, asOf) && m.status !== 'cancelled' && m.status !== 'void' && m.status !== 'annulled',
  );
  const model = fitDixonColes(played, { ...modelFlags(flags), ...(asOf ? { asOf } : {}) });
  const bar = progressBar(ctx, 'Simulating');
  const counts = (await runSimulation(
    // The whole season: the runs read it as of the day themselves, and take the fixtures still
    // to come (and each stage's end) from it.
    { kind: 'season', doc: engine.whole.doc, ...(asOf ? { asOf } : {}), model, seed: run.seed },
    {
      runs: run.runs,
      ...(run.threads ? { threads: run.threads } : {}),
      onProgress: (d, t) => bar.update(d, t),
    },
  )) as SeasonCounts;
  bar.stop();
  const competitions = engine.index.doc.competitions.map((c) => c.id);
  const rows = seasonForecast(counts, competitions).filter(
    (r) => !competition || r.competition === competition,
  );
  if (flags.json)
    return printJson(ctx.output, {
      runs: counts.runs,
      seed: run.seed,
      asOf: asOf ?? null,
      teams: rows.map((r) => ({ ...teamForecastJson(r, r.competition, r.stage, r.links) })),
      noChampion: Object.fromEntries(
        Object.entries(noChampion(counts, competitions)).filter(
          ([c]) => (!competition || c === competition) && rows.some((r) => r.competition === c),
        ),
      ),
    });
  const head =
    remaining.length === 0 && !asOf
      ? 'Nothing left to play: every result is known, so every probability is 0 or 1.'
      : `The rest of the season played ${counts.runs.toLocaleString('en')} times (seed ${run.seed})${asOf ? ` from ${asOf}` : ''}.`;
  const nobody = noChampion(counts, competitions);
  const sections = competitions
    .filter((c) => rows.some((r) => r.competition === c))
    .map((c) => {
      const table = seasonText(
        rows.filter((r) => r.competition === c),
        (id) => engine.teamName(id),
      );
      const none = nobody[c] ?? 0;
      const note =
        none > 0
          ? `\n\nNo champion named in ${pct(none)} of the runs: the rules name nobody there (a place whose condition failed with no heir written, or a tie they cannot decide).`
          : '';
      return `${engine.competition(c).name}\n\n${table}${note}`;
    });
  ctx.output.out([head, ...sections].join('\n\n'));
}

const pct = (x: number) =>
  x === 0 ? '–' : x === 1 ? '100%' : x < 0.001 ? '<0.1%' : x > 0.999 ? '>99.9%' : `${(x * 100).toFixed(1)}%`;

function seasonText(rows: readonly SeasonTeamForecast[], name: (id: string) => string): string {
  const linkIds = [...new Set(rows.flatMap((r) => Object.keys(r.links)))];
  const right = (header: string) => ({ header, align: 'right' as const });
  return textTable(
    [
      { header: 'team' },
      right('xPts'),
      right('champion'),
      right('relegated'),
      right('promoted'),
      ...linkIds.map(right),
    ],
    rows.map((r) => [
      name(r.team),
      r.positions.length ? r.expectedPoints.toFixed(1) : '',
      pct(r.champion),
      pct(r.relegated),
      pct(r.promoted),
      ...linkIds.map((id) => pct(r.links[id] ?? 0)),
    ]),
  );
}

function places(flag: string, text: string): number {
  if (!/^\d{1,3}$/.test(text))
    throw new CliError('usage', `${flag} expects a number of places, got '${text}'`);
  return Number(text);
}

function forecastText(
  forecast: readonly TeamForecast[],
  zones: { promoted?: number; relegated?: number },
): string {
  const right = (header: string) => ({ header, align: 'right' as const });
  const likeliest = (p: readonly number[]) => p.indexOf(Math.max(...p)) + 1;
  return textTable(
    [
      { header: 'team' },
      right('xPts'),
      right('1st'),
      ...(zones.promoted ? [right(`top ${zones.promoted}`)] : []),
      ...(zones.relegated ? [right(`bottom ${zones.relegated}`)] : []),
      right('likeliest place'),
    ],
    forecast.map((f) => [
      f.team,
      f.expectedPoints.toFixed(1),
      pct(f.champion),
      ...(zones.promoted ? [pct(f.promoted)] : []),
      ...(zones.relegated ? [pct(f.relegated)] : []),
      String(likeliest(f.positions)),
    ]),
  );
}
