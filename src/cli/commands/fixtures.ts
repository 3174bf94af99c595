import type { Command } from 'commander';
import { createSeasonEngine } from '../../core/engine/index.ts';
import type { CalendarSpec } from '../../core/fixtures/index.ts';
import { competitionId, type Match } from '../../core/model/index.ts';
import { shownPath } from '../../season/source-files.ts';
import type { JsonObject } from '../../storage/index.ts';
import { fixturesCsv } from '../../render/fixtures-csv.ts';
import { renderICal } from '../../render/ical.ts';
import { isTimeZone } from '../../render/ical-time-zone.ts';
import { textTable } from '../../render/text-table.ts';
import { CliError } from '../cli-error.ts';
import { dateFlag } from '../date-flag.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';
import { stageFixtures, type KnockoutCalendar } from '../stage-fixtures.ts';
import { writeFacts } from '../write-facts.ts';

interface FixtureFlags {
  write?: boolean;
  author?: string;
  seed?: string;
  json?: boolean;
  ical?: boolean;
  csv?: boolean;
  team?: string;
  start?: string;
  every?: string;
  kickoff?: string;
  db?: string;
}

export function registerFixtures(program: Command, ctx: CommandContext): void {
  program
    .command('fixtures')
    .description(
      'the matches still to play in a league, groups or knockout stage: round robins with minimum breaks and shared grounds never double-booked (reproducible from the seed), every leg, third match and replay of the knockout ties whose teams are known; --write records them',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<target>', 'competition[/stage]')
    .option('--seed <n>', 'the seed that decides which team takes which slot (printed)', '1')
    .option('--start <date>', 'date of the first round, or of a knockout round’s first leg (YYYY-MM-DD)')
    .option('--every <days>', 'days between rounds, or between the legs of a tie', '7')
    .option('--kickoff <HH:MM>', 'kick-off time of every match')
    .option('--team <id>', 'only this team’s matches (e.g. for --ical)')
    .option(
      '--json',
      'print {"seed","matches":[…]}: each match as the season format writes it (competition, stage, group, round, tie, leg, date, time, home, away, venue)',
    )
    .option('--ical', 'print an iCalendar file (RFC 5545), kick-off times in the season’s timezone')
    .option(
      '--csv',
      'print the fixture sheet as CSV: competition, stage, group, round, tie, leg, date, time, home, away, venue (names and ids), status',
    )
    .option(
      '--write',
      'record the matches as scheduled: in the season’s YAML, or in the database with --db or a season id',
    )
    .option('--author <name>', 'who schedules them (with --write)')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (arg: string, target: string, flags: FixtureFlags) => {
      if (!/^\d+$/.test(flags.seed ?? ''))
        throw new CliError('usage', `--seed expects a whole number, got '${flags.seed}'`);
      const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
      const [compId, stageId] = target.split('/');
      const comp = season.index.competitions.get(compId ?? '');
      if (!comp) throw new CliError('not_found', `no competition '${compId}' in ${arg}`);
      const stages = stageId
        ? comp.stages.filter((s) => s.id === stageId)
        : comp.stages.filter((s) => s.format !== 'aggregate');
      if (!stages.length) throw new CliError('not_found', `no stage '${stageId}' in '${compId}'`);
      if ([flags.json, flags.csv, flags.ical].filter(Boolean).length > 1)
        throw new CliError('usage', 'choose one of --json, --csv and --ical');
      const seed = Number(flags.seed);
      const engine = createSeasonEngine(season.index);
      const calendar = calendarOf(flags);
      const name = (id: string) => season.index.teams.get(id)?.name ?? id;
      const waiting: string[] = [];
      const matches = stages.flatMap((stage) => {
        const scheduled = stageFixtures(
          engine,
          comp,
          stage,
          seed,
          calendar,
          knockoutCalendarOf(flags),
          flags.write,
        );
        waiting.push(...scheduled.waiting.map((w) => `${comp.id}/${stage.id}/${w}`));
        return scheduled.matches;
      });
      const shown = flags.team
        ? matches.filter((m) => m.home === flags.team || m.away === flags.team)
        : matches;
      if (flags.team && !shown.length)
        throw new CliError(
          'not_found',
          `team '${flags.team}' plays no match still to schedule in '${target}'`,
        );
      const written =
        flags.write && shown.length
          ? await writeFacts(
              ctx,
              arg,
              season.doc.season.id,
              flags,
              'match',
              shown.map((m) => factOf(comp.id, m)),
            )
          : undefined;
      const venue = (id?: string) => (id ? (season.index.venues.get(id)?.name ?? id) : '');
      if (flags.ical) {
        const zone = season.doc.season.timezone;
        if (zone !== undefined && !isTimeZone(zone))
          throw new CliError(
            'invalid_input',
            `the season's timezone '${zone}' is not a time zone this system knows; write an IANA name such as America/Lima`,
          );
        const teamNames = Object.fromEntries([...season.index.teams.values()].map((t) => [t.id, t.name]));
        const venueNames = Object.fromEntries([...season.index.venues.values()].map((v) => [v.id, v.name]));
        return ctx.output.out(
          renderICal(shown, {
            dtstamp: ctx
              .now()
              .toISOString()
              .replace(/\.\d{3}Z$/, 'Z'),
            uidDomain: `${season.doc.season.id}.torneo`,
            calendarName: `${comp.name}${flags.team ? ` — ${name(flags.team)}` : ''}`,
            teamNames,
            venueNames,
            ...(zone ? { timeZone: { id: zone } } : {}),
          }),
        );
      }
      if (flags.csv)
        return ctx.output.out(
          fixturesCsv(
            shown.map((m) => ({ ...m, competition: m.competition ?? competitionId(comp.id) })),
            { team: name, venue: (id) => venue(id) },
          ),
        );
      if (flags.json)
        return printJson(ctx.output, {
          seed,
          matches: shown.map((m) => factOf(comp.id, m)),
          waiting,
          written: Boolean(written),
        });
      ctx.output.out(
        `${comp.name} — fixture list (seed ${seed}; run again with --seed ${seed} for the same list)`,
      );
      if (shown.length) {
        const rows = shown.map((m) => [
          m.stage ?? '',
          m.group ?? '',
          m.round ?? '',
          m.leg ? String(m.leg) : '',
          m.date ?? '',
          m.time ?? '',
          name(m.home),
          name(m.away),
          m.neutral && !m.venue ? '(neutral)' : venue(m.venue),
        ]);
        ctx.output.out(
          textTable(
            ['stage', 'group', 'round', 'leg', 'date', 'time', 'home', 'away', 'venue'].map((header, i) => ({
              header,
              align: i === 2 || i === 3 ? ('right' as const) : ('left' as const),
            })),
            rows,
          ),
        );
      } else ctx.output.out('nothing left to schedule: every match whose teams are known is recorded');
      for (const w of waiting) ctx.output.out(`not yet: ${w}`);
      if (written)
        ctx.output.out(`recorded ${shown.length} scheduled matches in ${shownPath(written, ctx.cwd)}`);
    });
}

/** A scheduled match as the season format writes it: what --json prints and --write records. */
function factOf(competition: string, m: Match): JsonObject {
  return {
    competition,
    stage: m.stage as string,
    ...(m.group ? { group: m.group } : {}),
    ...(m.round ? { round: m.round } : {}),
    ...(m.tie ? { tie: m.tie } : {}),
    ...(m.leg ? { leg: m.leg } : {}),
    ...(m.date ? { date: m.date } : {}),
    ...(m.time ? { time: m.time } : {}),
    home: m.home,
    away: m.away,
    ...(m.venue ? { venue: m.venue } : {}),
    ...(m.neutral ? { neutral: true } : {}),
  };
}

function calendarOf(flags: FixtureFlags): CalendarSpec | undefined {
  if (!flags.start) return undefined;
  const start = dateFlag('--start', flags.start);
  if (!/^\d+$/.test(flags.every ?? '') || Number(flags.every) < 1)
    throw new CliError('usage', `--every expects a number of days, got '${flags.every}'`);
  if (flags.kickoff && !/^\d{2}:\d{2}$/.test(flags.kickoff))
    throw new CliError('usage', `--kickoff expects a time written HH:MM, got '${flags.kickoff}'`);
  return {
    rounds: { kind: 'interval', start, everyDays: Number(flags.every) },
    ...(flags.kickoff ? { defaultKickOff: flags.kickoff } : {}),
  };
}

function knockoutCalendarOf(flags: FixtureFlags): KnockoutCalendar {
  return {
    ...(flags.start ? { start: dateFlag('--start', flags.start) } : {}),
    every: Number(flags.every),
    ...(flags.kickoff ? { kickoff: flags.kickoff } : {}),
  };
}
