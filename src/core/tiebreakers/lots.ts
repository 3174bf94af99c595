import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { TieContext } from './criterion.ts';
import { keyed } from './keyed.ts';

/**
 * Drawing of lots. A drawing that took place is a fact: it is recorded in the season
 * (`decisions.lots`) and its order is used whenever it covers every team of the tied group.
 * Until it happens the table shows a simulated drawing from the seed it was given (never
 * Math.random), and the table notes print that seed so the order can be reproduced.
 *
 * The simulated order depends only on the seed and on which teams are tied, not on how many
 * other drawings the table needed: the generator for a group is seeded with the seed mixed
 * with the group's team numbers.
 */
export const lots = keyed('lots', 'decision', (ctx, t) => -ctx.decision[t]!, {
  value: (ctx, t) => ctx.decision[t]! + 1,
  prepare(ctx, { teams }) {
    const recorded = ctx.lots.find((order) => teams.every((t) => order.includes(t)));
    if (recorded) {
      for (const t of teams) ctx.decision[t] = recorded.indexOf(t);
      ctx.events.push({
        kind: 'lots_recorded',
        teams: Array.from(recorded).filter((t) => teams.includes(t)),
      });
      return 'apply';
    }
    draw(
      ctx,
      Array.from(teams).sort((a, b) => a - b),
    );
    return 'apply';
  },
});

function draw(ctx: TieContext, teams: number[]): void {
  const rng = xoroshiro128plus(groupSeed(ctx.seed, teams));
  for (let i = teams.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [teams[i], teams[j]] = [teams[j]!, teams[i]!];
  }
  teams.forEach((t, rank) => (ctx.decision[t] = rank));
  ctx.events.push({ kind: 'lots_drawn', teams, seed: ctx.seed });
}

/** FNV-1a over the seed and the team numbers: a 32-bit seed for this group's drawing. */
function groupSeed(seed: number, teams: readonly number[]): number {
  let h = 0x811c9dc5 ^ (seed | 0) ^ Math.floor(seed / 0x1_0000_0000);
  for (const t of teams) h = Math.imul(h ^ t, 0x01000193);
  return h | 0;
}
