import type { TeamRef } from '../views/team-ref.ts';
import type { TieBreakView } from '../views/table-view.ts';
import type { Translate } from './translate.ts';

/** "A, B and C" / "A, B y C". */
export function listOf(t: Translate, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return t('list.and', { first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

const names = (teams: readonly TeamRef[]) => teams.map((x) => x.name);

/**
 * A tie-break in words, in the language of `t`: the teams by name, the criterion by the name the
 * dictionary gives it ("Alianza Lima > Unión Comercio por diferencia de goles").
 */
export function tieBreakText(t: Translate, note: TieBreakView): string {
  switch (note.kind) {
    case 'split':
      return t('tiebreak.split', {
        groups: note.groups.map((g) => names(g).join(' = ')).join(' > '),
        criterion: t(`criterion.${note.criterion}`),
      });
    case 'level':
    case 'playoff_pending':
      return t(`tiebreak.${note.kind}`, { teams: listOf(t, names(note.teams)), place: note.place });
    case 'lots_drawn':
      return t('tiebreak.lots_drawn', { teams: listOf(t, names(note.teams)), seed: note.seed });
    case 'lots_recorded':
    case 'playoff_decided':
      return t(`tiebreak.${note.kind}`, { teams: listOf(t, names(note.teams)) });
  }
}
