import type { SuspensionRulesDoc } from '../core/definition/index.ts';
import type { Match } from '../core/model/index.ts';
import { suspensions, type Suspension } from '../core/eligibility/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { matchSummary, type MatchSummaryView } from './match-view.ts';
import { teamRef, type TeamRef } from './team-ref.ts';

/** A ban from cards as surfaces show it: who, why, the match that brought it, and what is left to serve. */
export interface SuspensionView {
  readonly competition: string;
  readonly player: { readonly id: string; readonly name: string };
  readonly team: TeamRef;
  readonly reason: 'yellows' | 'red';
  /** The match whose card brought the ban. */
  readonly after: MatchSummaryView;
  readonly matches: number;
  /** The team's matches that serve it, played or still to play, in date order. */
  readonly servedIn: readonly MatchSummaryView[];
  /** Of those, the matches already played (or awarded): the ban's matches served so far. */
  readonly served: number;
  /** Matches of the ban still to serve: `matches` less those served. */
  readonly toServe: number;
}

/** A banned player named in a line-up of a match that serves his ban. */
export interface SuspendedInLineupView {
  readonly player: { readonly id: string; readonly name: string };
  readonly team: TeamRef;
  readonly match: MatchSummaryView;
  readonly suspension: SuspensionView;
}

export interface SuspensionsView {
  readonly competition: string;
  /** The competition's rules; absent when it has none, and then nobody is banned by cards. */
  readonly rules?: SuspensionRulesDoc;
  readonly suspensions: readonly SuspensionView[];
  readonly inLineups: readonly SuspendedInLineupView[];
}

/** The bans of a competition (of one team, when `team` is given), from its recorded cards. */
export function suspensionsView(s: SeasonSnapshot, competition: string, team?: string): SuspensionsView {
  const rules = s.index.competitions.get(competition)?.suspensions;
  const report = suspensions(s.index, competition);
  const mine = <T extends { team: string }>(list: readonly T[]) =>
    team === undefined ? list : list.filter((x) => x.team === team);
  const summary = summaries(s);
  const view = suspensionView(s, competition, summary);
  return {
    competition,
    ...(rules ? { rules } : {}),
    suspensions: mine(report.suspensions).map(view),
    inLineups: mine(report.inLineups).map((x) => ({
      player: person(s, x.player),
      team: teamRef(s.index, x.team),
      match: summary(x.match),
      suspension: view(x.suspension),
    })),
  };
}

/** A team's bans in every competition it plays that has suspensions rules. */
export function teamSuspensions(s: SeasonSnapshot, team: string): SuspensionView[] {
  return s.doc.competitions
    .filter((c) => c.suspensions)
    .flatMap((c) => suspensionsView(s, c.id, team).suspensions);
}

const suspensionView =
  (s: SeasonSnapshot, competition: string, summary: (id: string) => MatchSummaryView) =>
  (x: Suspension): SuspensionView => {
    const servedIn = x.servedIn.map(summary);
    const served = servedIn.filter((m) => m.result || m.status === 'played' || m.status === 'awarded').length;
    return {
      competition,
      player: person(s, x.player),
      team: teamRef(s.index, x.team),
      reason: x.reason,
      after: summary(x.after),
      matches: x.matches,
      servedIn,
      served,
      toServe: x.matches - served,
    };
  };

const person = (s: SeasonSnapshot, id: string) => ({ id, name: s.index.people.get(id)?.name ?? id });

/** A match by its id, as summaries show it; the ids come from the season's own matches. */
function summaries(s: SeasonSnapshot): (id: string) => MatchSummaryView {
  const byId = new Map<string, Match>(s.matches.map((m) => [m.id, m]));
  return (id) => {
    const m = byId.get(id);
    if (!m) throw new Error(`suspensions name match '${id}', which the season does not hold`);
    return matchSummary(s, m);
  };
}
