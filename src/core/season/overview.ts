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

const roundRobin = (n: number, cycles: number) => (n * (n - 1) * cycles) / 2;

/** What a season holds and what it does not yet know: the answer of `torneo show`. */
export function seasonOverview(idx: SeasonIndex): SeasonOverview {
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
      stages: c.stages.map((s) => stageOverview(idx, c, s)),
    })),
  };
}

function stageOverview(idx: SeasonIndex, c: CompetitionDoc, s: StageDoc): StageOverview {
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
      expectedMatches = teams > 1 ? roundRobin(teams, s.rounds) : undefined;
      break;
    }
    case 'groups': {
      groups = s.groups.length;
      const sizes = s.groups.map((g) => g.teams?.length ?? 0);
      teams = sizes.reduce((a, b) => a + b, 0);
      const unknownGroups = s.groups.filter((g) => !g.teams?.length);
      if (unknownGroups.length)
        unknown.push(`${unknownGroups.length} of ${groups} groups have no known teams`);
      expectedMatches = unknownGroups.length
        ? undefined
        : sizes.reduce((a, n) => a + roundRobin(n, s.rounds), 0);
      break;
    }
    case 'knockout':
      groups = s.rounds.length;
      teams = new Set(matches.flatMap((m) => [m.home, m.away])).size;
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
