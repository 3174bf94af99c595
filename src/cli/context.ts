import type { Output } from './output.ts';

/** What every command receives: where to write, the environment and "now" (explicit inputs). */
export interface CommandContext {
  readonly output: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly cwd: string;
}
