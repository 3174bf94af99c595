import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { registerShow } from './show.ts';
import { registerSummary } from './summary.ts';
import { registerTable } from './table.ts';
import { registerValidate } from './validate.ts';

/** Every command of `torneo`, one file each; a new command adds one line here. */
const COMMANDS: readonly ((program: Command, ctx: CommandContext) => void)[] = [registerValidate, registerShow, registerTable, registerSummary];

export function registerCommands(program: Command, ctx: CommandContext): void {
  for (const register of COMMANDS) register(program, ctx);
}
