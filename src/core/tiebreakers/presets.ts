import { THREE_POINTS, TWO_POINTS, type TableRules } from '../model/rules.ts';
import { suggest } from '../names/suggest.ts';
import { StandingsError } from './standings-error.ts';

/**
 * Known regulations as data: a points system and a list of tie-breaker ids. Each cites where it
 * comes from and says where our criteria only approximate it.
 */
export const TABLE_RULES_PRESETS = {
  /**
   * Premier League Handbook, Section C (League table), as amended from 2019/20: points, goal
   * difference, goals scored; then, where the title, relegation or qualification for another
   * competition is at stake, points in the matches between the clubs, away goals in those
   * matches, and finally a play-off on neutral ground. Play-offs: the title (1) and the
   * relegation line of a 20-club league (17); the European places change from season to
   * season and belong to the season's own rules. (The handbook has clubs level elsewhere share
   * the place; this preset applies head-to-head to every place.)
   */
  'premier-league': {
    points: THREE_POINTS,
    tiebreakers: ['points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_away_goals_for', 'playoff'],
    headToHead: 'once',
    playoffPositions: [1, 17],
  },
  /**
   * RFEF Reglamento General, art. 201 (LaLiga): points; then among the clubs concerned, points
   * and goal difference in their matches among themselves; then overall goal difference, goals
   * scored, fair play; finally a match on neutral ground (art. 202). RFEF's fair-play scale
   * differs from FIFA's weights used by `fair_play`.
   */
  'la-liga': {
    points: THREE_POINTS,
    tiebreakers: [
      'points',
      'h2h_points',
      'h2h_goal_difference',
      'goal_difference',
      'goals_for',
      'fair_play',
      'playoff',
    ],
    headToHead: 'once',
  },
  /**
   * Serie A from 2022/23: a tie for the title or for the last place above relegation (17th of
   * 20) is played off (2022/23: Spezia 1–3 Hellas Verona, 11 June 2023); other ties: points in
   * the matches among the clubs, goal difference in them, overall goal difference, goals
   * scored, drawing of lots (FIGC NOIF art. 51 as applied by Lega Serie A).
   */
  'serie-a': {
    points: THREE_POINTS,
    tiebreakers: [
      'points',
      'playoff',
      'h2h_points',
      'h2h_goal_difference',
      'goal_difference',
      'goals_for',
      'lots',
    ],
    headToHead: 'once',
    playoffPositions: [1, 17],
  },
  /**
   * DFL Spielordnung § 4: points, goal difference, goals scored, head-to-head (points, then away
   * goals in those matches), away goals in all matches, then a deciding match on neutral ground.
   */
  bundesliga: {
    points: THREE_POINTS,
    tiebreakers: [
      'points',
      'goal_difference',
      'goals_for',
      'h2h_points',
      'h2h_away_goals_for',
      'away_goals_for',
      'playoff',
    ],
    headToHead: 'once',
  },
  /**
   * UEFA Champions League regulations 2023/24, art. 17.01 (group stage): a)–c) points, goal
   * difference and goals scored in the matches among the teams in question, d) re-applied to
   * the teams still level; e) goal difference, f) goals scored, g) away goals, h) wins, i) away
   * wins, j) disciplinary points, k) club coefficient. `fair_play` uses FIFA's weights where
   * UEFA counts red −3 and yellow −1, and we have no coefficient: a drawing of lots stands in.
   */
  'uefa-group': {
    points: THREE_POINTS,
    tiebreakers: [
      'points',
      'h2h_points',
      'h2h_goal_difference',
      'h2h_goals_for',
      'goal_difference',
      'goals_for',
      'away_goals_for',
      'wins',
      'away_wins',
      'fair_play',
      'lots',
    ],
    headToHead: 'reapply',
  },
  /**
   * Regulations, FIFA World Cup Russia 2018, art. 32.5 (unchanged for Qatar 2022): points, goal
   * difference, goals scored; then points, goal difference and goals scored in the group
   * matches between the teams concerned, applied once; fair-play points; drawing of lots.
   */
  'fifa-world-cup': {
    points: THREE_POINTS,
    tiebreakers: [
      'points',
      'goal_difference',
      'goals_for',
      'h2h_points',
      'h2h_goal_difference',
      'h2h_goals_for',
      'fair_play',
      'lots',
    ],
    headToHead: 'once',
  },
  /**
   * Copa CONMEBOL Libertadores group stage (regulations of the 2010s): points, goal
   * difference, goals scored, goals scored away from home, drawing of lots.
   */
  conmebol: {
    points: THREE_POINTS,
    tiebreakers: ['points', 'goal_difference', 'goals_for', 'away_goals_for', 'lots'],
    headToHead: 'once',
  },
  /**
   * The Football League from 1888/89: two points for a win, one for a draw; "in the event of
   * two or more clubs being equal in points, the best goal average to count" (management
   * committee, 11 January 1889). See `goal_average` for goals conceded = 0.
   */
  'england-1888': {
    points: TWO_POINTS,
    tiebreakers: ['points', 'goal_average'],
    headToHead: 'once',
  },
  /** The Football League from 1976/77: goal difference replaces goal average; still two points a win. */
  'england-1976': {
    points: TWO_POINTS,
    tiebreakers: ['points', 'goal_difference', 'goals_for'],
    headToHead: 'once',
  },
  /** The Football League from 1981/82: three points for a win. */
  'england-1981': {
    points: THREE_POINTS,
    tiebreakers: ['points', 'goal_difference', 'goals_for'],
    headToHead: 'once',
  },
  /**
   * EFL League One and League Two 2019/20, curtailed by the pandemic: final places on unweighted
   * points per game, points after deductions (EFL statement, 9 June 2020). Ties on points per
   * game then fall to goal difference and goals scored, as in the EFL's usual order.
   */
  'efl-2020-ppg': {
    points: THREE_POINTS,
    tiebreakers: ['points_per_game', 'goal_difference', 'goals_for'],
    headToHead: 'once',
  },
  /**
   * ADFP 2014 Torneo Descentralizado, Apertura and Clausura: three points a win; a tie on points
   * for first place is not broken by goal difference but played off, with extra time and
   * penalties (Clausura 2014: Sporting Cristal and Alianza Lima level on 33 points, play-off
   * 1–0 on 3 December 2014). Other ties: goal difference, then
   * goals scored. Sources: peru2014_facts.md in the shared data (S29–S32) and examples/peru-2014.
   */
  'adfp-2014': {
    points: THREE_POINTS,
    tiebreakers: ['points', 'playoff', 'goal_difference', 'goals_for'],
    headToHead: 'once',
    playoffPositions: [1],
  },
  /**
   * ADFP 2014 Torneo del Inca, group stage: group places, the first included, on goal
   * difference after points (La Prensa, May 2014: Aurich and León "pueden ganar el título por
   * diferencia de goles"), then goals scored.
   */
  'adfp-2014-inca': {
    points: THREE_POINTS,
    tiebreakers: ['points', 'goal_difference', 'goals_for'],
    headToHead: 'once',
  },
} as const satisfies Record<string, TableRules>;

export type TableRulesPresetId = keyof typeof TABLE_RULES_PRESETS;

export const TABLE_RULES_PRESET_IDS = Object.keys(TABLE_RULES_PRESETS) as readonly TableRulesPresetId[];

/** The rules of a preset by name; an unknown name is refused with a coded error and a suggestion. */
export function tableRulesPreset(name: string): TableRules {
  if (Object.hasOwn(TABLE_RULES_PRESETS, name)) return TABLE_RULES_PRESETS[name as TableRulesPresetId];
  const suggestion = suggest(name, TABLE_RULES_PRESET_IDS);
  throw new StandingsError(
    {
      code: 'unknown_preset',
      path: ['preset'],
      input: name,
      ...(suggestion === undefined ? {} : { suggestion }),
    },
    `unknown table rules preset '${name}'; known: ${TABLE_RULES_PRESET_IDS.join(', ')}`,
  );
}
