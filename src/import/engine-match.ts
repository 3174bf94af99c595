import { matchId, teamId, type Match } from '../core/model/index.ts';
import type { ImportedMatch } from './model/index.ts';

/**
 * An imported match as the engine takes it, for tables made straight from a source (no season):
 * team names as written become the ids; an awarded match keeps the team it was awarded to.
 */
export const engineMatch = (m: ImportedMatch, i: number): Match => ({
  id: matchId(`${m.file ?? 'source'}:${m.line}:${i}`),
  home: teamId(m.home),
  away: teamId(m.away),
  status: m.status,
  ...(m.date ? { date: m.date } : {}),
  ...(m.result ? { result: m.result } : {}),
  ...(m.awardedTo ? { awardedTo: teamId(m.awardedTo === 'home' ? m.home : m.away) } : {}),
  ...(m.cards ? { cards: m.cards } : {}),
  ...(m.goals ? { goals: m.goals } : {}),
  ...(m.attendance !== undefined ? { attendance: m.attendance } : {}),
});
