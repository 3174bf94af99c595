/** Where commands write: injectable so tests can capture output without spawning a process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colours, progress bars). */
  readonly tty: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  tty: Boolean(process.stdout.isTTY),
};

/**
 * A reader that stops early (`torneo table … | head`) closes the pipe: the rest of the output has
 * nobody to read it, which is not an error worth a stack trace. Stop quietly, as Unix tools do.
 */
let quiet = false;
export function quietOnClosedPipe(): void {
  if (quiet) return;
  quiet = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
}

export const printJson = (o: Output, value: unknown): void => o.out(JSON.stringify(value, null, 2));
