// `npm run bench`: runs every workload in its own process and prints one table.
// A benchmark, not a test: nothing here asserts a time. `--only a,b` runs some, `--json` prints JSON.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { BenchRow } from './bench-row.ts';
import { renderBenchTable } from './render-table.ts';
import { WORKLOADS } from './workloads/index.ts';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const json = args.includes('--json');
const selected = WORKLOADS.filter((w) => !only || only.includes(w.name));

const rows: BenchRow[] = [];
for (const [i, w] of selected.entries()) {
  process.stderr.write(`[${i + 1}/${selected.length}] ${w.name}: ${w.description} … `);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', new URL('./run-workload.ts', import.meta.url).pathname, w.name], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) {
    process.stderr.write('failed\n');
    rows.push({ workload: w.name, size: '', impl: 'torneo', ms: NaN, note: `failed: ${(child.stderr || '').trim().split('\n').at(-1) ?? ''}` });
    continue;
  }
  const produced = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as BenchRow[];
  process.stderr.write('done\n');
  rows.push(...produced);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
if (json) console.log(JSON.stringify({ machine, rows }, null, 2));
else console.log(renderBenchTable(rows, machine));
