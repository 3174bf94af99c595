import type { IsoDate, TeamId } from '../model/index.ts';

/**
 * Team strengths of a Dixon–Coles model (Dixon & Coles 1997, "Modelling association football
 * scores and inefficiencies in the football betting market"): goals of each side are Poisson
 * with rates
 *
 *   λ(home) = exp(intercept + home + attack[h] − defence[a])   (no `home` on neutral ground)
 *   μ(away) = exp(intercept + attack[a] − defence[h])
 *
 * and the four low scores 0–0, 1–0, 0–1 and 1–1 are corrected by τ(ρ), which lets draws be a
 * little likelier than two independent Poissons say. Strengths are on the log scale around the
 * league mean (0): a team never seen has attack = defence = 0.
 */
export interface StrengthModel {
  readonly teams: readonly TeamId[];
  readonly attack: Float64Array;
  /** Higher is better: it lowers the opponents' rate. */
  readonly defence: Float64Array;
  readonly intercept: number;
  readonly home: number;
  /** The low-score correction ρ (Dixon–Coles use a small negative value). */
  readonly rho: number;
  /** The day the time decay counts back from. */
  readonly asOf?: IsoDate;
  /** The decay ξ per day the matches were weighted with (0: every match counts the same). */
  readonly xi: number;
  /** How many matches the fit read, and how many each team played in them. */
  readonly matches: number;
  readonly played: Int32Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/** A team's index in a model, or −1 for a team the model never saw (it gets the league mean). */
export function teamIndex(model: StrengthModel, team: string): number {
  return model.teams.indexOf(team as TeamId);
}
