import type { EligibilityViolation, Unverifiable } from '../core/eligibility/index.ts';

/** One eligibility finding in words: the rule, the match, the team and the players. */
export function eligibilityText(v: EligibilityViolation, name: (id: string) => string): string {
  const where = `${v.competition} ${v.match}${v.date ? ` (${v.date})` : ''}, ${name(v.team)}`;
  const rule = `rule ${v.index + 1}${v.rule.description ? ` “${v.rule.description}”` : ` (${v.rule.kind})`}`;
  switch (v.code) {
    case 'too_many_older':
      return `${where}: ${v.players.length} players born before the age limit, ${v.allowed} allowed — ${v.excess.map(name).join(', ')} over the limit (${rule})`;
    case 'too_many_foreign_on_pitch':
      return `${where}: ${v.players.length} foreign players on the pitch at once, ${v.allowed} allowed — ${v.excess.map(name).join(', ')} over the limit (${rule})`;
    case 'too_many_foreign_in_squad':
      return `${where}: ${v.players.length} foreign players in the match squad, ${v.allowed} allowed — ${v.excess.map(name).join(', ')} over the limit (${rule})`;
    case 'older_than_allowed':
      return `${where}: ${name(v.player)} was born on ${v.born}, before even the reinforcements' limit ${v.limit} (${rule})`;
  }
}

export const unverifiableText = (u: Unverifiable, name: (id: string) => string): string =>
  `${u.competition} ${u.match}, ${name(u.team)}: ${name(u.player)} cannot be checked (${u.missing === 'person' ? 'not a person of the season' : `no ${u.missing === 'born' ? 'date of birth' : 'nationality'}`})`;
