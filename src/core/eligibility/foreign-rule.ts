import type { EligibilityRuleDoc } from '../definition/index.ts';
import { matchSquad, mostAtOnce } from './participants.ts';
import type { RuleFinding, RuleFindings, RuleInput } from './rule-check.ts';

type ForeignRule = Extract<EligibilityRuleDoc, { kind: 'foreign' }>;

/**
 * A limit on foreign players: at most `maxOnPitch` on the pitch at one time and at most
 * `maxInSquad` in the match squad. A player is foreign when his nationality is not the home one.
 */
export function checkForeignRule(rule: ForeignRule, input: RuleInput): RuleFindings {
  const violations: RuleFinding[] = [];
  const unverifiable: RuleFindings['unverifiable'][number][] = [];
  const squad = matchSquad(input.lineup);
  for (const player of squad) {
    const p = input.person(player);
    if (!p) unverifiable.push({ player, missing: 'person' });
    else if (p.nationality === undefined) unverifiable.push({ player, missing: 'nationality' });
  }
  const foreign = (player: string) => {
    const nationality = input.person(player)?.nationality;
    return nationality !== undefined && nationality !== rule.nationality;
  };
  if (rule.maxInSquad !== undefined) {
    const players = squad.filter(foreign);
    if (players.length > rule.maxInSquad) {
      violations.push({
        code: 'too_many_foreign_in_squad',
        players,
        excess: players.slice(rule.maxInSquad),
        allowed: rule.maxInSquad,
      });
    }
  }
  if (rule.maxOnPitch !== undefined) {
    const { most, players } = mostAtOnce(input.lineup, foreign);
    if (most > rule.maxOnPitch) {
      violations.push({
        code: 'too_many_foreign_on_pitch',
        players,
        excess: players.slice(rule.maxOnPitch),
        allowed: rule.maxOnPitch,
      });
    }
  }
  return { violations, unverifiable };
}
