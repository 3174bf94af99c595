import TournamentOrganizer from 'tournament-organizer';
import type { PeerAdapter, PeerStanding } from './peer-adapter.ts';
import { scoreOf } from './peer-adapter.ts';

/**
 * tournament-organizer: a 'double-round-robin' stage, played round by round (`nextRound`), each
 * match entered as games won by either side — goals are entered as games, so a match is won,
 * drawn or lost as the football match was (best of 99, so any realistic score fits). Table:
 * match points (3-1-0), then its nearest tie-breakers to football's: game win differential
 * (goal difference), earned game wins (goals scored), versus (head-to-head between two).
 * Without `sorting` it shuffles the players afresh (Math.random) for each half of a double round
 * robin, so a pair can meet twice at the same ground; `sorting: 'ascending'` over equal values
 * keeps one order for both halves, and the second half is the first with sides swapped.
 */
export const tournamentOrganizer: PeerAdapter = {
  name: 'tournament-organizer',
  note: 'goals entered as games won; game differential, games won, versus (two teams only)',
  run(data, scores): PeerStanding[] {
    const manager = new TournamentOrganizer();
    const t = manager.createTournament('league', {
      stageOne: { format: 'double-round-robin' },
      sorting: 'ascending',
      scoring: {
        bestOf: 99,
        win: 3,
        draw: 1,
        loss: 0,
        tiebreaks: ['game win differential', 'earned game wins', 'versus'],
      },
    });
    data.teams.forEach((team, i) => t.createPlayer(team, String(i)));
    t.startTournament();
    const rounds = t.getStageOne().rounds;
    for (let r = 1; r <= rounds; r++) {
      for (const m of t.getMatchesByRound(r)) {
        const home = Number(m.getPlayer1().id);
        const away = Number(m.getPlayer2().id);
        const [hg, ag] = scoreOf(scores, home, away);
        t.enterResult(m.getId(), hg, ag);
      }
      if (r < rounds) t.nextRound();
    }
    return t.getStandings().map((s) => ({ team: Number(s.player.getId()), points: s.matchPoints }));
  },
};
