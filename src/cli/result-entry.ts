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
}

/**
 * The fields that make up a result. Recording or correcting a result restates all of them (a
 * corrected score with the old goal list would contradict itself); the fixture (teams, date, venue,
 * round), line-ups, kicks, notes and sources stay as they were, and attendance and referee stay
 * unless given.
 */
const RESULT_FIELDS = [
  'score',
  'halfTime',
  'extraTime',
  'penalties',
  'goals',
  'cards',
  'status',
  'awardedTo',
  'winner',
] as const;

/** The match entry with the result from the flags, as a YAML file would hold it. Validation comes after. */
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
  for (const f of RESULT_FIELDS) delete entry[f];
  const goals = bySide('goal', flags.goal, flags.homeGoal, flags.awayGoal, match, idx);
  const cards = bySide('card', flags.card, flags.homeCard, flags.awayCard, match, idx);
  Object.assign(entry, {
    score,
    halfTime: flags.halfTime,
    extraTime: flags.aet ? score : flags.et,
    penalties: flags.pens,
    goals,
    cards,
    status: flags.status,
    awardedTo: flags.awardedTo,
    ...(flags.attendance !== undefined ? { attendance: attendanceOf(flags.attendance) } : {}),
    ...(flags.referee !== undefined ? { referee: flags.referee } : {}),
  });
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as JsonObject;
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
): JsonObject | undefined {
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
  return out.home.length || out.away.length ? out : undefined;
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
