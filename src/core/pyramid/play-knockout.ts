import { drawKnockout, type DrawTeam } from '../draw/index.ts';
import { teamId, type TeamId } from '../model/index.ts';
import { knockoutRounds } from './level-shape.ts';
import { playTie } from './play-tie.ts';
import type { Entrant, PhaseResult, PlayContext } from './simulation-result.ts';
import type { LevelFormat } from './structure.ts';

type Knockout = Extract<LevelFormat, { kind: 'knockout' }>;

/**
 * The first round's pairings. With a power of two of entrants the pairs are drawn — uniformly,
 * see draw/ — keeping clubs from the same unit below apart, and when every unit sends the
 * same number of clubs, pairing its best with another unit's next best (the best of each at
 * home in the second leg). Otherwise seeds meet in order: first v last, second v next to last.
 */
function firstRoundPairs(
  entrants: readonly Entrant[],
  ctx: PlayContext,
): { pairs: [number, number][]; drawSeed?: number } {
  const n = entrants.length;
  if (n >= 2 && (n & (n - 1)) === 0) {
    const drawSeed = ctx.random.nextInt(0, 0x7fff_ffff);
    const teams: DrawTeam[] = entrants.map((e) => ({ id: teamId(String(e.club)), region: e.from }));
    const byPosition = [1, 2].map((p) =>
      entrants.filter((e) => e.position === p).map((e) => teamId(String(e.club))),
    );
    const seeded = byPosition[0]?.length === n / 2 && byPosition[1]?.length === n / 2;
    const attempts = [
      {
        pots: seeded
          ? byPosition.map((teams, i) => ({ name: `position ${i + 1}`, teams }))
          : [{ name: 'all', teams: teams.map((t) => t.id) }],
        separate: true,
      },
      { pots: [{ name: 'all', teams: teams.map((t) => t.id) }], separate: false },
    ];
    for (const a of attempts) {
      const drawn = drawKnockout(
        {
          teams,
          pots: a.pots,
          constraints: a.separate ? [{ kind: 'separate', by: 'region' }] : [],
          firstLeg: seeded ? 'second-pot' : 'drawn',
        },
        drawSeed,
      );
      if (drawn.ok) return { pairs: drawn.draw.ties.map((t) => [Number(t.home), Number(t.away)]), drawSeed };
    }
  }
  const clubs = entrants.map((e) => e.club);
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.floor(n / 2); i++) pairs.push([clubs[n - 1 - i] as number, clubs[i] as number]);
  return { pairs };
}

/**
 * Plays a knockout unit: rounds until `qualifiers` are left (the best seeds skip a first round
 * that cannot pair everyone), then, with `titleFinal`, a final between the last two for the
 * title. Later rounds follow the bracket: the winners of ties 1 and 2 meet, and so on.
 */
export function playKnockout(
  unit: string,
  entrants: readonly Entrant[],
  format: Knockout,
  ctx: PlayContext,
): { phases: PhaseResult[]; qualifiers: number[] } {
  const phases: PhaseResult[] = [];
  let alive = entrants.map((e) => e.club);
  knockoutRounds(entrants.length, format.qualifiers).forEach((round, r) => {
    const byes = alive.slice(0, round.byes);
    const playing = alive.slice(round.byes);
    let pairs: [number, number][];
    let drawSeed: number | undefined;
    if (r === 0) {
      const drawn = firstRoundPairs(
        entrants.filter((e) => playing.includes(e.club)),
        ctx,
      );
      pairs = drawn.pairs;
      drawSeed = drawn.drawSeed;
    } else {
      pairs = [];
      for (let i = 0; i + 1 < playing.length; i += 2)
        pairs.push([playing[i + 1] as number, playing[i] as number]);
    }
    const played = pairs.map(([a, b], t) => playTie(`${unit}/${round.round}/${t + 1}`, a, b, format, ctx));
    phases.push({
      kind: 'knockout',
      round: round.round,
      forTitle: false,
      byes: byes.map((c) => ctx.clubs[c] as TeamId),
      ties: played.map((p) => p.tie),
      ...(drawSeed !== undefined && { drawSeed }),
    });
    alive = [...byes, ...played.map((p) => p.winner)];
  });
  if (format.titleFinal && alive.length === 2) {
    const final = playTie(`${unit}/title-final/1`, alive[1] as number, alive[0] as number, format, ctx);
    phases.push({ kind: 'knockout', round: 'final', forTitle: true, byes: [], ties: [final.tie] });
    return { phases, qualifiers: [final.winner, final.loser] };
  }
  return { phases, qualifiers: alive };
}
