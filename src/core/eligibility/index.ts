export type {
  EligibilityReport,
  EligibilityViolation,
  LineupRef,
  RuleRef,
  Unverifiable,
} from './eligibility-violation.ts';
export { checkEligibility } from './check-eligibility.ts';
export { checkAgeRule } from './age-rule.ts';
export { checkForeignRule } from './foreign-rule.ts';
export type { ResolvedLineup } from './participants.ts';
export { participants, matchSquad, mostAtOnce } from './participants.ts';
export type { RuleFinding, RuleFindings, RuleInput } from './rule-check.ts';
export type { Suspension, SuspendedInLineup, SuspensionReport } from './suspensions.ts';
export { suspensions } from './suspensions.ts';
export { suspendedInMatch } from './suspended-in-match.ts';
export { suspendedText } from './suspended-text.ts';
