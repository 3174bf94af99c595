import { CliError } from './cli-error.ts';

export interface SimulationFlags {
  runs: string;
  seed: string;
  threads?: string;
}

/** The most runs one simulation may ask for: beyond this the answer stops changing while the wait grows. */
export const MAX_RUNS = 10_000_000;
export const MAX_THREADS = 64;

/** `--runs`, `--seed` and `--threads` checked, each refusal saying why. */
export function simulationFlags(flags: SimulationFlags): { runs: number; seed: number; threads?: number } {
  const whole = (flag: string, text: string): number => {
    if (!/^\d+$/.test(text.trim()))
      throw new CliError('usage', `${flag} expects a whole number, got '${text}'`);
    return Number(text);
  };
  const runs = whole('--runs', flags.runs);
  if (runs < 1)
    throw new CliError('usage', '--runs must be at least 1: a simulation of no runs says nothing');
  if (runs > MAX_RUNS)
    throw new CliError(
      'usage',
      `--runs ${flags.runs} is more than ${MAX_RUNS.toLocaleString('en')}: probabilities stop changing long before that (the error of a probability falls as 1/√runs)`,
    );
  const seed = whole('--seed', flags.seed);
  if (!Number.isSafeInteger(seed))
    throw new CliError('usage', `--seed must be below 2^53, got '${flags.seed}'`);
  if (flags.threads === undefined) return { runs, seed };
  const threads = whole('--threads', flags.threads);
  if (threads < 1 || threads > MAX_THREADS)
    throw new CliError('usage', `--threads must be from 1 to ${MAX_THREADS}, got '${flags.threads}'`);
  return { runs, seed, threads };
}
