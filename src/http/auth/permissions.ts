import type { FactKind } from '../../storage/index.ts';

/**
 * What a role may do on the competition it was granted for.
 * - `admin`: every fact (results, adjustments, exclusions, lots, outcomes, managerial changes);
 * - `recorder`: match facts only (results, goals, cards, line-ups, shoot-outs) and their corrections.
 * A grant on `*` covers every competition of the season, and season-wide facts.
 */
export type Role = 'admin' | 'recorder';
export const ROLES = ['admin', 'recorder'] as const;

export interface Grant {
  readonly competition: string;
  readonly role: Role;
}

export const ALL_COMPETITIONS = '*';

const roleAllows = (role: Role, kind: FactKind): boolean => {
  switch (role) {
    case 'admin':
      return true;
    case 'recorder':
      return kind === 'match';
  }
};

/** May these grants record a fact of this kind about this competition (undefined: season-wide)? */
export function mayRecord(
  grants: readonly Grant[],
  competition: string | undefined,
  kind: FactKind,
): boolean {
  return grants.some(
    (g) =>
      (g.competition === ALL_COMPETITIONS || (competition !== undefined && g.competition === competition)) &&
      roleAllows(g.role, kind),
  );
}

/** The competitions a signed-in official may record matches in ('*' when all). */
export const recordableCompetitions = (grants: readonly Grant[]): readonly string[] => [
  ...new Set(grants.map((g) => g.competition)),
];
