import type { Block } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { finalTie } from './final-tie.ts';
import type { LeadFacts } from './i18n/index.ts';

/** The opening paragraph: what, when, who took part, who won — from the season, in the article's language. */
export function leadSection(ctx: ArticleContext): Block[] {
  const { comp, text: t } = ctx;
  const last = comp.stages.at(-1)!;
  const champion = ctx.engine.stageResult(comp.id, last.id, 'winner');
  const runnerUp = ctx.engine.stageResult(comp.id, last.id, 'runner-up');
  const outcome = finalTie(ctx)?.outcome;
  const decidedBy = outcome?.status === 'decided' ? outcome.decidingMatch?.by : undefined;
  const from = teamsFrom(ctx);
  const facts: LeadFacts = {
    title: ctx.title(),
    name: comp.name,
    ...(comp.sponsorName ? { sponsorTitle: t.competitionTitle(comp.sponsorName, ctx.years()) } : {}),
    ...(comp.edition ? { edition: comp.edition } : {}),
    ...(ctx.doc.season.country ? { country: ctx.doc.season.country } : {}),
    kind: comp.kind,
    ...(comp.level ? { level: comp.level } : {}),
    teams: comp.teams.length,
    ...(from ? { teamsFrom: from } : {}),
    ...(comp.start ? { start: comp.start } : {}),
    ...(comp.end ? { end: comp.end } : {}),
    finished:
      champion.team !== undefined &&
      (ctx.options.asOf === undefined || comp.end === undefined || ctx.options.asOf >= comp.end),
    ...(champion.team ? { champion: ctx.teamName(champion.team) } : {}),
    ...(runnerUp.team && last.format === 'knockout' ? { runnerUp: ctx.teamName(runnerUp.team) } : {}),
    ...(comp.titleNote ? { titleNote: comp.titleNote } : {}),
    ...(decidedBy
      ? {
          finalDecidedBy:
            decidedBy === 'penalties' ? 'penalties' : decidedBy === 'extra_time' ? 'extra_time' : 'normal',
        }
      : {}),
  };
  return [{ kind: 'paragraph', content: [t.lead(facts).join(' '), ...ctx.cite(comp.sources)] }];
}

/** The league whose clubs make up this competition: every team of this one plays in it. */
function teamsFrom(ctx: ArticleContext): string | undefined {
  const mine = ctx.comp.teams;
  if (mine.length === 0) return undefined;
  const other = ctx.doc.competitions.find(
    (c) => c.id !== ctx.comp.id && c.kind === 'league' && mine.every((t) => c.teams.includes(t)),
  );
  return other ? ctx.title(other) : undefined;
}
