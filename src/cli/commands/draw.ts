import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { drawGroups, type DrawError, type DrawResult } from '../../core/draw/index.ts';
import { drawSpecFor } from '../../core/season/draw-request.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';
import { withStore } from '../store-session.ts';

interface DrawFlags {
  seed?: string;
  json?: boolean;
  write?: boolean;
  author?: string;
  db?: string;
}

export function registerDraw(program: Command, ctx: CommandContext): void {
  program
    .command('draw')
    .description(
      'draw the groups of a stage: pots, seeded placements and separation rules, uniform over every valid outcome, reproducible from the printed seed',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<target>', 'competition/stage')
    .option('--seed <n>', 'the seed (a fresh one is chosen and printed when absent)')
    .option('--json', 'print the draw as JSON')
    .option('--write', 'record the draw as a fact of the season in the database')
    .option('--author <name>', 'who holds the draw (with --write)', 'torneo draw')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (arg: string, target: string, flags: DrawFlags) => {
      if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
        throw new CliError('usage', `--seed expects a whole number, got '${flags.seed}'`);
      const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
      const [compId, stageId, ...rest] = target.split('/');
      const comp = season.index.competitions.get(compId ?? '');
      const stage = comp?.stages.find((s) => s.id === stageId);
      if (!comp || !stage || rest.length)
        throw new CliError('not_found', `no stage '${target}' in ${arg} (expected competition/stage)`);
      if (stage.format !== 'groups')
        throw new CliError(
          'usage',
          `'${target}' is a ${stage.format} stage; only a groups stage is drawn into groups`,
        );
      // The seed is the only randomness, chosen here at the edge and printed so anyone can replay the draw.
      const seed = flags.seed !== undefined ? Number(flags.seed) : randomInt(1, 2 ** 31 - 1);
      const outcome = drawGroups(drawSpecFor(season.index, comp, stage), seed);
      if (!outcome.ok)
        throw new CliError(
          'invalid_input',
          `no valid draw for '${target}' (seed ${seed}): ${describeDrawError(outcome.error)}`,
        );
      const draw = outcome.draw;
      const name = (id: string) => season.index.teams.get(id)?.name ?? id;
      if (flags.write) await writeDraw(ctx, flags, season.doc.season.id, comp.id, stage.id, draw);
      if (flags.json)
        return printJson(ctx.output, {
          seed: draw.seed,
          method: draw.method,
          outcomes: draw.outcomes,
          groups: draw.groups,
          steps: draw.steps,
          written: Boolean(flags.write),
        });
      const out = ctx.output.out;
      out(
        `${comp.name} — ${stage.name}: draw with seed ${draw.seed} (torneo draw ${arg} ${target} --seed ${draw.seed} replays it)`,
      );
      out(`uniform over ${draw.outcomes} valid outcomes (${draw.method})`);
      for (const step of draw.steps) {
        const odds = step.options.map((o) => `${o.group} ${(o.probability * 100).toFixed(1)}%`).join(', ');
        out(
          `  ${String(step.step).padStart(2)}. ${step.pot ?? 'seeded'}: ${name(step.team)} → ${step.group}${step.pot ? `   (${odds})` : ''}`,
        );
      }
      for (const g of draw.groups)
        out(
          `${stage.groups.find((x) => x.id === g.id)?.name ?? `Group ${g.id}`}: ${g.teams.map(name).join(', ')}`,
        );
      if (flags.write) out(`recorded as a fact of ${season.doc.season.id}`);
    });
}

async function writeDraw(
  ctx: CommandContext,
  flags: DrawFlags,
  seasonId: string,
  competition: string,
  stage: string,
  draw: DrawResult,
): Promise<void> {
  const payload = {
    competition,
    stage,
    seed: draw.seed,
    date: ctx.now().toISOString().slice(0, 10),
    groups: Object.fromEntries(draw.groups.map((g) => [g.id, [...g.teams]])),
  };
  await withStore(
    ctx,
    flags,
    async (store) => {
      if (!(await store.loadSeasonDocument(seasonId)))
        throw new CliError(
          'not_found',
          `season '${seasonId}' is not in the database; load it first (torneo load <season-dir>)`,
        );
      await store.appendFact(
        {
          seasonId,
          kind: 'draw',
          key: `${competition}/${stage}`,
          payload,
          author: flags.author ?? 'torneo draw',
          recordedAt: ctx.now(),
          reason: `draw with seed ${draw.seed}`,
        },
        { idempotencyKey: `draw:${seasonId}:${competition}/${stage}:${draw.seed}` },
      );
    },
    { mustExist: true },
  );
}

function describeDrawError(e: DrawError): string {
  const at = e.path.join('.');
  switch (e.code) {
    case 'no-valid-draw':
      return `these rules cannot all hold: ${e.conflicts.map((c) => `${c.path.join('.')} (${c.constraint.kind})`).join('; ')}`;
    case 'sizes-mismatch':
      return `${e.teams} teams for ${e.places} places`;
    case 'group-overfull':
      return `group ${e.group} gets more seeded teams than places`;
    case 'draw-too-large':
      return `too many possible draws to count exactly (${e.states} states)`;
    case 'unknown-group':
      return `unknown group '${e.group}' at ${at}`;
    case 'unknown-team':
    case 'duplicate-team':
    case 'team-not-drawn':
      return `${e.code.replace(/-/g, ' ')} '${e.team}' at ${at}`;
  }
}
