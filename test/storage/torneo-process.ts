// The torneo command as a separate process, from the sources (bin/torneo.js needs a build):
// what the crash tests start and kill.
//
// TORNEO_TEST_HOLD=<label>:<at> makes the process stop at a known point of long work: when the
// progress of work whose label starts with <label> reaches <at> (a fraction of the total when
// below 1, else a count), it prints "holding <done>/<total>" and waits, still inside whatever it
// was doing, until it is killed. The test kills it then, so "half-way" never depends on timing.
import { writeSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';

const hold = process.env.TORNEO_TEST_HOLD?.split(':');
const progress = hold
  ? (label: string, done: number, total: number) => {
      const [prefix, at] = [hold[0]!, Number(hold[1])];
      if (!label.startsWith(prefix) || done >= total || done < (at < 1 ? at * total : at)) return;
      writeSync(1, `holding ${done}/${total}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    }
  : undefined;

process.exitCode = await main(process.argv.slice(2), progress ? { progress } : {});
