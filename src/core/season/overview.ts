import { cyclesOf } from '../definition/index.ts';
import type { CompetitionDoc, StageDoc } from '../definition/index.ts';
import { matchIdOf } from './match-id.ts';
import type { SeasonIndex } from './season.ts';

export interface StageOverview {
  readonly id: string;
  readonly name: string;
  readonly format: StageDoc['format'];
  readonly groups: number;
  readonly teams: number;
  /** How many matches the format implies, when it can be known before the draw (round robins). */
  readonly expectedMatches?: number;
  readonly knownResults: number;
  /** Played, but the score is not known (a source says the match took place, not how it ended). */
  readonly playedScoreUnknown: number;
  readonly scheduled: number;
  readonly unknown: readonly string[];
}

export interface CompetitionOverview {
  readonly id: string;
  readonly name: string;
  readonly teams: number;
  readonly stages: readonly StageOverview[];
}

export interface SeasonOverview {
  readonly id: string;
  readonly name: string;
  readonly counts: Readonly<
    Record<
      | 'clubs'
      | 'teams'
      | 'venues'
      | 'people'
      | 'matches'
      | 'results'
      | 'adjustments'
      | 'links'
      | 'outcomes'
      | 'managerialChanges',
      number
    >
  >;
  readonly competitions: readonly CompetitionOverview[];
}

/** One group as far as its teams are known. */
export interface GroupMembers {
  readonly id: string;
  readonly knockout: boolean;
  readonly teams: readonly string[];
  /** False when the teams are only those a source named (its qualifiers), not the whole group. */
  readonly complete: boolean;
}

/**
 * Who is in a group or a knockout when the definition does not list them (groups filled by a
 * draw, by department or by the qualifiers of an earlier stage, or known only through recorded
 * outcomes; knockout sides derived from positions). The engine knows; without it only listed
 * teams and played matches count.
 */
export interface StageMembership {
  readonly groups: (comp: CompetitionDoc, stage: StageDoc & { format: 'groups' }) => readonly GroupMembers[];
  readonly knockout: (comp: CompetitionDoc, stage: StageDoc) => readonly string[];
}

const listedOnly: StageMembership = {
  groups: (_c, s) =>
    s.groups.map((g) => ({
      id: g.id,
      knockout: g.format === 'knockout',
      teams: g.teams ?? [],
      complete: true,
    })),
  knockout: () => [],
};

const roundRobin = (n: number, cycles: number) => (n * (n - 1) * cycles) / 2;

/** What a season holds and what it does not yet know: the answer of `torneo show`. */
export function seasonOverview(idx: SeasonIndex, members: StageMembership = listedOnly): SeasonOverview {
  const doc = idx.doc;
  const withResult = doc.matches.filter((m) => m.score !== undefined || m.status === 'awarded');
  return {
    id: doc.season.id,
    name: doc.season.name,
    counts: {
      clubs: doc.clubs.length,
      teams: idx.teams.size,
      venues: doc.venues.length,
      people: doc.people.length,
      matches: new Set(doc.matches.map(matchIdOf)).size,
      results: withResult.length,
      adjustments: doc.adjustments.length,
      links: doc.links.length,
      outcomes: doc.outcomes.length,
      managerialChanges: doc.managerialChanges.length,
    },
    competitions: doc.competitions.map((c) => ({
      id: c.id,
      name: c.name,
      teams: c.teams.length,
      stages: c.stages.map((s) => stageOverview(idx, c, s, members)),
    })),
  };
}

function stageOverview(
  idx: SeasonIndex,
  c: CompetitionDoc,
  s: StageDoc,
  members: StageMembership,
): StageOverview {
  const matches = idx.doc.matches.filter((m) => m.competition === c.id && m.stage === s.id);
  const knownResults = matches.filter((m) => m.score !== undefined || m.status === 'awarded').length;
  const playedScoreUnknown = matches.filter((m) => m.score === undefined && m.status === 'played').length;
  const scheduled = matches.length - knownResults - playedScoreUnknown;
  const unknown: string[] = [];
  let teams = 0;
  let groups = 0;
  let expectedMatches: number | undefined;
  switch (s.format) {
    case 'league': {
      teams = (s.teams ?? c.teams).length;
      expectedMatches = teams > 1 ? roundRobin(teams, cyclesOf(s)) : undefined;
      break;
    }
    case 'groups': {
      const known = members.groups(c, s);
      groups = known.length;
      teams = new Set(known.flatMap((g) => g.teams)).size;
      const unknownGroups = known.filter((g) => g.teams.length === 0);
      const partial = known.filter((g) => g.teams.length > 0 && !g.complete);
      if (unknownGroups.length)
        unknown.push(`${unknownGroups.length} of ${groups} groups have no known teams`);
      if (partial.length)
        unknown.push(`${partial.length} of ${groups} groups known only by the teams that went through`);
      // A stage whose groups nobody recorded (the Copa Perú's district leagues) has nothing to count.
      if (groups === 0) unknown.push('no group, team or result recorded');
      // A group played as a knockout has no round robin to count: its ties are in its bracket.
      expectedMatches =
        unknownGroups.length || partial.length || groups === 0
          ? undefined
          : known.reduce((a, g) => a + (g.knockout ? 0 : roundRobin(g.teams.length, cyclesOf(s))), 0);
      break;
    }
    case 'knockout':
      groups = s.rounds.length;
      teams = new Set([...matches.flatMap((m) => [m.home, m.away]), ...members.knockout(c, s)]).size;
      break;
    case 'aggregate':
      teams = c.teams.length;
      break;
  }
  if (expectedMatches !== undefined && knownResults < expectedMatches)
    unknown.push(`${expectedMatches - knownResults} of ${expectedMatches} results not known`);
  if (s.format === 'knockout' && knownResults === 0) unknown.push('no results known');
  return {
    id: s.id,
    name: s.name,
    format: s.format,
    groups,
    teams,
    ...(expectedMatches !== undefined ? { expectedMatches } : {}),
    knownResults,
    playedScoreUnknown,
    scheduled,
    unknown,
  };
}
