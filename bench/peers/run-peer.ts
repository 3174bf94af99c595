// Runs one peer on one league in this process and prints one JSON line: the median time, the
// process's peak memory, and whether the peer's table agrees with the data. peers/index.ts starts
// one of these per peer and size, with a time limit, so a slow or crashing peer never stalls
// the bench and each peak memory is the peer's own.
import { leagueData } from '../data/league-data.ts';
import { timeRunsAsync } from '../measure.ts';
import { PEERS } from './peer-list.ts';
import { expectedPoints, pairScores, type PeerStanding } from './peer-adapter.ts';

export interface PeerOutcome {
  readonly ms?: number;
  readonly cpuMs?: number;
  readonly peakMiB: number;
  /** Set when the peer's table disagrees with the data, or the peer failed. */
  readonly problem?: string;
}

const [name, teams, seed, runs, warmup] = process.argv.slice(2);
const peer = PEERS.find((p) => p.name === name);
if (!peer) throw new Error(`unknown peer '${name}'`);
const data = leagueData(Number(teams), Number(seed));
const scores = pairScores(data);
const expected = expectedPoints(data);

let table: PeerStanding[] = [];
let outcome: PeerOutcome;
try {
  const { wallMs, cpuMs } = await timeRunsAsync(
    async () => {
      table = await peer.run(data, scores);
    },
    Number(runs),
    Number(warmup),
  );
  outcome = { ms: wallMs, cpuMs, peakMiB: peakMiB(), ...disagreement(table, expected) };
} catch (e) {
  const stack = e instanceof RangeError && /call stack/i.test(e.message);
  outcome = {
    peakMiB: peakMiB(),
    problem: stack ? 'stack overflow' : `failed: ${e instanceof Error ? e.message : String(e)}`,
  };
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);

function peakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Every team once, with the points the data gives it: the peer was fed the same results. */
function disagreement(rows: readonly PeerStanding[], points: Int32Array): { problem?: string } {
  if (rows.length !== points.length)
    return { problem: `table has ${rows.length} rows, not ${points.length}` };
  const seen = new Set<number>();
  for (const r of rows) {
    if (seen.has(r.team)) return { problem: `team ${r.team} twice in the table` };
    seen.add(r.team);
    if (points[r.team] !== r.points)
      return { problem: `team ${r.team}: ${r.points} points, the data gives ${points[r.team]}` };
  }
  return {};
}
