import type { EligibilityRuleDoc, MatchFactDoc } from '../definition/index.ts';
import type { Side } from '../model/index.ts';
import { matchIdOf } from '../season/match-id.ts';
import { PeopleResolver } from '../season/people-resolver.ts';
import type { SeasonIndex } from '../season/season.ts';
import { checkAgeRule } from './age-rule.ts';
import type { EligibilityReport, EligibilityViolation, Unverifiable } from './eligibility-violation.ts';
import { checkForeignRule } from './foreign-rule.ts';
import type { ResolvedLineup } from './participants.ts';
import type { RuleFindings, RuleInput } from './rule-check.ts';

/**
 * Checks every line-up of a competition against its eligibility rules. A name a line-up gives
 * is resolved to a person of the season (by id, name, alias or unique surname); a player who
 * cannot be resolved, or lacks the date of birth or nationality a rule needs, is reported as
 * unverifiable rather than passed or failed.
 */
export function checkEligibility(index: SeasonIndex, competition: string): EligibilityReport {
  const comp = index.competitions.get(competition);
  const rules = comp?.eligibility ?? [];
  const resolver = new PeopleResolver(index.doc.people);
  const violations: EligibilityViolation[] = [];
  const unverifiable: Unverifiable[] = [];
  let lineupsChecked = 0;
  for (const m of index.doc.matches) {
    if (m.competition !== competition || !m.lineups) continue;
    for (const side of ['home', 'away'] as const) {
      const lineup = resolveLineup(m, side, resolver);
      if (!lineup) continue;
      lineupsChecked++;
      const where = { match: matchIdOf(m), ...(m.date ? { date: m.date } : {}), team: m[side] };
      const input: RuleInput = { lineup, person: (id) => index.people.get(id) };
      rules.forEach((rule, i) => {
        const ref = { competition, index: i, rule };
        const found = checkRule(rule, input);
        for (const v of found.violations) violations.push({ ...ref, ...where, ...v });
        for (const u of found.unverifiable) unverifiable.push({ ...ref, ...where, ...u });
      });
    }
  }
  return { violations, unverifiable, lineupsChecked };
}

function checkRule(rule: EligibilityRuleDoc, input: RuleInput): RuleFindings {
  switch (rule.kind) {
    case 'age':
      return checkAgeRule(rule, input);
    case 'foreign':
      return checkForeignRule(rule, input);
    case 'squad-quota':
      // A quota counts a team's squad, not a line-up: validate checks it against the squads.
      return { violations: [], unverifiable: [] };
  }
}

/** Names become person ids where the season knows the person; unknown names stay as written. */
function resolveLineup(m: MatchFactDoc, side: Side, people: PeopleResolver): ResolvedLineup | undefined {
  const l = m.lineups?.[side];
  if (!l) return undefined;
  const id = (name: string) => people.resolve(name) ?? name;
  return {
    starting: l.starting.map(id),
    substitutes: (l.substitutes ?? []).map(id),
    substitutions: (l.substitutions ?? []).map((s) => ({
      off: id(s.off),
      on: id(s.on),
      ...(s.minute ? { minute: s.minute } : {}),
    })),
  };
}
