import type { TextForms, WithForms } from '../core/definition/index.ts';
import { groupMembers } from '../core/engine/index.ts';
import type {
  Certainty,
  ConditionState,
  KnockoutRoundState,
  Qualifier,
  SeasonEngine,
  SlotOrigin,
  TieState,
} from '../core/engine/index.ts';
import type { DecidedBy } from '../core/knockout/index.ts';
import { formatScore, type Match, type Score } from '../core/model/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

/** How a tie was settled, in the bracket's closed vocabulary. */
export type BracketDecidedBy =
  | 'aggregate'
  | 'away_goals'
  | 'extra_time'
  | 'penalties'
  | 'third_match'
  | 'replay'
  | 'walkover'
  | 'exclusion'
  | 'lots'
  | 'recorded';

/** `decided`; `pending`: both teams known, not settled yet; `awaiting`: a team is not known yet. */
export type BracketStatus = 'decided' | 'pending' | 'awaiting';

/** One side of a tie: the team once known, and always where the place comes from. */
export interface SideView {
  readonly id: string | null;
  readonly name: string | null;
  readonly code?: string;
  readonly certainty: Certainty;
  readonly from?: SlotOrigin;
  /** The place as the definition writes it (ids), e.g. `copa-peru/regional/region-1 #1`. */
  readonly slot?: string;
  readonly condition?: ConditionState;
  readonly inheritedFrom?: string;
}

/** One match of a tie, scores as the season format writes them (home first). */
export interface LegView {
  readonly id: string;
  readonly leg: number;
  readonly date: string | null;
  readonly home: string;
  readonly away: string;
  readonly score: string | null;
  readonly extraTime: string | null;
  readonly penalties: string | null;
  readonly status: Match['status'];
  readonly awardedTo?: string;
  readonly venue?: string;
  readonly neutral?: boolean;
}

export interface TieView {
  readonly id: string;
  readonly name?: string;
  /** Side A is at home in the first leg (or the single match). */
  readonly a: SideView;
  readonly b: SideView;
  readonly legs: readonly LegView[];
  /** Goals over the tie, A's first ("5-2"); for a tie on points, the points. */
  readonly aggregate: string | null;
  readonly winner: string | null;
  readonly decidedBy: BracketDecidedBy | null;
  readonly status: BracketStatus;
  /** The engine's own word for how it was settled (`single_match`, `points`, `away_goals_extra_time`, …). */
  readonly how?: DecidedBy;
  readonly awayGoals?: string;
  readonly penalties?: string;
  /** What a pending tie waits for (`first_leg`, `second_leg`, `third_match`, `match`, …). */
  readonly awaiting?: string;
  /** For exclusions, walkovers and recorded winners: why, and the source. */
  readonly reason?: string;
  readonly source?: string;
  /** The recorded facts do not fit the rules: why (the tie stays pending). */
  readonly inconsistency?: string;
}

export interface RoundView {
  readonly id: string;
  readonly name: string;
  /** The name in each language it was written in (`{ es: Octavos de final, en: Round of 16 }`). */
  readonly names?: TextForms;
  readonly ties: readonly TieView[];
}

/** A knockout: a knockout stage, a group played as a knockout, or a stage's play-offs between groups. */
export interface StageBracketView {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly group?: string;
  readonly kind: 'knockout' | 'group' | 'playoffs';
  /** The name in each language it was written in. */
  readonly names?: TextForms;
  /** A group played as a knockout: who is in it (listed, drawn or allocated), before any tie is known. */
  readonly entrants?: readonly TeamRef[];
  readonly rounds: readonly RoundView[];
}

export interface BracketView {
  readonly competition: string;
  readonly asOf?: string;
  readonly stages: readonly StageBracketView[];
}

const DECIDED_BY: Record<DecidedBy, BracketDecidedBy> = {
  single_match: 'aggregate',
  aggregate: 'aggregate',
  points: 'aggregate',
  away_goals: 'away_goals',
  away_goals_extra_time: 'away_goals',
  extra_time: 'extra_time',
  penalties: 'penalties',
  third_match: 'third_match',
  replay: 'replay',
  awarded: 'walkover',
  walkover: 'walkover',
  exclusion: 'exclusion',
  recorded: 'recorded',
};

const text = (s: Score | undefined): string | null => (s ? formatScore(s, '-') : null);

function side(index: SeasonIndex, team: string | undefined, q: Qualifier | undefined): SideView {
  const id = team ?? q?.team;
  const ref = id !== undefined ? teamRef(index, id) : undefined;
  return {
    id: id ?? null,
    name: ref?.name ?? null,
    ...(ref?.code !== undefined && { code: ref.code }),
    certainty: q?.certainty ?? (id ? 'derived' : 'unknown'),
    ...(q?.origin && { from: q.origin }),
    ...(q && { slot: q.slot }),
    ...(q?.condition && { condition: q.condition }),
    ...(q?.inheritedFrom && { inheritedFrom: q.inheritedFrom }),
  };
}

function legs(t: TieState): LegView[] {
  return t.matches.map((m, i) => ({
    id: m.id,
    leg: m.leg ?? i + 1,
    date: m.date ?? null,
    home: m.home,
    away: m.away,
    score: text(m.result?.fullTime),
    extraTime: text(m.result?.extraTime),
    penalties: text(m.result?.penalties),
    status: m.status,
    ...(m.awardedTo !== undefined && { awardedTo: m.awardedTo }),
    ...(m.venue !== undefined && { venue: m.venue }),
    ...(m.neutral !== undefined && { neutral: m.neutral }),
  }));
}

/** The two teams as the outcome knows them, else the slots, else the first match. */
function teamsOf(t: TieState): { a?: string; b?: string } {
  const o = t.outcome;
  if (o.status === 'decided') return o.teams;
  if (o.status === 'pending' && o.teams) return o.teams;
  if (t.slots)
    return { ...(t.slots[0].team && { a: t.slots[0].team }), ...(t.slots[1].team && { b: t.slots[1].team }) };
  const first = t.matches[0];
  return first ? { a: first.home, b: first.away } : {};
}

export function tieView(index: SeasonIndex, t: TieState): TieView {
  const o = t.outcome;
  const { a, b } = teamsOf(t);
  // A provisional slot (the league's current leader) is shown, but the tie waits for it.
  const sure = (q: Qualifier | undefined) =>
    q === undefined || q.certainty === 'derived' || q.certainty === 'recorded';
  const known = a !== undefined && b !== undefined && sure(t.slots?.[0]) && sure(t.slots?.[1]);
  const base = {
    id: t.id,
    ...(t.name !== undefined && { name: t.name }),
    a: side(index, a, t.slots?.[0]),
    b: side(index, b, t.slots?.[1]),
    legs: legs(t),
  };
  switch (o.status) {
    case 'decided':
      return {
        ...base,
        aggregate: text(o.points ?? o.aggregate),
        winner: o.winner,
        decidedBy: DECIDED_BY[o.decidedBy],
        status: 'decided',
        how: o.decidedBy,
        ...(o.awayGoals && { awayGoals: formatScore(o.awayGoals, '-') }),
        ...(o.penalties && { penalties: formatScore(o.penalties, '-') }),
        ...(o.reason !== undefined && { reason: o.reason }),
        ...(o.source !== undefined && { source: o.source }),
      };
    case 'pending':
      return {
        ...base,
        aggregate: text(o.aggregate),
        winner: null,
        decidedBy: null,
        status: known || t.matches.length > 0 ? 'pending' : 'awaiting',
        awaiting: o.awaiting,
      };
    case 'inconsistent':
      return {
        ...base,
        aggregate: null,
        winner: null,
        decidedBy: null,
        status: known ? 'pending' : 'awaiting',
        inconsistency: o.reason,
      };
  }
}

export const roundsView = (
  index: SeasonIndex,
  rounds: readonly KnockoutRoundState[],
  docs: readonly (WithForms<'name'> & { readonly id: string })[] = [],
): RoundView[] =>
  rounds.map((r) => {
    const names = docs.find((d) => d.id === r.id)?.forms?.name;
    return { id: r.id, name: r.name, ...(names && { names }), ties: r.ties.map((t) => tieView(index, t)) };
  });

/**
 * Every knockout of a competition (or of one stage): knockout stages, groups played as a
 * knockout, and play-offs between groups, in the order of the definition.
 */
export function bracketView(engine: SeasonEngine, competition: string, stage?: string): BracketView {
  const c = engine.competition(competition);
  const stages = stage === undefined ? c.stages : [engine.stageOf(competition, stage)];
  const index = engine.index;
  const out: StageBracketView[] = [];
  for (const s of stages) {
    if (s.format === 'knockout')
      out.push({
        id: s.id,
        name: s.name,
        stage: s.id,
        kind: 'knockout',
        ...(s.forms?.name && { names: s.forms.name }),
        rounds: roundsView(index, engine.rounds(competition, s.id), s.rounds),
      });
    if (s.format !== 'groups') continue;
    for (const g of s.groups.filter((x) => x.format === 'knockout'))
      out.push({
        id: `${s.id}/${g.id}`,
        name: g.name ?? g.id,
        stage: s.id,
        group: g.id,
        kind: 'group',
        ...(g.forms?.name && { names: g.forms.name }),
        entrants: groupMembers(engine, c, s, g).map((t) => teamRef(index, t)),
        rounds: roundsView(index, engine.rounds(competition, s.id, g.id), g.rounds ?? []),
      });
    const playoffs = engine.playoffs(competition, s.id);
    if (playoffs.length)
      out.push({
        id: `${s.id}/playoffs`,
        name: s.name,
        stage: s.id,
        kind: 'playoffs',
        ...(s.forms?.name && { names: s.forms.name }),
        rounds: roundsView(index, playoffs, s.playoffs ?? []),
      });
  }
  return { competition, ...(engine.options.asOf && { asOf: engine.options.asOf }), stages: out };
}
