import type { EligibilityRuleDoc, QuotaBandDoc, SeasonDoc } from '../definition/index.ts';
import type { SeasonIssue } from './issue.ts';
import type { SeasonIndex } from './season.ts';

type QuotaRule = Extract<EligibilityRuleDoc, { kind: 'squad-quota' }>;

/**
 * Every squad of a competition's teams against the competition's squad quotas: how many players
 * of each age band it lists, against the band's minimum and maximum (2014 Torneo de Promoción y
 * Reservas, seed 002: twelve players under 21, three under 19, at most three older
 * reinforcements). A broken quota is an error at the team's `squad`; a player whose date of birth
 * is not known is a warning, and the bands are counted without him. Teams without a squad are
 * not checked.
 */
export function checkSquadQuotas(doc: SeasonDoc, idx: SeasonIndex, add: (issue: SeasonIssue) => void): void {
  const teamAt = new Map(doc.teams.map((t, i) => [t.id, i]));
  doc.competitions.forEach((comp) =>
    (comp.eligibility ?? []).forEach((rule, ri) => {
      if (rule.kind !== 'squad-quota') return;
      const ruleName = `the squad quota of ${comp.name} (competitions[${comp.id}].eligibility[${ri}]${rule.description ? `: “${rule.description}”` : ''})`;
      for (const team of comp.teams) {
        const at = teamAt.get(team);
        const squad = at === undefined ? undefined : doc.teams[at]!.squad;
        if (at === undefined || !squad) continue;
        checkSquad(squad, rule, idx, (issue) =>
          add({
            ...issue,
            path: ['teams', at, 'squad'],
            message: `${idx.teams.get(team)?.name ?? team}'s squad ${issue.message} — ${ruleName}`,
          }),
        );
      }
    }),
  );
}

function checkSquad(
  squad: readonly string[],
  rule: QuotaRule,
  idx: SeasonIndex,
  add: (issue: Omit<SeasonIssue, 'path'>) => void,
): void {
  const born = new Map<string, string>();
  const unknown: string[] = [];
  for (const id of squad) {
    const b = idx.people.get(id)?.born;
    if (b === undefined) unknown.push(idx.people.get(id)?.name ?? id);
    else born.set(id, b);
  }
  if (unknown.length)
    add({
      code: 'squad_quota',
      severity: 'warning',
      message: `cannot be counted by age in full: no date of birth for ${unknown.join(', ')}`,
      expected: 'a date of birth (born) for every player of the squad',
    });
  rule.bands.forEach((band, i) => {
    const n = [...born.values()].filter((b) => inBand(b, band)).length;
    const what = `${count(n)} born ${bandWords(band)}${band.description ? ` (${band.description})` : ''}`;
    if (band.min !== undefined && n < band.min)
      add({
        code: 'squad_quota',
        message: `lists ${what}: fewer than the ${band.min} band ${i + 1} requires`,
        expected: `at least ${band.min} ${players(band.min!)} born ${bandWords(band)}`,
      });
    if (band.max !== undefined && n > band.max)
      add({
        code: 'squad_quota',
        message: `lists ${what}: more than the ${band.max} band ${i + 1} allows`,
        expected: `at most ${band.max} ${players(band.max!)} born ${bandWords(band)}`,
      });
  });
}

const inBand = (born: string, band: QuotaBandDoc): boolean =>
  (band.bornOnOrAfter === undefined || born >= band.bornOnOrAfter) &&
  (band.bornBefore === undefined || born < band.bornBefore);

const bandWords = (band: QuotaBandDoc): string =>
  [
    band.bornOnOrAfter !== undefined ? `on or after ${band.bornOnOrAfter}` : '',
    band.bornBefore !== undefined ? `before ${band.bornBefore}` : '',
  ]
    .filter(Boolean)
    .join(' and ');

const count = (n: number) => `${n} player${n === 1 ? '' : 's'}`;
const players = (n: number) => `${n === 1 ? 'player' : 'players'}`;
