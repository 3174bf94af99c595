import type { SeasonIndex } from '../core/season/season.ts';

export interface TeamRef {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
}

/** A team as surfaces show it; a team the season does not list keeps its id as its name. */
export function teamRef(index: SeasonIndex, id: string): TeamRef {
  const t = index.teams.get(id);
  return t ? { id, name: t.name, ...(t.code ? { code: t.code } : {}) } : { id, name: id };
}

export const personName = (index: SeasonIndex, ref: { player?: string; name?: string }): string =>
  (ref.player ? index.people.get(ref.player)?.name : undefined) ?? ref.name ?? ref.player ?? '?';
