import type { IsoDate, Match, TeamId } from '../model/index.ts';
import { fitDixonColes } from './fit-dixon-coles.ts';
import {
  brierScore,
  logLoss,
  outcomeOf,
  rankedProbabilityScore,
  type MatchOutcome,
  type OutcomeProbabilities,
} from './forecast-scores.ts';
import { forecastFromRates, forecastMatch } from './scoreline-grid.ts';
import type { StrengthModel } from './strength-model.ts';

export interface BacktestOptions {
  /** A date is forecast when at least this many of the season's matches were played before it (default 100). */
  readonly minMatches?: number;
  /** The whole previous season, fitted together with the season so far. */
  readonly previous?: readonly Match[];
  readonly xi?: number;
  readonly priorSd?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One forecast of the walk and the baselines' forecasts of the same match. */
export interface BacktestPrediction {
  readonly date: IsoDate;
  readonly home: TeamId;
  readonly away: TeamId;
  readonly outcome: MatchOutcome;
  readonly model: OutcomeProbabilities;
  readonly frequencies: OutcomeProbabilities;
  readonly equalStrengths: OutcomeProbabilities;
}

export interface ForecastScore {
  readonly rps: number;
  readonly logLoss: number;
  readonly brier: number;
}

export interface BacktestResult {
  readonly predictions: readonly BacktestPrediction[];
  readonly fits: number;
  /** Iterations of the optimiser over all fits. */
  readonly iterations: number;
  readonly model: ForecastScore;
  readonly frequencies: ForecastScore;
  readonly equalStrengths: ForecastScore;
}

const scored = (m: Match): boolean => m.status === 'played' && m.result !== undefined && m.date !== undefined;

/**
 * Walks forward through a season: for each match date D with at least `minMatches` of the
 * season's matches before it, fits the model on those (and the previous season, when given)
 * and forecasts the matches of D, as a forecaster would have on the morning of D. Each fit
 * starts from the one before (the optimum is the same; it is only found sooner).
 */
export function backtest(season: readonly Match[], options: BacktestOptions = {}): BacktestResult {
  const minMatches = options.minMatches ?? 100;
  const matches = season.filter(scored).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const previous = (options.previous ?? []).filter(scored);
  const dates = [...new Set(matches.map((m) => m.date!))];
  const predictions: BacktestPrediction[] = [];
  let fits = 0;
  let iterations = 0;
  let model: StrengthModel | undefined;
  let before = 0;
  const due = dates.filter((d) => matches.filter((m) => m.date! < d).length >= minMatches);
  for (const date of dates) {
    const today = matches.slice(before).filter((m) => m.date === date);
    const earlier = matches.slice(0, before);
    before += today.length;
    if (earlier.length < minMatches) continue;
    model = fitDixonColes([...previous, ...earlier], {
      asOf: date,
      ...(options.xi !== undefined ? { xi: options.xi } : {}),
      ...(options.priorSd !== undefined ? { priorSd: options.priorSd } : {}),
      teams: today.flatMap((m) => [m.home, m.away]),
      ...(model ? { start: model } : {}),
    });
    fits++;
    iterations += model.iterations;
    const frequencies = outcomeFrequencies(earlier);
    const equal = equalStrengths(earlier);
    for (const m of today) {
      const ft = m.result!.fullTime;
      predictions.push({
        date,
        home: m.home,
        away: m.away,
        outcome: outcomeOf(ft.home, ft.away),
        model: forecastMatch(model, m.home, m.away, m.neutral === true).probabilities,
        frequencies,
        equalStrengths: equal,
      });
    }
    options.onProgress?.(fits, due.length);
  }
  return {
    predictions,
    fits,
    iterations,
    model: scoreOf(predictions, (p) => p.model),
    frequencies: scoreOf(predictions, (p) => p.frequencies),
    equalStrengths: scoreOf(predictions, (p) => p.equalStrengths),
  };
}

/** The season's home/draw/away frequencies so far: the first baseline. */
function outcomeFrequencies(matches: readonly Match[]): OutcomeProbabilities {
  const counts = { home: 0, draw: 0, away: 0 };
  for (const m of matches) counts[outcomeOf(m.result!.fullTime.home, m.result!.fullTime.away)]++;
  const n = Math.max(1, matches.length);
  return { home: counts.home / n, draw: counts.draw / n, away: counts.away / n };
}

/** Every team equal: independent Poissons at the season's mean home and away goals so far. */
function equalStrengths(matches: readonly Match[]): OutcomeProbabilities {
  let home = 0;
  let away = 0;
  for (const m of matches) {
    home += m.result!.fullTime.home;
    away += m.result!.fullTime.away;
  }
  const n = Math.max(1, matches.length);
  return forecastFromRates(home / n, away / n, 0).probabilities;
}

export function scoreOf(
  predictions: readonly BacktestPrediction[],
  pick: (p: BacktestPrediction) => OutcomeProbabilities,
): ForecastScore {
  let rps = 0;
  let ll = 0;
  let brier = 0;
  for (const p of predictions) {
    rps += rankedProbabilityScore(pick(p), p.outcome);
    ll += logLoss(pick(p), p.outcome);
    brier += brierScore(pick(p), p.outcome);
  }
  const n = Math.max(1, predictions.length);
  return { rps: rps / n, logLoss: ll / n, brier: brier / n };
}
