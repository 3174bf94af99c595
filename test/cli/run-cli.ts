import { main } from '../../src/cli/main.ts';

/** Runs the CLI in process with captured output: what a user would see, without spawning. */
export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    output: { out: (s) => void out.push(s), err: (s) => void err.push(s), tty: false },
    env: { ...env },
    now: () => new Date('2030-01-01T00:00:00Z'),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
