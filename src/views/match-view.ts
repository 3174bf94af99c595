import type { MatchFactDoc } from '../core/definition/index.ts';
import type { Match, MatchMinute, Score } from '../core/model/index.ts';
import { inRound } from '../core/engine/in-round.ts';
import { matchIdOf } from '../core/season/match-id.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import type { JsonObject } from '../storage/index.ts';
import { factChanges, type FieldChange } from './fact-changes.ts';
import { personName, teamRef, type TeamRef } from './team-ref.ts';

export interface MatchSummaryView {
  readonly id: string;
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
  readonly round?: string;
  readonly tie?: string;
  readonly leg?: number;
  readonly date?: string;
  readonly time?: string;
  readonly home: TeamRef;
  readonly away: TeamRef;
  readonly venue?: { readonly id: string; readonly name: string };
  readonly neutral?: boolean;
  readonly status: Match['status'];
  readonly result?: {
    readonly fullTime: Score;
    readonly halfTime?: Score;
    readonly extraTime?: Score;
    readonly penalties?: Score;
  };
  readonly awardedTo?: string;
}

export type EventType = 'goal' | 'penalty' | 'own_goal' | 'yellow' | 'second_yellow' | 'red' | 'substitution';

export interface MatchEventView {
  readonly type: EventType;
  readonly side: 'home' | 'away';
  readonly player?: string;
  readonly name: string;
  readonly minute?: MatchMinute;
  readonly replaced?: string;
}

export interface KickView {
  readonly order: number;
  readonly side: 'home' | 'away';
  readonly player?: string;
  readonly name: string;
  readonly outcome: 'scored' | 'missed' | 'saved';
  /** The shoot-out score after this kick. */
  readonly score: Score;
}

export interface MatchDetailView extends MatchSummaryView {
  readonly events: readonly MatchEventView[];
  readonly eventsKnown: boolean;
  readonly shootout?: readonly KickView[];
  readonly lineups?: { readonly home?: LineupView; readonly away?: LineupView };
  readonly referee?: string;
  readonly attendance?: number;
  /** The crowd is an estimate (a source said "about 17,000"). */
  readonly attendanceApproximate?: boolean;
  readonly notes?: string;
  readonly sources: readonly {
    readonly id: string;
    readonly title?: string;
    readonly url?: string;
    readonly publisher?: string;
  }[];
  /** The match fact's current version (0: none): what a write sends back as expectedVersion. */
  readonly version: number;
  /** Who recorded and corrected this match, oldest first. */
  readonly history: readonly FactVersionView[];
}

export interface FactVersionView {
  readonly version: number;
  readonly action: 'record' | 'correct' | 'retract';
  readonly author: string;
  readonly recordedAt: string;
  readonly reason?: string;
  /** The fields this version changed from the one before it (the first: the result it recorded). */
  readonly changes: readonly FieldChange[];
}

/** A stored version of a match fact, as the history gives it. */
export type FactVersion = Omit<FactVersionView, 'changes'> & { readonly payload?: JsonObject };

export interface LineupView {
  readonly starting: readonly string[];
  readonly substitutes: readonly string[];
  readonly manager?: string;
}

/**
 * The round a match is in, named as its knockout stage names it (a season read in Spanish says
 * "Octavos de final" for a match written "Round of 16"), else as the match gives it.
 */
function roundName(s: SeasonSnapshot, m: Match): string | undefined {
  if (m.round === undefined || m.competition === undefined) return m.round;
  const stage = s.index.competitions.get(m.competition)?.stages.find((st) => st.id === m.stage);
  if (stage?.format !== 'knockout') return m.round;
  return stage.rounds.find((r) => inRound(m, r, stage.rounds.length))?.name ?? m.round;
}

export function matchSummary(s: SeasonSnapshot, m: Match): MatchSummaryView {
  const round = roundName(s, m);
  const venue = m.venue ? s.index.venues.get(m.venue) : undefined;
  return {
    id: m.id,
    competition: m.competition ?? '',
    stage: m.stage ?? '',
    ...(m.group ? { group: m.group } : {}),
    ...(round ? { round } : {}),
    ...(m.tie ? { tie: m.tie } : {}),
    ...(m.leg ? { leg: m.leg } : {}),
    ...(m.date ? { date: m.date } : {}),
    ...(m.time ? { time: m.time } : {}),
    home: teamRef(s.index, m.home),
    away: teamRef(s.index, m.away),
    ...(m.venue ? { venue: { id: m.venue, name: venue?.name ?? m.venue } } : {}),
    ...(m.neutral !== undefined ? { neutral: m.neutral } : {}),
    status: m.status,
    ...(m.result ? { result: m.result } : {}),
    ...(m.awardedTo ? { awardedTo: m.awardedTo } : {}),
  };
}

export const findMatch = (s: SeasonSnapshot, id: string): Match | undefined =>
  s.matches.find((m) => m.id === id);

const docOf = (s: SeasonSnapshot, id: string): MatchFactDoc | undefined => {
  let found: MatchFactDoc | undefined;
  for (const m of s.doc.matches) if (matchIdOf(m) === id) found = m;
  return found;
};

const minuteKey = (m?: MatchMinute) => (m ? m.minute * 100 + (m.added ?? 0) : Number.MAX_SAFE_INTEGER);

export function matchDetail(s: SeasonSnapshot, m: Match, history: readonly FactVersion[]): MatchDetailView {
  const doc = docOf(s, m.id);
  const name = (r: { player?: string; name?: string }) => personName(s.index, r);
  const ref = (r: { player?: string; name?: string }) => ({
    ...(r.player ? { player: r.player } : {}),
    name: name(r),
  });
  const events: MatchEventView[] = [
    ...(m.goals ?? []).map((g) => ({
      type: g.kind,
      side: g.side,
      ...ref(g),
      ...(g.minute ? { minute: g.minute } : {}),
    })),
    ...(m.bookings ?? []).map((c) => ({
      type: c.card,
      side: c.side,
      ...ref(c),
      ...(c.minute ? { minute: c.minute } : {}),
    })),
    ...substitutions(s, doc),
  ].sort((a, b) => minuteKey(a.minute) - minuteKey(b.minute));
  const played = m.status === 'played' && m.result !== undefined;
  const goalsTotal = m.result
    ? (m.result.extraTime ?? m.result.fullTime).home + (m.result.extraTime ?? m.result.fullTime).away
    : 0;
  return {
    ...matchSummary(s, m),
    events,
    eventsKnown: !played || m.goals !== undefined || goalsTotal === 0,
    ...(m.shootout?.length ? { shootout: kicks(m, name) } : {}),
    ...(doc?.lineups ? { lineups: lineups(s, doc) } : {}),
    ...(m.referee
      ? {
          referee: personName(s.index, {
            name: m.referee,
            ...(s.index.people.has(m.referee) ? { player: m.referee } : {}),
          }),
        }
      : {}),
    ...(m.attendance !== undefined ? { attendance: m.attendance } : {}),
    ...(m.attendance !== undefined && doc?.attendanceApproximate ? { attendanceApproximate: true } : {}),
    ...(doc?.notes ? { notes: doc.notes } : {}),
    sources: (doc?.sources ?? []).map((id) => ({ id, ...(s.doc.sources[id] ?? {}) })),
    version: history.at(-1)?.version ?? 0,
    history: history.map((h, i) => ({
      version: h.version,
      action: h.action,
      author: h.author,
      recordedAt: h.recordedAt,
      ...(h.reason ? { reason: h.reason } : {}),
      changes: factChanges(i > 0 ? history[i - 1]!.payload : undefined, h.payload),
    })),
  };
}

function kicks(m: Match, name: (r: { player?: string; name?: string }) => string): KickView[] {
  const score = { home: 0, away: 0 };
  return (m.shootout ?? []).map((k, i) => {
    if (k.outcome === 'scored') score[k.side]++;
    return {
      order: i + 1,
      side: k.side,
      ...(k.player ? { player: k.player } : {}),
      name: name(k),
      outcome: k.outcome,
      score: { ...score },
    };
  });
}

function substitutions(s: SeasonSnapshot, doc: MatchFactDoc | undefined): MatchEventView[] {
  if (!doc?.lineups) return [];
  return (['home', 'away'] as const).flatMap((side) =>
    (doc.lineups?.[side]?.substitutions ?? []).map((sub) => ({
      type: 'substitution' as const,
      side,
      name: personName(s.index, { name: sub.on, player: s.index.people.has(sub.on) ? sub.on : undefined }),
      replaced: personName(s.index, {
        name: sub.off,
        player: s.index.people.has(sub.off) ? sub.off : undefined,
      }),
      ...(sub.minute ? { minute: sub.minute } : {}),
    })),
  );
}

function lineups(s: SeasonSnapshot, doc: MatchFactDoc): MatchDetailView['lineups'] {
  const one = (l: NonNullable<NonNullable<MatchFactDoc['lineups']>['home']>): LineupView => ({
    starting: l.starting.map((p) =>
      personName(s.index, { name: p, player: s.index.people.has(p) ? p : undefined }),
    ),
    substitutes: (l.substitutes ?? []).map((p) =>
      personName(s.index, { name: p, player: s.index.people.has(p) ? p : undefined }),
    ),
    ...(l.manager ? { manager: personName(s.index, { player: l.manager }) } : {}),
  });
  return {
    ...(doc.lineups?.home ? { home: one(doc.lineups.home) } : {}),
    ...(doc.lineups?.away ? { away: one(doc.lineups.away) } : {}),
  };
}
