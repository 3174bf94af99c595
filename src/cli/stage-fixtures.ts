import type { CompetitionDoc, StageDoc } from '../core/definition/index.ts';
import {
  groupMembers,
  knockoutSchedule,
  type KnockoutFixture,
  type SeasonEngine,
} from '../core/engine/index.ts';
import { addDays, scheduleRoundRobin, type CalendarSpec, type FixtureError } from '../core/fixtures/index.ts';
import { matchId, teamId, venueId, type IsoDate, type Match } from '../core/model/index.ts';
import { fixtureRequestFor } from '../core/season/fixture-request.ts';
import { CliError } from './cli-error.ts';

export interface StageSchedule {
  readonly matches: readonly Match[];
  /** Rounds (and knockout groups' rounds) whose pairings are not known yet, with what they wait for. */
  readonly waiting: readonly string[];
}

export interface KnockoutCalendar {
  /** The first leg's day; the second is `every` days later, a third match `every` after that. */
  readonly start?: IsoDate;
  readonly every: number;
  readonly kickoff?: string;
}

/**
 * The matches of one stage: a league's or round-robin groups' fixture list (less the matches
 * already recorded when `onlyUnrecorded`, as for writing them down), and the legs, third matches and replays of the knockout ties
 * whose teams are known — a knockout stage's, and those of groups played as knockouts.
 */
export function stageFixtures(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  seed: number,
  calendar: CalendarSpec | undefined,
  knockoutCalendar: KnockoutCalendar,
  onlyUnrecorded = false,
): StageSchedule {
  if (stage.format === 'knockout') return knockoutMatches(engine, comp, stage, undefined, knockoutCalendar);
  if (stage.format === 'aggregate') return { matches: [], waiting: [] };
  const knockoutGroups = stage.format === 'groups' ? stage.groups.filter((g) => g.format === 'knockout') : [];
  const fromGroups = knockoutGroups.map((g) => knockoutMatches(engine, comp, stage, g.id, knockoutCalendar));
  const roundRobin =
    stage.format === 'groups'
      ? { ...stage, groups: stage.groups.filter((g) => g.format !== 'knockout') }
      : stage;
  const league =
    roundRobin.format === 'groups' && !roundRobin.groups.length
      ? []
      : roundRobinMatches(engine, comp, roundRobin, seed, calendar, onlyUnrecorded);
  return {
    matches: [...league, ...fromGroups.flatMap((k) => k.matches)],
    waiting: fromGroups.flatMap((k) => k.waiting),
  };
}

function roundRobinMatches(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  seed: number,
  calendar: CalendarSpec | undefined,
  onlyUnrecorded: boolean,
): Match[] {
  const req = fixtureRequestFor(engine.index, comp, stage, calendar, (g) =>
    groupMembers(engine, comp, stage, g),
  );
  if (!req.ok)
    throw new CliError(
      'usage',
      req.error.code === 'not-a-round-robin'
        ? `'${comp.id}/${stage.id}' is not a round robin`
        : `the teams of ${req.error.groups.join(', ')} in '${comp.id}/${stage.id}' are not known yet: ${whereTeamsComeFrom(comp, stage, req.error.groups)}`,
    );
  const outcome = scheduleRoundRobin(req.value.request, seed);
  if (!outcome.ok)
    throw new CliError(
      'invalid_input',
      `no fixture list for '${comp.id}/${stage.id}' (seed ${seed}): ${describeFixtureError(outcome.error)}`,
    );
  const list = fixturesOf(outcome, req.value.onlyCycle, stage.id);
  return onlyUnrecorded ? notYetRecorded(list, engine.stageMatches(comp.id, stage.id)) : list;
}

/**
 * What a group waits for before its fixtures can be made: the qualifiers of the stages its
 * entrants come from (a pyramid's provincial groups wait for the district results), or a draw.
 */
function whereTeamsComeFrom(comp: CompetitionDoc, stage: StageDoc, groups: readonly string[]): string {
  const docs = stage.format === 'groups' ? stage.groups.filter((g) => groups.includes(g.id)) : [];
  const from = new Set(
    docs.flatMap((g) => (g.entrants ?? []).flatMap((e) => ('from' in e ? [`${comp.id}/${e.from}`] : []))),
  );
  return from.size
    ? `they go through from ${[...from].map((f) => `'${f}'`).join(', ')}, whose qualifiers are not all decided (record its results first)`
    : 'draw them first (torneo draw)';
}

/** The list less the matches already recorded: each recorded home-away pairing takes one fixture of it. */
function notYetRecorded(list: readonly Match[], recorded: readonly Match[]): Match[] {
  const left = new Map<string, number>();
  for (const m of recorded)
    if (!m.playoff) left.set(`${m.home}>${m.away}`, (left.get(`${m.home}>${m.away}`) ?? 0) + 1);
  return list.filter((m) => {
    const key = `${m.home}>${m.away}`;
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

function knockoutMatches(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  group: string | undefined,
  cal: KnockoutCalendar,
): StageSchedule {
  const schedule = knockoutSchedule(engine, comp, stage, group);
  return {
    matches: schedule.fixtures.map((f) => knockoutMatch(engine, stage.id, group, f, cal)),
    waiting: schedule.waiting.map(
      (w) =>
        `${group ? `${group}/` : ''}${w.round}: ${w.waitsFor === 'draw' ? 'its pairings are drawn (torneo draw)' : 'its teams are not known yet'}`,
    ),
  };
}

function knockoutMatch(
  engine: SeasonEngine,
  stage: string,
  group: string | undefined,
  f: KnockoutFixture,
  cal: KnockoutCalendar,
): Match {
  const venue = f.venue ?? (f.neutral ? undefined : engine.index.teams.get(f.home)?.venue);
  const date = cal.start ? addDays(cal.start, (f.leg - 1) * cal.every) : undefined;
  return {
    id: matchId(`${stage}/${f.tie}/${f.leg}`),
    stage: stage as Match['stage'],
    ...(group ? { group: group as Match['group'] } : {}),
    round: f.round,
    tie: f.tie,
    leg: f.leg,
    ...(date ? { date } : {}),
    ...(date && cal.kickoff ? { time: cal.kickoff } : {}),
    home: teamId(f.home),
    away: teamId(f.away),
    ...(venue ? { venue: venueId(venue) } : {}),
    ...(f.neutral ? { neutral: true } : {}),
    status: 'scheduled',
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
