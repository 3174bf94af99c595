import type { RecordedOutcomeDoc } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

/** A source as surfaces cite it: its id, and its title, publisher and address when the season gives them. */
export interface SourceRef {
  readonly id: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
}

/**
 * What a source published about a table or stage whose matches are not (all) known: its winner,
 * runner-up, the teams that went through, places from its table. Surfaces show it before any
 * number derived from the results, with its sources.
 */
export interface RecordedOutcomeView {
  readonly winner?: TeamRef;
  readonly runnerUp?: TeamRef;
  readonly qualified?: readonly TeamRef[];
  readonly positions?: readonly {
    readonly position: number;
    readonly team: TeamRef;
    readonly points?: number;
  }[];
  /** The day the outcome was published or became known; absent: date unknown. */
  readonly date?: string;
  readonly note?: string;
  /** A table printed on a day with no result named: a snapshot of that day, not the stage's outcome. */
  readonly snapshot: boolean;
  readonly sources: readonly SourceRef[];
}

export function sourceRef(index: SeasonIndex, id: string): SourceRef {
  const s = index.doc.sources[id];
  return {
    id,
    ...(s?.title ? { title: s.title } : {}),
    ...(s?.publisher ? { publisher: s.publisher } : {}),
    ...(s?.url ? { url: s.url } : {}),
  };
}

export function recordedOutcomeView(index: SeasonIndex, o: RecordedOutcomeDoc): RecordedOutcomeView {
  const team = (id: string) => teamRef(index, id);
  return {
    ...(o.winner ? { winner: team(o.winner) } : {}),
    ...(o.runnerUp ? { runnerUp: team(o.runnerUp) } : {}),
    ...(o.qualified?.length ? { qualified: o.qualified.map(team) } : {}),
    ...(o.positions?.length
      ? {
          positions: o.positions.map((p) => ({
            position: p.position,
            team: team(p.team),
            ...(p.points !== undefined ? { points: p.points } : {}),
          })),
        }
      : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.note ? { note: o.note } : {}),
    snapshot: o.date !== undefined && !o.winner && !o.runnerUp && !o.qualified?.length,
    sources: (o.sources ?? []).map((id) => sourceRef(index, id)),
  };
}
