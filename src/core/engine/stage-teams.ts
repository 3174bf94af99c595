import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import type { Match } from '../model/index.ts';

/** A table's teams: listed in the definition, or else everyone who played in it. */
export function tableTeams(
  comp: CompetitionDoc,
  stage: StageDoc,
  group: string | undefined,
  matches: readonly Match[],
  entrants: readonly string[],
): string[] {
  const listed =
    stage.format === 'groups'
      ? stage.groups.find((g) => g.id === group)?.teams
      : stage.format === 'league'
        ? (stage.teams ?? (comp.teams.length ? comp.teams : undefined))
        : undefined;
  if (listed?.length) return [...listed];
  if (entrants.length) return [...entrants];
  const seen = new Set<string>();
  for (const m of matches) {
    seen.add(m.home);
    seen.add(m.away);
  }
  return [...seen];
}

/** Round-robin matches a table implies: n(n−1)/2 per cycle. */
export const expectedRoundRobin = (teams: number, cycles: number): number =>
  (teams * (teams - 1) * cycles) / 2;
