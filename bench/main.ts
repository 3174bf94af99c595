// `npm run bench`: compiles the bench with tsc (tsconfig.bench.json), runs every workload in its
// own process and prints one table. A benchmark, not a test: nothing here asserts a time.
// `--only=a,b` runs some, `--json` prints JSON, `--markdown` a Markdown table, `--tsx` runs the
// TypeScript through tsx instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-row.ts';
import { nodeScript } from './node-script.ts';
import { renderBenchMarkdown, renderBenchTable } from './render-table.ts';
import { WORKLOADS } from './workloads/index.ts';

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const json = args.includes('--json');
const markdown = args.includes('--markdown');
const selected = WORKLOADS.filter((w) => !only || only.includes(w.name));
const fromSource = nodeScript(import.meta.url, './run-workload.ts');
const runner = args.includes('--tsx') ? fromSource : compiled();

/** Compiles bench/ and what it imports into .bench-out/; falls back to tsx when nothing came out. */
function compiled(): string[] {
  process.stderr.write('compiling the bench with tsc … ');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const project = fileURLToPath(new URL('../tsconfig.bench.json', import.meta.url));
  // Type errors elsewhere in the tree (work in progress) do not stop tsc from emitting.
  spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  const script = fileURLToPath(new URL('../.bench-out/bench/run-workload.js', import.meta.url));
  if (existsSync(script)) {
    process.stderr.write('done\n');
    return [script];
  }
  process.stderr.write('no output; running through tsx\n');
  return nodeScript(import.meta.url, './run-workload.ts');
}

const load = loadavg()[0]!;
const rows: BenchRow[] = [];
for (const [i, w] of selected.entries()) {
  process.stderr.write(`[${i + 1}/${selected.length}] ${w.name}: ${w.description} … `);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...(w.fromSource ? fromSource : runner), w.name],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  if (child.status !== 0) {
    process.stderr.write('failed\n');
    rows.push({
      workload: w.name,
      size: '',
      impl: 'torneo',
      ms: NaN,
      note: `failed: ${(child.stderr || '').trim().split('\n').at(-1) ?? ''}`,
    });
    continue;
  }
  const produced = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as BenchRow[];
  process.stderr.write('done\n');
  rows.push(...produced);
}

const loads = `load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
const how = runner.includes('tsx') ? 'TypeScript through tsx' : 'compiled by tsc (I/O workloads through tsx)';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${how}, ${loads}`;
if (json) console.log(JSON.stringify({ machine, rows }, null, 2));
else console.log(markdown ? renderBenchMarkdown(rows, machine) : renderBenchTable(rows, machine));
