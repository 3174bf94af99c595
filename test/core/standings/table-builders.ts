// Tiny builders so a test reads like a results page:
//   result('Alianza', 'USM', '3-3 aet, 4-3 pen')
import type {
  Adjustment,
  CardCounts,
  Match,
  MatchResult,
  Score,
  TableRules,
  TiebreakerId,
} from '../../../src/core/model/index.ts';
import { isoDate, matchId, parseScore, teamId, THREE_POINTS } from '../../../src/core/model/index.ts';
import type { TeamId } from '../../../src/core/model/index.ts';
import { computeStandings, type StandingsInput, type Table } from '../../../src/core/standings/index.ts';

export interface MatchOptions {
  readonly date?: string;
  readonly round?: string;
  readonly cards?: { readonly home: CardCounts; readonly away: CardCounts };
}

let next = 0;

function scoreOf(text: string): Score {
  const s = parseScore(text);
  if (s === undefined) throw new Error(`not a score: ${text}`);
  return s;
}

/**
 * `'2-1'`, `'2-2, 3-3 aet, 5-3 pen'`, or the short `'3-3 aet, 4-3 pen'` where the 90-minute
 * score is not given: it is then taken as level on the lower side's goals (3-3, or 1-1 for
 * `'2-1 aet'`), which is all a table needs — tables count the score after extra time.
 */
export function parseResult(text: string): MatchResult {
  const parts = text.split(',').map((p) => p.trim());
  let result: MatchResult | undefined;
  for (const part of parts) {
    const [s = '', phase] = part.split(/\s+/);
    const score = scoreOf(s);
    if (phase === undefined && result === undefined) result = { fullTime: score };
    else if (phase === 'aet') {
      const level = Math.min(score.home, score.away);
      result = { fullTime: result?.fullTime ?? { home: level, away: level }, extraTime: score };
    } else if (phase === 'pen' && result) result = { ...result, penalties: score };
    else throw new Error(`cannot read result '${text}'`);
  }
  if (!result) throw new Error(`cannot read result '${text}'`);
  return result;
}

const base = (home: string, away: string, options: MatchOptions) => ({
  id: matchId(`m${++next}`),
  home: teamId(home),
  away: teamId(away),
  ...(options.date === undefined ? {} : { date: isoDate(options.date) }),
  ...(options.round === undefined ? {} : { round: options.round }),
  ...(options.cards === undefined ? {} : { cards: options.cards }),
});

/** A played match. */
export const result = (home: string, away: string, text: string, options: MatchOptions = {}): Match => ({
  ...base(home, away, options),
  status: 'played',
  result: parseResult(text),
});

/** A match awarded to `to` with the awarded score. */
export const awarded = (
  home: string,
  away: string,
  text: string,
  to: string,
  options: MatchOptions = {},
): Match => ({
  ...base(home, away, options),
  status: 'awarded',
  awardedTo: teamId(to),
  result: parseResult(text),
});

/** A match played but struck out (`void` or `annulled`). */
export const struckOut = (
  home: string,
  away: string,
  text: string,
  status: 'void' | 'annulled',
  options: MatchOptions = {},
): Match => ({ ...base(home, away, options), status, result: parseResult(text) });

/** A match still to be played. */
export const fixture = (home: string, away: string, options: MatchOptions = {}): Match => ({
  ...base(home, away, options),
  status: 'scheduled',
});

export const teams = (...names: string[]): TeamId[] => names.map(teamId);

/** Rules with three points a win, head-to-head once, unless told otherwise. */
export const rules = (tiebreakers: readonly TiebreakerId[], extra: Partial<TableRules> = {}): TableRules => ({
  points: THREE_POINTS,
  tiebreakers,
  headToHead: 'once',
  ...extra,
});

export const deduction = (team: string, points: number, reason: string, effective?: string): Adjustment => ({
  team: teamId(team),
  points,
  reason,
  ...(effective === undefined ? {} : { effective: isoDate(effective) }),
});

export const cards = (yellow: number, secondYellow = 0, red = 0, yellowRed = 0): CardCounts => ({
  yellow,
  secondYellow,
  red,
  yellowRed,
});

/** The teams of a table, best first. */
export const order = (table: Table): string[] => table.rows.map((r) => r.team);

/** A table of the teams that appear in the matches, in order of appearance. */
export function tableOf(
  matches: readonly Match[],
  tableRules: TableRules,
  extra: Partial<StandingsInput> = {},
): Table {
  const names = new Set<TeamId>();
  for (const m of matches) names.add(m.home).add(m.away);
  return computeStandings({ teams: [...names], matches, rules: tableRules, ...extra });
}

export const row = (table: Table, team: string) => {
  const found = table.rows.find((r) => r.team === team);
  if (!found) throw new Error(`no row for ${team}`);
  return found;
};
