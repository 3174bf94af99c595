import type { JsonObject } from '../../storage/index.ts';
import { formatScore, type Goal, type Score } from '../../core/model/index.ts';
import type { ImportedMatch, ImportResult } from '../../import/model/index.ts';
import { ImportedClubs, type ClubEntry } from './imported-clubs.ts';
import { competitionsOf } from './imported-competitions.ts';

/** A line of the source that did not become a fact, and why. */
export interface ImportRefusal {
  readonly file?: string;
  readonly line: number;
  readonly reason: string;
  readonly text?: string;
}

export interface ImportTarget {
  readonly seasonId: string;
  readonly seasonName?: string;
  /** Every match goes into this competition; otherwise one competition per division and season of the source. */
  readonly competition?: string;
}

export interface SeasonFromImport {
  /** Clubs (merged with the season's existing ones) and the competitions these matches make. */
  readonly clubs: ClubEntry[];
  readonly competitions: JsonObject[];
  /** Each match as a YAML fact would be written, not yet validated. */
  readonly matches: { readonly payload: JsonObject; readonly line: number; readonly file?: string }[];
  readonly refused: ImportRefusal[];
}

const score = (s: Score): string => formatScore(s, '-');

/**
 * Imported matches as a season: clubs from the names written, competitions from the divisions and
 * seasons (or the one named), and each match as the fact a person would have typed. Nothing is
 * repaired: what the reader refused stays refused, with its reason.
 */
export function seasonFromImport(
  results: readonly ImportResult[],
  target: ImportTarget,
  existingClubs: readonly ClubEntry[] = [],
): SeasonFromImport {
  const clubs = new ImportedClubs(existingClubs);
  const refused: ImportRefusal[] = results.flatMap((r) =>
    r.refused.map((x) => ({
      ...(x.file ? { file: x.file } : {}),
      line: x.line,
      reason: `${x.reason}${x.detail ? `: ${x.detail}` : ''}`,
      text: x.text,
    })),
  );
  const slugs = new Map<string, string>();
  const slugOf = (text: string): string => {
    let s = slugs.get(text);
    if (s === undefined) slugs.set(text, (s = slug(text)));
    return s;
  };
  const placed: { m: ImportedMatch; home: string; away: string; competition: string; stage: string }[] = [];
  for (const m of results.flatMap((r) => r.matches)) {
    const home = clubs.idOf(m.home);
    const away = clubs.idOf(m.away);
    if (!home || !away) {
      refused.push({
        ...(m.file ? { file: m.file } : {}),
        line: m.line,
        reason: `a team name without a letter or digit ('${m.home}' v '${m.away}')`,
      });
      continue;
    }
    const competition =
      target.competition ??
      slugOf(
        m.competition && m.season ? `${m.competition} ${m.season}` : (m.season ?? m.competition ?? 'matches'),
      );
    placed.push({ m, home, away, competition, stage: slugOf(m.stage ?? 'season') });
  }
  const competitions = competitionsOf(placed, target);
  const matches = placed.map(({ m, home, away, competition, stage }) => ({
    payload: payloadOf(m, home, away, competition, stage, competitions.groupOf(m)),
    line: m.line,
    ...(m.file ? { file: m.file } : {}),
  }));
  return { clubs: clubs.list(), competitions: competitions.list, matches, refused };
}

export const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

function payloadOf(
  m: ImportedMatch,
  home: string,
  away: string,
  competition: string,
  stage: string,
  group: string | undefined,
): JsonObject {
  // Built field by field, in the order a person writes a match: this runs once per imported match.
  const p: JsonObject = { competition, stage };
  if (group !== undefined) p.group = group;
  if (m.round !== undefined) p.round = m.round;
  if (m.leg !== undefined) p.leg = m.leg;
  if (m.date !== undefined) p.date = m.date;
  if (m.time !== undefined) p.time = m.time;
  p.home = home;
  p.away = away;
  const r = m.result;
  if (r) {
    p.score = score(r.fullTime);
    if (r.halfTime) p.halfTime = score(r.halfTime);
    if (r.extraTime) p.extraTime = score(r.extraTime);
    if (r.penalties) p.penalties = score(r.penalties);
    const goals = m.goals && goalsBySide(m.goals, r.extraTime ?? r.fullTime);
    if (goals) p.goals = goals;
  }
  if (m.status !== (r ? 'played' : 'scheduled')) p.status = m.status;
  if (m.awardedTo) p.awardedTo = m.awardedTo === 'home' ? home : away;
  if (m.attendance !== undefined) p.attendance = m.attendance;
  if (m.referee) p.referee = m.referee;
  if (m.fullTimeUnknown || m.replay || m.venue || m.note) {
    const notes = [
      m.fullTimeUnknown && 'the source gives only the score after extra time',
      m.replay && 'replay',
      m.venue && `venue: ${m.venue}`,
      m.note,
    ];
    p.notes = notes.filter(Boolean).join('; ');
  }
  return p;
}

/** Goals by the side they count for, only when they add up to the score (a reader reports those that do not). */
function goalsBySide(goals: readonly Goal[], final: Score): JsonObject | undefined {
  const side = (s: 'home' | 'away') =>
    goals
      .filter((g) => g.side === s)
      .map((g) => ({
        player: g.name ?? g.player ?? 'unknown',
        ...(g.minute
          ? { minute: g.minute.added ? `${g.minute.minute}+${g.minute.added}` : g.minute.minute }
          : {}),
        kind: g.kind === 'own_goal' ? 'own-goal' : g.kind,
      }));
  const home = side('home');
  const away = side('away');
  return home.length === final.home && away.length === final.away ? { home, away } : undefined;
}
