import type { TeamId } from '../model/ids.ts';
import type { Table, TieExplanation } from './table.ts';

/** "Why is Cienciano 8th?": every tied set the team was in, in the order they were split. */
export const whyPosition = (table: Table, team: TeamId): TieExplanation[] =>
  table.explanations.filter((e) => e.teams.includes(team));
