/** One team's tally over runs, in one competition's deciding table. Integers, so chunks add up exactly. */
export interface TeamTally {
  readonly competition: string;
  readonly stage: string;
  readonly team: string;
  /** `positions[p − 1]`: runs the team finished p-th. */
  readonly positions: number[];
  champion: number;
  relegated: number;
  promoted: number;
  points: number;
  /** Runs in which each link took the team. */
  readonly links: Record<string, number>;
}

export interface SeasonCounts {
  runs: number;
  /** Keyed `competition|team`. */
  readonly teams: Map<string, TeamTally>;
}

export const emptySeasonCounts = (): SeasonCounts => ({ runs: 0, teams: new Map() });

export function tallyOf(
  counts: SeasonCounts,
  competition: string,
  stage: string,
  team: string,
  size: number,
): TeamTally {
  const key = `${competition}|${team}`;
  let tally = counts.teams.get(key);
  if (!tally) {
    tally = {
      competition,
      stage,
      team,
      positions: [],
      champion: 0,
      relegated: 0,
      promoted: 0,
      points: 0,
      links: {},
    };
    counts.teams.set(key, tally);
  }
  while (tally.positions.length < size) tally.positions.push(0);
  return tally;
}

/** Adds a chunk's tallies into `into` (in place). */
export function addSeasonCounts(into: SeasonCounts, chunk: SeasonCounts): SeasonCounts {
  into.runs += chunk.runs;
  for (const t of chunk.teams.values()) {
    const mine = tallyOf(into, t.competition, t.stage, t.team, t.positions.length);
    t.positions.forEach((x, i) => (mine.positions[i] = (mine.positions[i] ?? 0) + x));
    mine.champion += t.champion;
    mine.relegated += t.relegated;
    mine.promoted += t.promoted;
    mine.points += t.points;
    for (const [id, x] of Object.entries(t.links)) mine.links[id] = (mine.links[id] ?? 0) + x;
  }
  return into;
}
