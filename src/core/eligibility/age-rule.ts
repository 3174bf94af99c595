import type { EligibilityRuleDoc } from '../definition/index.ts';
import { participants } from './participants.ts';
import type { RuleFinding, RuleFindings, RuleInput } from './rule-check.ts';

type AgeRule = Extract<EligibilityRuleDoc, { kind: 'age' }>;

/**
 * An age-limited team (reserves, under-21s): players must be born on or after `bornOnOrAfter`,
 * except at most `maxOlder` reinforcements per match, who themselves may have to be born on or
 * after `olderBornOnOrAfter` (2014 Torneo de Promoción y Reservas: "three older reinforcements").
 * Everyone who took the field counts, substitutes who came on included.
 */
export function checkAgeRule(rule: AgeRule, input: RuleInput): RuleFindings {
  const violations: RuleFinding[] = [];
  const unverifiable: RuleFindings['unverifiable'][number][] = [];
  const older: string[] = [];
  for (const player of participants(input.lineup)) {
    const p = input.person(player);
    if (!p) unverifiable.push({ player, missing: 'person' });
    else if (p.born === undefined) unverifiable.push({ player, missing: 'born' });
    else if (p.born < rule.bornOnOrAfter) {
      older.push(player);
      if (rule.olderBornOnOrAfter !== undefined && p.born < rule.olderBornOnOrAfter) {
        violations.push({ code: 'older_than_allowed', player, born: p.born, limit: rule.olderBornOnOrAfter });
      }
    }
  }
  if (older.length > rule.maxOlder) {
    violations.unshift({
      code: 'too_many_older',
      players: older,
      excess: older.slice(rule.maxOlder),
      allowed: rule.maxOlder,
    });
  }
  return { violations, unverifiable };
}
