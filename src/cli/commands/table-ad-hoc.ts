import type { CommandContext } from '../context.ts';
import { CliError } from '../cli-error.ts';

/** Placeholder replaced below once the results CSV reader lands. */
export async function adHocTable(_ctx: CommandContext, file: string, _flags: object): Promise<void> {
  throw new CliError('usage', `reading ${file}: not available yet`);
}
