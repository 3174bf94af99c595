/**
 * The columns of the plain results CSV read by `torneo table --results FILE.csv`. The first five
 * are required; the rest are optional and may come in any order.
 *
 *   date,home,away,home_goals,away_goals
 *   home_goals_et,away_goals_et     score after extra time, cumulative (includes the 90 minutes)
 *   home_pens,away_pens             the shoot-out
 *   home_yellow,away_yellow, home_second_yellow,away_second_yellow, home_red,away_red
 *   status                          played (default), awarded, void, abandoned, … (MatchStatus)
 *   awarded_to                      the team (or `home` / `away`) an awarded match went to
 *   stage                           the stage the match belongs to (`Group stage`, `Knockout stage`)
 *   group                           its group (`A`): the rows of a group make a group table
 *   round                           its round (`Round of 16`, `Final`): rows under a knockout round
 *                                   form ties, one per pair of teams
 *   leg                             1 or 2 (3 for a third match) of a two-legged tie
 */
export const REQUIRED_COLUMNS = ['date', 'home', 'away', 'home_goals', 'away_goals'] as const;

export const PAIRED_COLUMNS = [
  ['home_goals_et', 'away_goals_et'],
  ['home_pens', 'away_pens'],
  ['home_yellow', 'away_yellow'],
  ['home_second_yellow', 'away_second_yellow'],
  ['home_red', 'away_red'],
] as const;

export const PLACE_COLUMNS = ['stage', 'group', 'round', 'leg'] as const;

export const OPTIONAL_COLUMNS = [...PAIRED_COLUMNS.flat(), 'status', 'awarded_to', ...PLACE_COLUMNS] as const;

export const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
