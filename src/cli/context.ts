import type { Output } from './output.ts';

/** What every command receives: where to write, the environment and "now" (explicit inputs). */
export interface CommandContext {
  readonly output: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly cwd: string;
  /**
   * Watches long work (loads, imports) as it goes, besides the bar a person sees on a terminal:
   * for programs that embed the CLI, and for the crash tests, which stop a load at a known point.
   */
  readonly progress?: (label: string, done: number, total: number) => void;
}
