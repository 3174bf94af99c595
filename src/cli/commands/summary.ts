import type { Command } from 'commander';
import {
  seasonSummary,
  type LinkOutcome,
  type Qualifier,
  type SeasonEngine,
} from '../../core/engine/index.ts';
import type { CommandContext } from '../context.ts';
import { engineCall, openEngine } from '../engine-arg.ts';
import { printJson } from '../output.ts';

export function registerSummary(program: Command, ctx: CommandContext): void {
  program
    .command('summary')
    .description(
      'champions, runners-up, qualifiers (with each condition and its outcome), promotions, relegations and every link applied',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .option('--as-of <date>', 'the season at the end of this day (YYYY-MM-DD)')
    .option('--seed <n>', 'seed for a drawing of lots nobody recorded')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option('--json', 'print as JSON')
    .action(async (arg: string, flags: { asOf?: string; seed?: string; db?: string; json?: boolean }) => {
      const engine = await openEngine(arg, ctx, flags);
      const summary = engineCall(() => seasonSummary(engine));
      const name = (q: Qualifier) => (q.team ? engine.teamName(q.team) : 'unknown');
      if (flags.json) {
        const link = (l: LinkOutcome) => ({
          id: l.link.id,
          description: l.link.description ?? null,
          status: l.status,
          certainty: l.certainty,
          teams: l.teams.map((t) => ({ id: t, name: engine.teamName(t) })),
          condition: l.condition ?? null,
          effect: l.effect,
          note: l.note ?? null,
          otherwise: l.link.otherwise ?? null,
        });
        const q = (x: Qualifier) => ({
          team: x.team ?? null,
          name: x.team ? engine.teamName(x.team) : null,
          certainty: x.certainty,
          source: x.source ?? null,
        });
        return printJson(ctx.output, {
          season: summary.season,
          asOf: summary.asOf ?? null,
          competitions: summary.competitions.map((c) => ({
            id: c.competition.id,
            name: c.competition.name,
            champion: q(c.champion),
            runnerUp: q(c.runnerUp),
          })),
          qualifications: summary.qualifications.map(link),
          promotions: summary.promotions.map(link),
          relegations: summary.relegations.map(link),
          adjustments: summary.adjustments.map(link),
        });
      }
      const out = ctx.output.out;
      out(`${engine.index.doc.season.name}${summary.asOf ? ` — as of ${summary.asOf}` : ''}`);
      if (summary.asOf)
        out("Only what was known that day; a fact without a date counts from its stage's end.");
      out('');
      for (const c of summary.competitions) {
        out(
          `${c.competition.name}: champion ${name(c.champion)}${tag(c.champion)}, runner-up ${name(c.runnerUp)}${tag(c.runnerUp)}`,
        );
      }
      section(out, engine, 'Qualifications', summary.qualifications);
      section(out, engine, 'Promotions', summary.promotions);
      section(out, engine, 'Relegations', summary.relegations);
      section(out, engine, 'Adjustments carried by links', summary.adjustments);
    });
}

const tag = (q: Qualifier) =>
  q.certainty === 'derived'
    ? ''
    : q.certainty === 'recorded'
      ? ` (recorded${q.source ? `: ${q.source}` : ''})`
      : q.certainty === 'provisional'
        ? ' (so far)'
        : '';

function section(
  out: (s: string) => void,
  _engine: SeasonEngine,
  title: string,
  links: readonly LinkOutcome[],
): void {
  if (!links.length) return;
  out('');
  out(title);
  for (const l of links) {
    out(
      `  ${l.effect} — ${l.status}${l.certainty === 'recorded' && l.status !== 'recorded' ? ' (recorded)' : ''}`,
    );
    if (l.link.description) out(`      rule: ${l.link.description}`);
    if (l.condition)
      out(
        `      condition: ${l.condition.detail} → ${l.condition.met === 'unknown' ? 'not yet known' : l.condition.met ? 'met' : 'not met'}`,
      );
    if (l.status === 'condition-failed' && l.link.otherwise) out(`      otherwise: ${l.link.otherwise}`);
    if (l.note) out(`      note: ${l.note}`);
  }
}
