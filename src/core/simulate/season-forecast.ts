import type { SeasonCounts } from './season-counts.ts';

/** What a season simulation says about one team in one competition. */
export interface SeasonTeamForecast {
  readonly team: string;
  readonly competition: string;
  /** The competition's deciding table (its last table stage). */
  readonly stage: string;
  readonly positions: readonly number[];
  readonly champion: number;
  readonly relegated: number;
  readonly promoted: number;
  /** P(the link takes this team), for every link that took it in some run. */
  readonly links: Readonly<Record<string, number>>;
  readonly expectedPoints: number;
}

/** Counts into probabilities; by competition in the season's order, then by expected place. */
export function seasonForecast(counts: SeasonCounts, competitions: readonly string[]): SeasonTeamForecast[] {
  const runs = Math.max(1, counts.runs);
  const rows = [...counts.teams.values()].map((t) => {
    const positions = t.positions.map((x) => x / runs);
    return {
      team: t.team,
      competition: t.competition,
      stage: t.stage,
      positions,
      champion: t.champion / runs,
      relegated: t.relegated / runs,
      promoted: t.promoted / runs,
      links: Object.fromEntries(Object.entries(t.links).map(([id, x]) => [id, x / runs])),
      expectedPoints: t.points / runs,
      place: positions.reduce((a, p, i) => a + p * (i + 1), 0) || Infinity,
    };
  });
  const order = (c: string) => competitions.indexOf(c);
  return rows
    .sort(
      (a, b) => order(a.competition) - order(b.competition) || a.place - b.place || b.champion - a.champion,
    )
    .map(({ place: _, ...row }) => row);
}

/**
 * P(no champion named), by competition: the runs in which the rules named nobody (a final's
 * place whose condition failed with no heir written, a tie its rules cannot decide). A
 * competition has at most one champion a run, so this is 1 − the sum of its teams' odds.
 */
export function noChampion(counts: SeasonCounts, competitions: readonly string[]): Record<string, number> {
  const runs = Math.max(1, counts.runs);
  const crowned = new Map<string, number>();
  for (const t of counts.teams.values())
    crowned.set(t.competition, (crowned.get(t.competition) ?? 0) + t.champion);
  return Object.fromEntries(competitions.map((c) => [c, (counts.runs - (crowned.get(c) ?? 0)) / runs]));
}
