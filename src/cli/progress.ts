import { SingleBar, Presets } from 'cli-progress';
import type { CommandContext } from './context.ts';

export interface ProgressReporter {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on stderr when a person is watching (a TTY); silent otherwise, so logs stay clean. */
export function progressBar(ctx: CommandContext, label: string): ProgressReporter {
  const observe = ctx.progress ?? (() => undefined);
  if (!ctx.output.tty) return { update: (done, total) => observe(label, done, total), stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      observe(label, done, total);
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop: () => started && bar.stop(),
  };
}
