import type { Command } from 'commander';
import { scheduleRoundRobin, type CalendarSpec, type FixtureError } from '../../core/fixtures/index.ts';
import { matchId, type Match } from '../../core/model/index.ts';
import { fixtureRequestFor } from '../../core/season/fixture-request.ts';
import { renderICal } from '../../render/ical.ts';
import { textTable } from '../../render/text-table.ts';
import { CliError } from '../cli-error.ts';
import { dateFlag } from '../date-flag.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';

interface FixtureFlags {
  seed?: string;
  json?: boolean;
  ical?: boolean;
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
      'generate the fixture list of a league or groups stage: minimum breaks, shared grounds never double-booked, reproducible from the seed',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<target>', 'competition[/stage]')
    .option('--seed <n>', 'the seed that decides which team takes which slot (printed)', '1')
    .option('--start <date>', 'date of the first round (YYYY-MM-DD)')
    .option('--every <days>', 'days between rounds', '7')
    .option('--kickoff <HH:MM>', 'kick-off time of every match')
    .option('--team <id>', 'only this team’s matches (e.g. for --ical)')
    .option('--json', 'print {"seed","matches":[{"round","date","group","home","away","venue",…}]}')
    .option('--ical', 'print an iCalendar file (RFC 5545)')
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
        : comp.stages.filter((s) => s.format === 'league' || s.format === 'groups');
      if (!stages.length)
        throw new CliError(
          'not_found',
          stageId ? `no stage '${stageId}' in '${compId}'` : `'${compId}' has no league or groups stage`,
        );
      const seed = Number(flags.seed);
      const matches = stages.flatMap((stage) => {
        const req = fixtureRequestFor(season.index, comp, stage, calendarOf(flags));
        if (!req.ok)
          throw new CliError(
            'usage',
            req.error.code === 'not-a-round-robin'
              ? `'${compId}/${stage.id}' is a knockout stage: its pairings come from a draw (npx torneo draw)`
              : `the teams of ${req.error.groups.join(', ')} in '${compId}/${stage.id}' are not known yet: draw them first (npx torneo draw)`,
          );
        const outcome = scheduleRoundRobin(req.value.request, seed);
        if (!outcome.ok)
          throw new CliError(
            'invalid_input',
            `no fixture list for '${compId}/${stage.id}' (seed ${seed}): ${describeFixtureError(outcome.error)}`,
          );
        return fixturesOf(outcome, req.value.onlyCycle, stage.id);
      });
      const shown = flags.team
        ? matches.filter((m) => m.home === flags.team || m.away === flags.team)
        : matches;
      if (flags.team && !shown.length)
        throw new CliError('not_found', `team '${flags.team}' plays no match in '${target}'`);
      const name = (id: string) => season.index.teams.get(id)?.name ?? id;
      const venue = (id?: string) => (id ? (season.index.venues.get(id)?.name ?? id) : '');
      if (flags.ical) {
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
          }),
        );
      }
      if (flags.json)
        return printJson(ctx.output, {
          seed,
          matches: shown.map((m) => ({
            id: m.id,
            round: m.round ? Number(m.round) : null,
            date: m.date ?? null,
            time: m.time ?? null,
            group: m.group ?? null,
            stage: m.stage,
            home: m.home,
            away: m.away,
            venue: m.venue ?? null,
          })),
        });
      ctx.output.out(
        `${comp.name} — fixture list (seed ${seed}; run again with --seed ${seed} for the same list)`,
      );
      const rows = shown.map((m) => [
        m.stage ?? '',
        m.group ?? '',
        m.round ?? '',
        m.date ?? '',
        m.time ?? '',
        name(m.home),
        name(m.away),
        venue(m.venue),
      ]);
      ctx.output.out(
        textTable(
          ['stage', 'group', 'round', 'date', 'time', 'home', 'away', 'venue'].map((header, i) => ({
            header,
            align: i === 2 ? ('right' as const) : ('left' as const),
          })),
          rows,
        ),
      );
    });
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

type Scheduled = Extract<ReturnType<typeof scheduleRoundRobin>, { ok: true }>;

/** Dated matches when a calendar was given; otherwise matches with their round and no date. */
function fixturesOf(outcome: Scheduled, onlyCycle: number | undefined, stage: string): Match[] {
  if (outcome.matches)
    return outcome.matches
      .filter((m) => onlyCycle === undefined || cycleOfRound(outcome, Number(m.round)) === onlyCycle)
      .map((m) => renumber(m, outcome, onlyCycle));
  return outcome.groups.flatMap((g) =>
    g.rounds
      .filter((r) => onlyCycle === undefined || r.cycle === onlyCycle)
      .flatMap((r) =>
        r.matches.map((p) =>
          renumber(
            {
              id: matchId(`${stage}/${g.group ?? ''}/${r.round}/${p.home}-v-${p.away}`),
              stage: stage as Match['stage'],
              ...(g.group ? { group: g.group } : {}),
              round: String(r.round),
              home: p.home,
              away: p.away,
              status: 'scheduled',
            },
            outcome,
            onlyCycle,
          ),
        ),
      ),
  );
}

const cycleOfRound = (outcome: Scheduled, round: number) =>
  outcome.groups.flatMap((g) => g.rounds).find((r) => r.round === round)?.cycle;

/** A stage that is another's second cycle numbers its rounds from 1. */
function renumber(m: Match, outcome: Scheduled, onlyCycle: number | undefined): Match {
  if (onlyCycle === undefined || m.round === undefined) return m;
  const perCycle = Math.max(...outcome.groups.map((g) => g.rounds.filter((r) => r.cycle === 1).length));
  return { ...m, round: String(Number(m.round) - perCycle * (onlyCycle - 1)) };
}

/** Fixture errors in words, naming the constraints that cannot all hold. */
export function describeFixtureError(e: FixtureError): string {
  const where = (path: readonly (string | number)[]) => path.join('.');
  switch (e.code) {
    case 'unsatisfiable':
      return `these constraints cannot all hold (${e.reason}): ${e.conflicts.map((c) => `${where(c.path)} ${JSON.stringify(c.constraint)}`).join('; ')}`;
    case 'search-limit':
      return `gave up after ${e.nodes} placements; constraints: ${e.constraints.map((c) => where(c.path)).join(', ')}`;
    case 'no-date-for-match':
      return `no date for round ${e.round} ${e.home} v ${e.away}: ${e.blocked.map((b) => `${b.date} ${b.by}`).join(', ')}`;
    case 'too-few-dates':
      return `${e.rounds} rounds but only ${e.dates} dates`;
    case 'too-few-teams':
      return `${where(e.path)} has ${e.teams} team(s); a round robin needs two`;
    case 'duplicate-team':
    case 'unknown-team':
      return `${e.code.replace('-', ' ')} '${e.team}' at ${where(e.path)}`;
    case 'round-out-of-range':
      return `round ${e.round} at ${where(e.path)}, but there are ${e.rounds}`;
    case 'calendar-required':
      return `${where(e.path)} needs dates: give --start`;
    case 'invalid-date':
      return `'${e.value}' at ${where(e.path)} is not a date`;
  }
}
