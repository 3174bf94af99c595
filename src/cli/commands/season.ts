import type { Command } from 'commander';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createSeasonEngine, seasonSummary, type LinkOutcome } from '../../core/engine/index.ts';
import { nextSeason, type TeamMove } from '../../core/season/next-season.ts';
import { loadSeason } from '../../season/load-season.ts';
import { seasonFolder } from '../../season/season-folder.ts';
import { SeasonNotFound } from '../../season/source-files.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { engineCall } from '../engine-arg.ts';
import { printJson } from '../output.ts';
import { registerSeasonSynthetic } from './season-synthetic.ts';
import { fromLoaded } from '../season-arg.ts';

interface NextFlags {
  to: string;
  id?: string;
  name?: string;
  json?: boolean;
}

/** The year in an id or name, one on: peru-2014 → peru-2015, "2014/15" → "2015/16". */
const nextYear = (text: string): string | undefined =>
  /\d{4}/.test(text)
    ? text.replace(/\d{4}(?:([/-])(\d{2}))?/, (y, sep: string | undefined, yy: string | undefined) => {
        const n = Number(y.slice(0, 4)) + 1;
        return sep && yy ? `${n}${sep}${String((Number(yy) + 1) % 100).padStart(2, '0')}` : String(n);
      })
    : undefined;

export function registerSeason(program: Command, ctx: CommandContext): void {
  const season = program.command('season').description('work on a season as a whole');
  season
    .command('next')
    .description(
      "write next season's folder: the same clubs, teams, venues, people, competitions and links, the promoted and relegated teams moved as the links say (into the competition a link names by id), groups and pairings to be drawn again, no results or other facts",
    )
    .argument('<season>', 'a season folder or file')
    .requiredOption('--to <dir>', 'the folder to write; it must not exist or be empty')
    .option('--id <id>', "next season's id (default: the season's next, else its id with the year one on)")
    .option('--name <name>', "next season's name (default: its name with the year one on)")
    .option('--json', 'print what moved as JSON')
    .action((arg: string, flags: NextFlags) => {
      let loaded;
      try {
        loaded = loadSeason(resolve(ctx.cwd, arg));
      } catch (e) {
        if (e instanceof SeasonNotFound) throw new CliError('not_found', e.message);
        throw e;
      }
      const opened = fromLoaded(loaded, arg);
      const dir = resolve(ctx.cwd, flags.to);
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new CliError(
          'usage',
          `'${flags.to}' is not empty; season next writes into a new or empty folder`,
        );
      const meta = opened.doc.season;
      const id = flags.id ?? (meta.next && /^[a-z0-9-]+$/.test(meta.next) ? meta.next : nextYear(meta.id));
      const name = flags.name ?? nextYear(meta.name);
      if (!id) throw new CliError('usage', `no year in '${meta.id}' to count on from: give --id`);
      if (!name) throw new CliError('usage', `no year in '${meta.name}' to count on from: give --name`);

      const engine = createSeasonEngine(opened.index);
      const summary = engineCall(() => seasonSummary(engine));
      const undecided: LinkOutcome[] = [];
      const moves: TeamMove[] = [...summary.promotions, ...summary.relegations].flatMap((o) => {
        const e = o.link.effect;
        const move = 'promotion' in e ? e.promotion : 'relegation' in e ? e.relegation : undefined;
        if (!move) return [];
        if (!o.teams.length || o.status === 'pending' || o.status === 'unknown') {
          undecided.push(o);
          return [];
        }
        return o.teams.map((team) => ({
          team,
          link: o.link.id,
          kind: 'promotion' in e ? ('promotion' as const) : ('relegation' as const),
          from: o.link.from.competition,
          ...(move.competition ? { to: move.competition } : {}),
        }));
      });
      if (undecided.length)
        throw new CliError(
          'conflict',
          `the season is not over: ${undecided.map((o) => `${o.link.id} (${o.status})`).join(', ')} has not decided who moves; record the results first`,
        );
      const next = nextSeason(loaded.input as Record<string, unknown>, moves, { id, name });
      const files = seasonFolder(next.input);
      for (const f of files) {
        const path = join(dir, f.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.text);
      }
      const teamName = (t: string) => engine.teamName(t);
      if (flags.json)
        return printJson(ctx.output, {
          season: id,
          name,
          to: flags.to,
          moves,
          changes: next.changes,
          notes: next.notes,
        });
      ctx.output.out(`wrote ${id} (${name}) to ${flags.to}: ${files.length} files`);
      for (const c of next.changes)
        ctx.output.out(
          `  ${c.competition}: ${[...c.out.map((t) => `− ${teamName(t)}`), ...c.in.map((t) => `+ ${teamName(t)}`)].join(', ')}`,
        );
      for (const n of next.notes) ctx.output.out(`  note: ${n}`);
      ctx.output.out(`check it: npx torneo validate ${flags.to}`);
    });
  registerSeasonSynthetic(season, ctx);
}
