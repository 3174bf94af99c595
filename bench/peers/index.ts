import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BenchRow } from '../bench-row.ts';
import { nodeScript } from '../node-script.ts';
import { PEERS } from './peer-list.ts';
import type { PeerAdapter } from './peer-adapter.ts';
import type { PeerOutcome } from './run-peer.ts';

export interface PeerRunOptions {
  /** Timed runs (the median is reported) and untimed warm-up runs, per peer. */
  readonly runs: number;
  readonly warmup: number;
  /** CPU-time limit for one peer's whole child process (start-up, warm-up and runs), in seconds. */
  readonly capSeconds: number;
}

/**
 * The open-source peers, fed the same results: each runs in its own child process, where its
 * adapter creates the competition in the peer's own model, records every result and reads the
 * table back. A peer that overruns the cap or crashes gets a row with NaN time and the reason.
 */
export function peerRows(
  workload: string,
  size: string,
  teams: number,
  seed: number,
  options: PeerRunOptions,
): BenchRow[] {
  return PEERS.map((peer) => peerRow(peer, workload, size, teams, seed, options));
}

function peerRow(
  peer: PeerAdapter,
  workload: string,
  size: string,
  teams: number,
  seed: number,
  o: PeerRunOptions,
): BenchRow {
  const impl = `${peer.name} ${versionOf(peer.name)}`;
  const args = [
    ...nodeScript(import.meta.url, './run-peer.ts'),
    peer.name,
    String(teams),
    String(seed),
    String(o.runs),
    String(o.warmup),
  ];
  // The cap is on CPU time (RLIMIT_CPU: the kernel stops the child with SIGXCPU), so a peer is not
  // cut short because other processes share the cores; the wall-clock timeout is only a backstop.
  const child = spawnSync(
    '/bin/sh',
    ['-c', `ulimit -S -t ${o.capSeconds} && exec "$0" "$@"`, process.execPath, ...args],
    {
      encoding: 'utf8',
      timeout: o.capSeconds * 10_000,
      killSignal: 'SIGKILL',
      maxBuffer: 16 << 20,
    },
  );
  // A peer that did not finish has no peak of its own: NaN keeps the harness from filling in the workload's.
  const base = { workload, size, impl, peakMiB: NaN, cpuMs: NaN };
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (child.signal === 'SIGXCPU')
    return { ...base, ms: NaN, note: `did not finish in ${o.capSeconds} s of CPU time` };
  if (timedOut) return { ...base, ms: NaN, note: `did not finish in ${o.capSeconds * 10} s of wall time` };
  const last = child.stdout?.trim().split('\n').at(-1);
  if (child.status !== 0 || !last) {
    const why = (child.stderr ?? '').trim().split('\n').at(-1);
    return {
      ...base,
      ms: NaN,
      note: `crashed (${child.signal ?? `exit ${child.status}`})${why ? `: ${why}` : ''}`,
    };
  }
  const out = JSON.parse(last) as PeerOutcome;
  const runs = o.runs === 1 ? '1 run' : `median of ${o.runs}`;
  return {
    ...base,
    ms: out.ms ?? NaN,
    cpuMs: out.cpuMs ?? NaN,
    peakMiB: out.peakMiB,
    note: out.problem ?? `${runs}; ${peer.note}`,
  };
}

const require = createRequire(import.meta.url);
function versionOf(name: string): string {
  try {
    // Not every peer exports its package.json; find it next to the entry point instead.
    const entry = require.resolve(name);
    const root = entry.slice(
      0,
      entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length,
    );
    return (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}
