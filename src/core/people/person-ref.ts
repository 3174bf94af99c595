import type { SeasonIndex } from '../season/season.ts';

/**
 * A person as a page shows them: a person of the season (id and name), or only a nationality
 * when a source gives a flag and no name.
 */
export interface PersonRef {
  readonly id?: string;
  readonly name?: string;
  /** Three-letter code (PER, URU, ARG). */
  readonly nationality?: string;
}

export function personRef(index: SeasonIndex, id: string | undefined, flag?: string): PersonRef | undefined {
  const p = id !== undefined ? index.people.get(id) : undefined;
  const nationality = p?.nationality ?? flag;
  if (id === undefined && nationality === undefined) return undefined;
  return {
    ...(id !== undefined ? { id, name: p?.name ?? id } : {}),
    ...(nationality !== undefined ? { nationality } : {}),
  };
}
