import type { JsonObject } from '../../storage/index.ts';
import { formatScore, type Goal, type Score } from '../../core/model/index.ts';
import type { ImportedMatch, ImportResult } from '../../import/model/index.ts';
import {
  publishedComparison,
  type PublishedComparison,
} from '../../import/published/published-comparison.ts';
import { ImportedClubs, type ClubEntry } from './imported-clubs.ts';
import { competitionsOf, slugOf, type Placed, type StageSlot } from './imported-competitions.ts';
import type { ImportTarget } from './import-target.ts';

/** A line of the source that did not become a fact, and why. */
export interface ImportRefusal {
  readonly file?: string;
  readonly line: number;
  readonly reason: string;
  readonly text?: string;
}

export type { ImportTarget } from './import-target.ts';

export interface SeasonFromImport {
  /** Clubs (merged with the season's existing ones) and the competitions these matches make. */
  readonly clubs: ClubEntry[];
  readonly competitions: JsonObject[];
  /** Each match as a YAML fact would be written, not yet validated. */
  readonly matches: { readonly payload: JsonObject; readonly line: number; readonly file?: string }[];
  /** Points adjustments a published table in the source states, as adjustment facts. */
  readonly adjustments: { readonly payload: JsonObject; readonly line: number; readonly file?: string }[];
  /** The published tables found for the imported stages, to compare once the season is written. */
  readonly published: readonly PublishedStage[];
  readonly refused: ImportRefusal[];
}

/** A league stage (or group) of the import whose source publishes its final table. */
export interface PublishedStage {
  readonly competition: string;
  readonly stage: string;
  readonly comparison: PublishedComparison;
  /** Club id to the name the matches wrote. */
  readonly nameOf: (clubId: string) => string;
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
  // Once per division and season, not once per match: 200,000 matches share a few hundred.
  const known = new Map<string, Map<string, { competition: string; name?: string }>>();
  const competitionOf = (comp: string | undefined, season: string | undefined) => {
    let bySeason = known.get(comp ?? '\u0001');
    if (!bySeason) known.set(comp ?? '\u0001', (bySeason = new Map()));
    let found = bySeason.get(season ?? '\u0001');
    if (!found) {
      const name =
        comp && season ? `${/^\d+$/.test(comp) ? `Division ${comp}` : comp} ${season}` : (season ?? comp);
      const competition =
        target.competition ?? slugOf(comp && season ? `${comp} ${season}` : (season ?? comp ?? 'matches'));
      bySeason.set(season ?? '\u0001', (found = { competition, ...(name && { name }) }));
    }
    return found;
  };
  const placed: Placed[] = [];
  // The result each of `placed` came from, by position.
  const sources: number[] = [];
  for (const [source, r] of results.entries()) {
    for (const m of r.matches) {
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
      // A match's own division and season (engsoccerdata) over the file's title (Football.TXT).
      const where = competitionOf(m.competition ?? r.competition, m.season ?? r.season);
      placed.push(
        where.name === undefined
          ? { m, home, away, competition: where.competition }
          : { m, home, away, competition: where.competition, competitionName: where.name },
      );
      sources.push(source);
    }
  }
  const competitions = competitionsOf(placed, target);
  const matches = placed.map(({ m, home, away, competition }, i) => ({
    payload: payloadOf(m, home, away, competition, competitions.slots[i]!),
    line: m.line,
    ...(m.file ? { file: m.file } : {}),
  }));
  const published = publishedStages(results, placed, sources, competitions.slots);
  const adjustments = published.flatMap(({ competition, stage, comparison }) =>
    comparison.adjustments.map((a) => ({
      payload: {
        competition,
        stage,
        team: clubs.idOf(a.team)!,
        points: a.points,
        reason: a.reason ?? 'published adjustment',
      } as JsonObject,
      line: a.line,
      ...(a.file ? { file: a.file } : {}),
    })),
  );
  return { clubs: clubs.list(), competitions: competitions.list, matches, adjustments, published, refused };
}

/** For each file with a published table: the league stage of its matches that the table describes. */
function publishedStages(
  results: readonly ImportResult[],
  placed: readonly Placed[],
  sources: readonly number[],
  slots: readonly StageSlot[],
): PublishedStage[] {
  const out: PublishedStage[] = [];
  const withTables = new Map<number, Map<string, Placed[]>>();
  results.forEach((r, i) => {
    if (r.tables.length > 0) withTables.set(i, new Map());
  });
  if (withTables.size === 0) return out;
  placed.forEach((p, i) => {
    const stages = withTables.get(sources[i]!);
    const slot = slots[i]!;
    if (!stages || slot.round !== undefined || slot.group !== undefined) return;
    const key = `${p.competition}\u0000${slot.stage}`;
    const list = stages.get(key);
    if (list) list.push(p);
    else stages.set(key, [p]);
  });
  for (const [source, stages] of withTables) {
    const r = results[source]!;
    for (const [key, ps] of stages) {
      const [competition, stage] = key.split('\u0000') as [string, string];
      const teams = [...new Set(ps.flatMap((p) => [p.m.home, p.m.away]))];
      const comparison = publishedComparison(r, teams);
      if (!comparison) continue;
      const names = new Map(ps.flatMap((p) => [[p.home, p.m.home] as const, [p.away, p.m.away] as const]));
      out.push({ competition, stage, comparison, nameOf: (id) => names.get(id) ?? id });
    }
  }
  return out;
}

function payloadOf(
  m: ImportedMatch,
  home: string,
  away: string,
  competition: string,
  slot: StageSlot,
): JsonObject {
  // Built field by field, in the order a person writes a match: this runs once per imported match.
  const p: JsonObject = { competition, stage: slot.stage };
  if (slot.group !== undefined) p.group = slot.group;
  const round = slot.round ?? m.round;
  if (round !== undefined) p.round = round;
  if (m.leg !== undefined) p.leg = m.leg;
  if (m.date !== undefined) p.date = m.date;
  if (m.time !== undefined) p.time = m.time;
  p.home = home;
  p.away = away;
  resultFieldsOf(m, home, away, p);
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

/** The fields of a match fact that a result sets, as a person would write them. */
export const RESULT_FIELDS = [
  'score',
  'halfTime',
  'extraTime',
  'penalties',
  'goals',
  'status',
  'awardedTo',
  'attendance',
  'referee',
] as const;

/**
 * What an imported match says of its result (score, scorers, status, attendance, referee),
 * written into `p` (a new object by default; the import's own payload, once per match, otherwise).
 */
export function resultFieldsOf(m: ImportedMatch, home: string, away: string, p: JsonObject = {}): JsonObject {
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
