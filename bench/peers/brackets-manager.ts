import { BracketsManager } from 'brackets-manager';
import { InMemoryDatabase } from 'brackets-memory-db';
import type { PeerAdapter, PeerStanding } from './peer-adapter.ts';
import { scoreOf } from './peer-adapter.ts';

/**
 * brackets-manager with brackets-memory-db: a 'round_robin' stage of one group in 'double'
 * mode (the second half mirrors the first with sides swapped; opponent1 is at home), every
 * match updated with both scores and its result, the table read with `finalStandings` and the
 * 3-1-0 ranking formula. Its ranking is points, matches played, score difference.
 */
export const bracketsManager: PeerAdapter = {
  name: 'brackets-manager',
  note: 'draws and scores; ranks on points, played, goal difference (no goals scored, no head-to-head)',
  async run(data, scores): Promise<PeerStanding[]> {
    const manager = new BracketsManager(new InMemoryDatabase());
    const stage = await manager.create.stage({
      tournamentId: 0,
      name: 'league',
      type: 'round_robin',
      seeding: [...data.teams],
      settings: { groupCount: 1, roundRobinMode: 'double' },
    });
    const { participant, match } = await manager.get.stageData(stage.id);
    const index = new Map(data.teams.map((t, i) => [t as string, i]));
    const teamOf = new Map(participant.map((p) => [p.id, index.get(p.name)!]));
    for (const m of match) {
      const home = teamOf.get(m.opponent1!.id!)!;
      const away = teamOf.get(m.opponent2!.id!)!;
      const [hg, ag] = scoreOf(scores, home, away);
      const result =
        hg > ag
          ? (['win', 'loss'] as const)
          : hg < ag
            ? (['loss', 'win'] as const)
            : (['draw', 'draw'] as const);
      await manager.update.match({
        id: m.id,
        opponent1: { score: hg, result: result[0] },
        opponent2: { score: ag, result: result[1] },
      });
    }
    const table = await manager.get.finalStandings(stage.id, { rankingFormula: (r) => 3 * r.wins + r.draws });
    return table.map((r) => ({ team: teamOf.get(r.id)!, points: r.points }));
  },
};
