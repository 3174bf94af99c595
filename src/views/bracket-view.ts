import type { KnockoutRoundState, TieState } from '../core/engine/index.ts';
import type { Score } from '../core/model/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { matchSummary, type MatchSummaryView } from './match-view.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

export interface TieView {
  readonly id: string;
  /** Team A is at home in the first leg (or the single match). Absent when not known yet. */
  readonly a?: TeamRef;
  readonly b?: TeamRef;
  readonly matches: readonly MatchSummaryView[];
  readonly status: 'decided' | 'pending' | 'inconsistent';
  readonly winner?: string;
  readonly decidedBy?: string;
  readonly aggregate?: Score;
  readonly penalties?: Score;
  readonly awaiting?: string;
  /** For exclusions, walkovers and inconsistencies: why. */
  readonly reason?: string;
}

export interface RoundView {
  readonly id: string;
  readonly name: string;
  readonly ties: readonly TieView[];
}

function teamsOf(t: TieState): { a?: string; b?: string } {
  const o = t.outcome;
  if (o.status === 'decided') return o.teams;
  if (o.status === 'pending' && o.teams) return o.teams;
  const first = t.matches[0];
  return first ? { a: first.home, b: first.away } : {};
}

export function tieView(s: SeasonSnapshot, t: TieState): TieView {
  const o = t.outcome;
  const { a, b } = teamsOf(t);
  return {
    id: t.id,
    ...(a ? { a: teamRef(s.index, a) } : {}),
    ...(b ? { b: teamRef(s.index, b) } : {}),
    matches: t.matches.map((m) => matchSummary(s, m)),
    status: o.status,
    ...(o.status === 'decided'
      ? {
          winner: o.winner,
          decidedBy: o.decidedBy,
          ...(o.aggregate ? { aggregate: o.aggregate } : {}),
          ...(o.penalties ? { penalties: o.penalties } : {}),
          ...(o.reason ? { reason: o.reason } : {}),
        }
      : {}),
    ...(o.status === 'pending'
      ? { awaiting: o.awaiting, ...(o.aggregate ? { aggregate: o.aggregate } : {}) }
      : {}),
    ...(o.status === 'inconsistent' ? { reason: o.reason } : {}),
  };
}

export const roundsView = (s: SeasonSnapshot, rounds: readonly KnockoutRoundState[]): RoundView[] =>
  rounds.map((r) => ({ id: r.id, name: r.name, ties: r.ties.map((t) => tieView(s, t)) }));
