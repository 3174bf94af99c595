import type { Command } from 'commander';
import { isOutcomeOnly, isPartial, type GroupTable, type SeasonEngine } from '../../core/engine/index.ts';
import { recordedText } from '../../i18n/recorded-text.ts';
import { recordedOutcomeView } from '../../views/recorded-outcome-view.ts';
import { partialWarnings } from '../../i18n/partial-text.ts';
import { translator } from '../../i18n/translate.ts';
import { standingsText } from '../../render/standings-text.ts';
import { tablesCsv } from '../../render/tables-csv.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { printJson } from '../output.ts';
import { adHocTable } from './table-ad-hoc.ts';

interface TableFlags {
  asOf?: string;
  home?: boolean;
  away?: boolean;
  json?: boolean;
  csv?: boolean;
  db?: string;
  seed?: string;
  results?: string;
  rules?: string;
  preset?: string;
  skipBad?: boolean;
}

export function registerTable(program: Command, ctx: CommandContext): void {
  program
    .command('table')
    .description('print the table(s) of a competition, stage or group — or of a results file with --results')
    .argument('[season]', 'a season file or folder, or a season id in the database')
    .argument('[target]', 'competition[/stage[/group]]')
    .option('--as-of <date>', 'the table at the end of this day (YYYY-MM-DD)')
    .option('--home', 'home matches only')
    .option('--away', 'away matches only')
    .option('--json', 'print JSON: {"rows":[…]}')
    .option(
      '--csv',
      'print CSV: competition,stage,group,position,team,team_id,played,won,drawn,lost,goals_for,goals_against,goal_difference,points,adjustment',
    )
    .option('--seed <n>', 'seed for a drawing of lots nobody recorded')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option(
      '--results <file>',
      'ad hoc: a file of results in any format import reads (results CSV, Football.TXT, football.json, football-data CSV, engsoccerdata), no season needed',
    )
    .option('--skip-bad', 'ad hoc: count the good lines when some are refused (refused lines are listed)')
    .option('--rules <file.yaml>', 'ad hoc: points, tie-breakers, head-to-head mode, adjustments, decisions')
    .option(
      '--preset <name>',
      'ad hoc: a known regulation (premier-league, la-liga, uefa-group, adfp-2014, …)',
    )
    .action(async (season: string | undefined, target: string | undefined, flags: TableFlags) => {
      if (flags.home && flags.away) throw new CliError('usage', 'choose --home or --away, not both');
      const side = flags.home ? 'home' : flags.away ? 'away' : 'all';
      if (flags.results) return adHocTable(ctx, flags.results, { ...flags, side });
      if (!season || !target)
        throw new CliError(
          'usage',
          'usage: torneo table <season> <competition>[/<stage>[/<group>]] (or torneo table --results FILE)',
        );
      const engine = await openEngine(season, ctx, flags);
      const tables = engineCall(() => tablesFor(engine, target, side));
      if (flags.json && flags.csv) throw new CliError('usage', 'choose --json or --csv, not both');
      if (flags.csv) return ctx.output.out(tablesCsv(tables, (id) => engine.teamName(id)));
      if (flags.json)
        return printJson(
          ctx.output,
          tables.length === 1
            ? tableJson(tables[0]!, engine)
            : {
                tables: tables.map((t) => ({
                  competition: t.competition,
                  stage: t.stage,
                  group: t.group ?? null,
                  name: t.name,
                  ...tableJson(t, engine),
                })),
              },
        );
      const english = translator('en');
      // A stage whose groups nobody recorded (the Copa Perú's district leagues) says so, not nothing.
      if (tables.length === 0) {
        const [comp = '', stage] = target.split('/');
        const name = stage ? engine.stageOf(comp, stage).name : engine.competition(comp).name;
        return ctx.output.out(english('recorded.stageNothing', { name }));
      }
      ctx.output.out(
        tables
          .map((t) =>
            standingsText(t, (id) => engine.teamName(id), {
              ...flags,
              recorded: recordedOf(engine, t).map((o) => recordedText(english, o)),
            }),
          )
          .join('\n\n'),
      );
      const asOf = engine.options.asOf;
      if (asOf !== undefined) ctx.output.out(`\n${asOfLine(engine, tables, asOf)}`);
    });
}

/** What a table as of a day counts: results dated by then, and undated ones of stages over by then. */
function asOfLine(engine: SeasonEngine, tables: readonly GroupTable[], asOf: string): string {
  const undated = new Set<string>();
  for (const t of tables)
    for (const m of engine.stageMatches(t.competition, t.stage))
      if (m.date === undefined && m.result && (t.group === undefined || m.group === t.group))
        undated.add(m.id);
  return `As of ${asOf}: results up to that day${
    undated.size
      ? `, and ${undated.size} result(s) whose date is unknown (counted because their stage was over by then)`
      : ''
  }. A fact without a date counts from its stage's end.`;
}

function tablesFor(engine: SeasonEngine, target: string, side: 'all' | 'home' | 'away'): GroupTable[] {
  const [comp, stage, group, ...rest] = target.split('/');
  if (!comp || rest.length) throw new CliError('usage', `'${target}' is not competition[/stage[/group]]`);
  const c = engine.competition(comp);
  const stages = stage ? [engine.stageOf(comp, stage)] : c.stages.filter((s) => s.format !== 'knockout');
  if (stages.length === 0) throw new CliError('not_found', `competition '${comp}' has no table stages`);
  return stages.flatMap((s) => {
    if (s.format === 'knockout')
      throw new CliError('usage', `'${comp}/${s.id}' is a knockout stage; try torneo summary or the bracket`);
    if (group) {
      if (s.format !== 'groups' || !engine.groupIds(comp, s).includes(group))
        throw new CliError('not_found', `no group '${group}' in '${comp}/${s.id}'`);
      if (s.groups.find((g) => g.id === group)?.format === 'knockout')
        throw new CliError(
          'usage',
          `'${comp}/${s.id}/${group}' is played as a knockout; try torneo bracket ${comp}/${s.id}`,
        );
      return [engine.table(comp, s.id, group, side)];
    }
    return s.format === 'groups'
      ? engine.tableGroupIds(s).map((g) => engine.table(comp, s.id, g, side))
      : [engine.table(comp, s.id, undefined, side)];
  });
}

/** What sources recorded for a table, as of the engine's day. */
const recordedOf = (engine: SeasonEngine, t: GroupTable) =>
  engine.recordedOutcomes(t.competition, t.stage, t.group).map((o) => recordedOutcomeView(engine.index, o));

/** The JSON contract of `torneo table --json` (more fields welcome, none removed). */
/** A table as `--json` prints it; team names from the engine (or any namer), else the ids. */
export function tableJson(t: GroupTable, engine?: Pick<SeasonEngine, 'teamName'> | SeasonEngine) {
  const recorded = engine && 'recordedOutcomes' in engine ? recordedOf(engine, t) : [];
  return {
    rows: t.rows.map((r) => ({
      position: r.position,
      team: engine ? engine.teamName(r.team) : r.team,
      teamId: r.team,
      played: r.played,
      won: r.won,
      drawn: r.drawn,
      lost: r.lost,
      goalsFor: r.goalsFor,
      goalsAgainst: r.goalsAgainst,
      goalDifference: r.goalDifference,
      points: r.points,
      adjustment: r.adjustment,
      adjustmentNotes: r.adjustmentNotes,
      decidedBy: r.decidedBy,
      shared: r.sharedPosition ?? false,
      form: r.form.join(''),
      home: r.home,
      away: r.away,
    })),
    notes: t.notes,
    certainty: t.certainty,
    matchesPlayed: t.matchesPlayed,
    matchesExpected: t.matchesExpected ?? null,
    completeness: t.completeness,
    partial: isPartial(t.completeness),
    warnings: partialWarnings(translator('en'), t.completeness),
    recorded,
    recordedNotes: recorded.map((o) => recordedText(translator('en'), o)),
    outcomeOnly: isOutcomeOnly(t.completeness),
  };
}
