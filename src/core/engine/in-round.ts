import type { KnockoutRoundDoc } from '../definition/index.ts';
import type { Match } from '../model/index.ts';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A match belongs to a round when its `round` names the round (by id or name), or there is one round. */
export function inRound(m: Match, round: KnockoutRoundDoc, rounds: number): boolean {
  if (rounds === 1) return true;
  return (
    m.round !== undefined && (m.round === round.id || slug(m.round) === round.id || m.round === round.name)
  );
}
