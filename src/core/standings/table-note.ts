import type { TeamId } from '../model/ids.ts';
import type { TableNote } from './table.ts';

const list = (teams: readonly TeamId[], name: (team: TeamId) => string): string => {
  const names = teams.map(name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** A table note in plain English; `name` turns ids into display names. */
export function formatTableNote(note: TableNote, name: (team: TeamId) => string = (t) => t): string {
  switch (note.code) {
    case 'lots_drawn':
      return `${list(note.teams, name)} are level on every criterion; their order comes from a simulated drawing of lots, seed ${note.seed} (record the real drawing to replace it)`;
    case 'lots_recorded':
      return `${list(note.teams, name)} were separated by drawing of lots`;
    case 'playoff_pending':
      return `${list(note.teams, name)} are level — play-off pending`;
    case 'playoff_decided':
      return `${list(note.teams, name)} were separated by a play-off`;
    case 'level':
      return `${list(note.teams, name)} are level on every criterion and share the place`;
    case 'adjustment': {
      const amount = `${note.points > 0 ? '+' : '−'}${Math.abs(note.points)} point${Math.abs(note.points) === 1 ? '' : 's'}`;
      return `${name(note.team)}: ${amount} — ${note.reason}${note.effective ? ` (from ${note.effective})` : ''}`;
    }
  }
}
