import { Command, CommanderError } from 'commander';
import { CliError, EXIT_CODES } from './cli-error.ts';
import { registerCommands } from './commands/index.ts';
import type { CommandContext } from './context.ts';
import { processOutput, quietOnClosedPipe } from './output.ts';

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('torneo')
    .description('Runs football competitions exactly as their regulations say.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.output.out(s), writeErr: (s) => ctx.output.err(s) })
    .showSuggestionAfterError(true);
  registerCommands(program, ctx);
  return program;
}

/** Runs one command line and returns the exit code. Errors become messages here, never stack traces. */
export async function main(argv: readonly string[], ctx: Partial<CommandContext> = {}): Promise<number> {
  if (!ctx.output) quietOnClosedPipe();
  const context: CommandContext = {
    output: ctx.output ?? processOutput,
    env: ctx.env ?? process.env,
    now: ctx.now ?? (() => new Date()),
    cwd: ctx.cwd ?? process.cwd(),
    ...(ctx.progress ? { progress: ctx.progress } : {}),
  };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    return failureCode(e, context);
  }
}

function failureCode(e: unknown, ctx: CommandContext): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
      return 0;
    return e.exitCode === 0 ? 0 : EXIT_CODES.usage;
  }
  if (e instanceof CliError) {
    ctx.output.err(`torneo: ${e.message}`);
    for (const d of e.details) ctx.output.err(d);
    return EXIT_CODES[e.failure];
  }
  const message = e instanceof Error ? e.message : String(e);
  ctx.output.err(`torneo: internal error: ${message}`);
  if (ctx.env.TORNEO_DEBUG && e instanceof Error && e.stack) ctx.output.err(e.stack);
  return EXIT_CODES.internal;
}
