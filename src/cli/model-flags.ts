import type { FitOptions } from '../core/predict/index.ts';
import { CliError } from './cli-error.ts';

export interface ModelFlags {
  xi?: string;
  priorSd?: string;
}

/** `--xi` and `--prior-sd` as fit options: finite, in a sensible range, or a usage error saying why. */
export function modelFlags(flags: ModelFlags): FitOptions {
  const number = (flag: string, text: string, min: number, max: number): number => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max)
      throw new CliError('usage', `${flag} expects a number from ${min} to ${max}, got '${text}'`);
    return value;
  };
  return {
    ...(flags.xi !== undefined ? { xi: number('--xi', flags.xi, 0, 1) } : {}),
    ...(flags.priorSd !== undefined ? { priorSd: number('--prior-sd', flags.priorSd, 0.01, 10) } : {}),
  };
}
