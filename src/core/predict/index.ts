export { fitDixonColes, DEFAULT_PRIOR_SD, DEFAULT_XI, type FitOptions } from './fit-dixon-coles.ts';
export { teamIndex, type StrengthModel } from './strength-model.ts';
export {
  forecastMatch,
  forecastFromRates,
  matchRates,
  MAX_GOALS,
  type MatchForecast,
} from './scoreline-grid.ts';
export {
  brierScore,
  logLoss,
  outcomeOf,
  rankedProbabilityScore,
  type MatchOutcome,
  type OutcomeProbabilities,
} from './forecast-scores.ts';
export {
  backtest,
  scoreOf,
  type BacktestOptions,
  type BacktestPrediction,
  type BacktestResult,
  type ForecastScore,
} from './backtest.ts';
export {
  minimizeLbfgs,
  type MinimizeOptions,
  type MinimizeResult,
  type Objective,
} from './minimize-lbfgs.ts';
export { predictFixtures, playedAsOf, toPlayAsOf, type FixtureForecast } from './predict-fixtures.ts';
