import type { MatchFactDoc } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import type { JsonObject, JsonValue } from '../storage/index.ts';
import { CliError } from './cli-error.ts';

/** The result as given on the command line (see `torneo record --help`). */
export interface ResultFlags {
  aet?: boolean;
  et?: string;
  pens?: string;
  halfTime?: string;
  goal: string[];
  homeGoal: string[];
  awayGoal: string[];
  card: string[];
  homeCard: string[];
  awayCard: string[];
  attendance?: string;
  referee?: string;
  status?: string;
  awardedTo?: string;
  clear: string[];
}

/**
 * The fields `--clear` can remove, by the name of the flag that sets them. A correction keeps every
 * field it is not given, so taking one away has to be said.
 */
export const CLEARABLE: Readonly<Record<string, string>> = {
  'half-time': 'halfTime',
  et: 'extraTime',
  pens: 'penalties',
  goals: 'goals',
  cards: 'cards',
  status: 'status',
  'awarded-to': 'awardedTo',
  attendance: 'attendance',
  referee: 'referee',
  shootout: 'shootout',
  winner: 'winner',
};

/**
 * The match entry with the result from the flags, as a YAML file would hold it. Validation comes
 * after. Only what the flags give changes: a correction of the score keeps the half-time, extra
 * time, shoot-out, goals and cards it is not told about (a score that no longer agrees with the
 * goals kept is refused by the season's checks, naming the goals), and `--clear` removes a field.
 */
export function resultEntry(
  current: JsonObject,
  match: MatchFactDoc,
  score: string,
  flags: ResultFlags,
  idx: SeasonIndex,
): JsonObject {
  if (flags.aet && flags.et !== undefined && flags.et !== score)
    throw new CliError(
      'usage',
      `--aet says nobody scored in extra time, but --et ${flags.et} differs from ${score}; give one of them`,
    );
  const entry: Record<string, JsonValue | undefined> = { ...current };
  // Entering the result of a fixture (scheduled, postponed, played with no score known) makes it
  // played; a status is kept only once the match already says what happened.
  if (current.score === undefined && current.awardedTo === undefined) delete entry.status;
  for (const name of flags.clear ?? []) {
    const field = CLEARABLE[name];
    if (!field)
      throw new CliError(
        'usage',
        `--clear '${name}' is not a field a result can lose; one of: ${Object.keys(CLEARABLE).join(', ')}`,
      );
    delete entry[field];
  }
  const goals = withKept(entry.goals, bySide('goal', flags.goal, flags.homeGoal, flags.awayGoal, match, idx));
  const cards = withKept(entry.cards, bySide('card', flags.card, flags.homeCard, flags.awayCard, match, idx));
  const extraTime = flags.aet ? score : flags.et;
  Object.assign(entry, {
    score,
    ...(flags.halfTime !== undefined ? { halfTime: flags.halfTime } : {}),
    ...(extraTime !== undefined ? { extraTime } : {}),
    ...(flags.pens !== undefined ? { penalties: flags.pens } : {}),
    ...(goals !== undefined ? { goals } : {}),
    ...(cards !== undefined ? { cards } : {}),
    ...(flags.status !== undefined ? { status: flags.status } : {}),
    ...(flags.awardedTo !== undefined ? { awardedTo: flags.awardedTo } : {}),
    ...(flags.attendance !== undefined ? { attendance: attendanceOf(flags.attendance) } : {}),
    ...(flags.referee !== undefined ? { referee: flags.referee } : {}),
  });
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as JsonObject;
}

/** The sides given on the command line replace that side's list; the other side keeps its own. */
function withKept(
  current: JsonValue | undefined,
  given: { home: JsonValue[]; away: JsonValue[]; gave: Set<'home' | 'away'> } | undefined,
): JsonObject | undefined {
  if (!given) return undefined;
  const kept = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : {};
  const out: JsonObject = {};
  for (const s of ['home', 'away'] as const) {
    const list = given.gave.has(s) ? given[s] : kept[s];
    if (list !== undefined) out[s] = list;
  }
  return out;
}

function attendanceOf(text: string): number {
  if (!/^\d+$/.test(text.replace(/[,_ ]/g, '')))
    throw new CliError('usage', `--attendance '${text}' is not a number of spectators`);
  return Number(text.replace(/[,_ ]/g, ''));
}

/**
 * Goals and cards with their side: `--home-goal "Perea 16' pen"`, `--away-goal …`, or `--goal`
 * with a prefix naming the side: `home:`, `away:`, the team's id or its club code (`ALI:Perea 16'`).
 * A goal is listed under the side it counts for, own goals too.
 */
function bySide(
  what: string,
  tagged: string[],
  home: string[],
  away: string[],
  match: MatchFactDoc,
  idx: SeasonIndex,
): { home: JsonValue[]; away: JsonValue[]; gave: Set<'home' | 'away'> } | undefined {
  const out = { home: [...home] as JsonValue[], away: [...away] as JsonValue[] };
  for (const t of tagged) {
    const colon = t.indexOf(':');
    const side = colon > 0 ? sideOf(t.slice(0, colon).trim(), match, idx) : undefined;
    if (!side)
      throw new CliError(
        'usage',
        `--${what} '${t}' does not say which side: write home:…, away:…, or ${match.home}:… / ${match.away}:…`,
      );
    out[side].push(t.slice(colon + 1).trim());
  }
  const gave = new Set((['home', 'away'] as const).filter((s) => out[s].length > 0));
  return gave.size ? { ...out, gave } : undefined;
}

function sideOf(prefix: string, match: MatchFactDoc, idx: SeasonIndex): 'home' | 'away' | undefined {
  const p = prefix.toLowerCase();
  for (const side of ['home', 'away'] as const) {
    const team = idx.teams.get(match[side]);
    if (p === side || p === match[side] || (team?.code !== undefined && p === team.code.toLowerCase()))
      return side;
  }
  return undefined;
}
