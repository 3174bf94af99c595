import type { FactKind } from '../../storage/index.ts';

/**
 * What a role may do on the competition it was granted for.
 * - `admin`: every fact (results, adjustments, exclusions, lots, outcomes, managerial changes);
 * - `recorder`: match facts only (results, goals, cards, line-ups, shoot-outs) and their corrections.
 * A grant holds in one season, named; on `*` it covers every competition of that season, and
 * season-wide facts. `kinds`, when given, narrows the role to those kinds of fact.
 */
export type Role = 'admin' | 'recorder';
export const ROLES = ['admin', 'recorder'] as const;

export interface Grant {
  readonly season: string;
  readonly competition: string;
  readonly role: Role;
  readonly kinds?: readonly FactKind[];
}

export const ALL_COMPETITIONS = '*';

/** The kinds of fact a role covers (undefined: all of them). */
export const ROLE_KINDS: Readonly<Record<Role, readonly FactKind[] | undefined>> = {
  admin: undefined,
  recorder: ['match'],
};

const grantAllows = (g: Grant, kind: FactKind): boolean =>
  (ROLE_KINDS[g.role]?.includes(kind) ?? true) && (g.kinds?.includes(kind) ?? true);

/**
 * May these grants record a fact of this kind about this competition (undefined: season-wide) in
 * this season? A grant of another season never counts, whatever its competition.
 */
export function mayRecord(
  grants: readonly Grant[],
  season: string,
  competition: string | undefined,
  kind: FactKind,
): boolean {
  return grants.some(
    (g) =>
      g.season === season &&
      (g.competition === ALL_COMPETITIONS || (competition !== undefined && g.competition === competition)) &&
      grantAllows(g, kind),
  );
}

/** The competitions a signed-in official may record matches in, in this season ('*' when all). */
export const recordableCompetitions = (grants: readonly Grant[], season: string): readonly string[] => [
  ...new Set(grants.filter((g) => g.season === season && grantAllows(g, 'match')).map((g) => g.competition)),
];
