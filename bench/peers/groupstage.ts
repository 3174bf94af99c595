import { createRequire } from 'node:module';
import type { PeerAdapter, PeerStanding } from './peer-adapter.ts';
import { scoreOf } from './peer-adapter.ts';

/** The little of groupstage 3.1.1's API we use (the package ships no types). */
interface GroupStageMatch {
  readonly id: object;
  /** Seeds (1-based); the first one plays at home. */
  readonly p: readonly [number, number];
}
interface GroupStageResult {
  readonly seed: number;
  readonly pts: number;
}
interface GroupStageInstance {
  readonly matches: readonly GroupStageMatch[];
  score(id: object, score: readonly [number, number]): boolean;
  results(): GroupStageResult[];
}
type GroupStageCtor = new (
  players: number,
  opts: { meetTwice: boolean; winPoints: number; tiePoints: number; scoresBreak: boolean; log?: unknown },
) => GroupStageInstance;

const GroupStage = createRequire(import.meta.url)('groupstage') as GroupStageCtor;
const silent = { error() {}, info() {}, warn() {} };

/**
 * groupstage: one group of all the teams (a league) meeting twice; a score is a pair of
 * numbers, draws allowed; the table is points then score difference, then seed.
 */
export const groupstage: PeerAdapter = {
  name: 'groupstage',
  note: 'draws and scores; ranks on points, goal difference, then seed (no goals scored, no head-to-head)',
  run(data, scores): PeerStanding[] {
    const gs = new GroupStage(data.teams.length, {
      meetTwice: true,
      winPoints: 3,
      tiePoints: 1,
      scoresBreak: true,
      log: silent,
    });
    for (const m of gs.matches) {
      const [home, away] = m.p;
      if (!gs.score(m.id, scoreOf(scores, home - 1, away - 1)))
        throw new Error(`groupstage refused a score for ${home} v ${away}`);
    }
    return gs.results().map((r) => ({ team: r.seed - 1, points: r.pts }));
  },
};
