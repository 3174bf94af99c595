import type { TieContext, TieGroup } from './criterion.ts';
import { keyed } from './keyed.ts';

/**
 * A play-off match between the tied teams (ADFP 2014 Clausura: Sporting Cristal and Alianza
 * Lima level on 33 points for first place played off, 1–0). The play-offs are facts recorded
 * in the season (`decisions.playoffs`); each has a winner once played (after extra time and
 * penalties when needed).
 *
 * - When `playoffPositions` is given, only a tie for one of those places goes to a play-off:
 *   a tie "for p-th place" is one whose teams would share places p and p + 1 (p = 1: the title).
 *   Any other tie skips this criterion and falls through to the next one.
 * - The group's teams are ranked by play-off wins among them. Until every tied team has played
 *   a decided play-off (and none is still to be played), the group stays level: "play-off pending".
 */
export const playoff = keyed('playoff', 'decision', (ctx, t) => ctx.decision[t]!, {
  prepare(ctx, group) {
    if (!appliesTo(ctx, group)) return 'skip';
    const { teams } = group;
    const inGroup = (t: number): boolean => teams.includes(t);
    const played = new Set<number>();
    for (const t of teams) ctx.decision[t] = 0;
    for (const p of ctx.playoffs) {
      if (!inGroup(p.home) || !inGroup(p.away)) continue;
      if (p.winner < 0) return 'pending';
      played.add(p.home).add(p.away);
      ctx.decision[p.winner]!++;
    }
    if (played.size < teams.length) return 'pending';
    ctx.events.push({ kind: 'playoff_decided', teams: Array.from(teams) });
    return 'apply';
  },
});

function appliesTo(ctx: TieContext, { teams, firstPosition }: TieGroup): boolean {
  if (ctx.playoffPositions === undefined) return true;
  const last = firstPosition + teams.length - 1;
  return ctx.playoffPositions.some((p) => p >= firstPosition && p < last);
}
