import type { WriteMeta } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

export interface AuthorOptions {
  readonly author?: string;
  readonly reason?: string;
}

/** Who writes (`--author`, else TORNEO_AUTHOR, else the login name), when (the context's "now") and why. */
export const writeMeta = (ctx: CommandContext, opts: AuthorOptions): WriteMeta => ({
  author: opts.author ?? ctx.env.TORNEO_AUTHOR ?? ctx.env.USER ?? 'unknown',
  recordedAt: ctx.now(),
  ...(opts.reason ? { reason: opts.reason } : {}),
});
