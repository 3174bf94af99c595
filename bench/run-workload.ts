// Runs one workload in this process and prints its rows as JSON, with the process's peak
// memory: main.ts starts one of these per workload so each peak is the workload's own.
import { WORKLOADS } from './workloads/index.ts';

const name = process.argv[2];
const workload = WORKLOADS.find((w) => w.name === name);
if (!workload) {
  console.error(`unknown workload '${name}'; known: ${WORKLOADS.map((w) => w.name).join(', ')}`);
  process.exit(2);
}
const rows = await workload.run();
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r, peakMiB: r.peakMiB ?? peakMiB })))}\n`);
