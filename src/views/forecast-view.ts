import { MAX_GOALS, type FixtureForecast } from '../core/predict/index.ts';
import type { SeasonTeamForecast, TeamForecast } from '../core/simulate/index.ts';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** One forecast match as `torneo predict --json` and the API print it. */
export function fixtureForecastJson({ match, forecast }: FixtureForecast) {
  return {
    date: match.date ?? null,
    home: match.home,
    away: match.away,
    ...(match.neutral ? { neutral: true } : {}),
    probabilities: {
      home: round4(forecast.probabilities.home),
      draw: round4(forecast.probabilities.draw),
      away: round4(forecast.probabilities.away),
    },
    expectedGoals: { home: round4(forecast.expectedGoals.home), away: round4(forecast.expectedGoals.away) },
    mostLikelyScore: mostLikelyScore(forecast.scores),
  };
}

export function mostLikelyScore(scores: Float64Array): string {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return `${Math.floor(best / (MAX_GOALS + 1))}-${best % (MAX_GOALS + 1)}`;
}

/** One team's odds as `torneo simulate --json` and the API print them. */
export function teamForecastJson(
  f: TeamForecast | SeasonTeamForecast,
  competition: string | null,
  stage: string | null,
  links: Readonly<Record<string, number>> = {},
) {
  return {
    team: f.team as string,
    competition,
    stage,
    positions: f.positions.map(round6),
    champion: round6(f.champion),
    relegated: round6(f.relegated),
    promoted: round6(f.promoted),
    links: Object.fromEntries(Object.entries(links).map(([id, p]) => [id, round6(p)])),
    expectedPoints: Math.round(f.expectedPoints * 100) / 100,
  };
}

export type TeamForecastJson = ReturnType<typeof teamForecastJson>;
