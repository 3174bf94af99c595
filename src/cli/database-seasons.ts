import { existsSync } from 'node:fs';
import { indexSeason } from '../core/season/season.ts';
import { isPostgresUrl } from '../storage/index.ts';
import { addSeasonResolver } from './season-arg.ts';
import { databaseTarget, describeTarget, withStore } from './store-session.ts';

/**
 * `<season>` may be the id of a season in the database. Imported once when the CLI starts (from
 * commands/index.ts), so every command that opens a season can read it from storage. A SQLite file
 * that does not exist is not created just to say the season is not there.
 */
addSeasonResolver(async (arg, ctx, opts) => {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(arg)) return undefined;
  const target = databaseTarget(opts, ctx);
  if (!isPostgresUrl(target) && !existsSync(target)) return undefined;
  return withStore(
    ctx,
    opts,
    async (store) => {
      const stored = await store.loadSeasonDocument(arg);
      return (
        stored && {
          doc: stored.doc,
          index: indexSeason(stored.doc),
          origin: `${arg} (${describeTarget(target)})`,
          warnings: [],
        }
      );
    },
    { mustExist: true },
  );
});
