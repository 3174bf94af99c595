import type { TieRules } from './tie-rules.ts';

/**
 * Knockout rules of real competitions, by id. A closed list: an unknown id is a compile error
 * here and `undefined` from `tieRulesPreset` at the boundary.
 */
export const TIE_RULE_PRESETS = {
  /**
   * UEFA club competitions until 2020/21 (UCL Regulations 2020/21, art. 19): "If the two teams
   * score the same number of goals over the two legs, the team which scores more away goals
   * qualifies"; if still level, extra time at the end of the second leg, and "if both teams
   * score the same number of goals during extra time, away goals count double (i.e. the
   * visiting team qualifies)"; then kicks from the penalty mark.
   */
  'uefa-pre-2021': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: true,
    awayGoalsInExtraTime: true,
    extraTime: true,
    penalties: true,
    replay: false,
  },
  /**
   * UEFA club competitions from 2021/22 (UCL Regulations 2022/23, art. 20): "if the two teams
   * involved in a tie score the same number of goals over the two legs, two 15-minute periods
   * of extra time are played at the end of the second leg … If both teams score the same number
   * of goals or no goals are scored during extra time, kicks from the penalty mark determine
   * which team qualifies". Away goals abolished.
   */
  'uefa-2021': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: true,
    penalties: true,
    replay: false,
  },
  /**
   * CONMEBOL Libertadores and Sudamericana from 2022, rounds before the final: "If tied on
   * aggregate, extra time would not be played, and a penalty shoot-out would be used"
   * (Regulations art. 2.4.3). Away goals abolished from 2022 (CONMEBOL Council, 25 Nov 2021).
   */
  'conmebol-no-extra-time': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: false,
    penalties: true,
    replay: false,
  },
  /**
   * CONMEBOL Libertadores and Sudamericana 2005–2021, rounds before the final: away goals
   * (introduced 2005), then penalties straight after 90 minutes of the second leg.
   */
  'conmebol-away-goals-no-extra-time': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: true,
    awayGoalsInExtraTime: false,
    extraTime: false,
    penalties: true,
    replay: false,
  },
  /**
   * CONMEBOL two-legged finals 2008–2018: no away goals in the final ("la final … no contempla
   * el gol de visitante"), extra time of two 15-minute periods, then penalties.
   */
  'conmebol-two-legged-final': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: true,
    penalties: true,
    replay: false,
  },
  /**
   * One match; "if tied after regulation, 30 minutes of extra time would be played. If still
   * tied after extra time, a penalty shoot-out" (CONMEBOL finals since 2019; 2014 Torneo del
   * Inca final, peru2014_facts.md S4/S12).
   */
  'single-match-et-pens': {
    legs: 1,
    aggregate: 'goals',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: true,
    penalties: true,
    replay: false,
  },
  /**
   * FA Cup 1991/92–2023/24: a drawn tie is replayed once at the ground of the original away
   * club; a drawn replay goes to extra time and then kicks from the penalty mark.
   */
  'fa-cup-replay': {
    legs: 1,
    aggregate: 'goals',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: false,
    penalties: false,
    replay: { max: 1, extraTime: true, last: { extraTime: true, penalties: true } },
  },
  /**
   * 2014 Descentralizado final (peru2014_facts.md S41, S36): "goal difference is not used in
   * the final: if the teams are level on points after two legs, a third match is played on
   * neutral ground; if that is level, extra time, then penalties".
   */
  'descentralizado-2014-final': {
    legs: 2,
    aggregate: 'points',
    awayGoals: false,
    awayGoalsInExtraTime: false,
    extraTime: false,
    penalties: false,
    replay: false,
    thirdMatch: { neutral: true, extraTime: true, penalties: true },
  },
  /**
   * 2014 Copa Perú, two-legged ties of the national stage (peru2014_facts.md S46): away goals
   * count double "en una eventual igualdad". What follows a tie level on away goals too is not
   * in the sources: assumed here to be penalties straight after the second leg.
   */
  'copa-peru-2014': {
    legs: 2,
    aggregate: 'goals',
    awayGoals: true,
    awayGoalsInExtraTime: false,
    extraTime: false,
    penalties: true,
    replay: false,
  },
} as const satisfies Record<string, TieRules>;

export type TieRulePresetId = keyof typeof TIE_RULE_PRESETS;

export const TIE_RULE_PRESET_IDS = Object.keys(TIE_RULE_PRESETS) as readonly TieRulePresetId[];

/** The rules for a preset id read from outside (a season file); `undefined` for an unknown id. */
export function tieRulesPreset(id: string): TieRules | undefined {
  return Object.hasOwn(TIE_RULE_PRESETS, id) ? TIE_RULE_PRESETS[id as TieRulePresetId] : undefined;
}
