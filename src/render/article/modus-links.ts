import type { LinkDoc, SelectorDoc } from '../../core/definition/index.ts';
import { moveTarget } from '../../core/definition/index.ts';
import type { ArticleContext } from './article-context.ts';
import type { ModusFact, PickWords } from './modus-facts.ts';

/** The links of a competition as modus facts: what its places lead to, and what lands on it from elsewhere. */
export function modusLinks(ctx: ArticleContext): { readonly facts: ModusFact[]; readonly sources: string[] } {
  const links = ctx.doc.links.filter((l) => l.from.competition === ctx.comp.id || landsHere(ctx, l));
  return { facts: links.map((l) => linkFact(ctx, l)), sources: links.flatMap((l) => l.sources ?? []) };
}

const landsHere = (ctx: ArticleContext, l: LinkDoc): boolean =>
  'adjustment' in l.effect && l.effect.adjustment.competition === ctx.comp.id;

function linkFact(ctx: ArticleContext, l: LinkDoc): ModusFact {
  const who = pickWords(ctx, l.from);
  const e = l.effect;
  if ('qualification' in e) {
    const c = l.condition;
    const condition = c
      ? { positionAtMost: c.positionAtMost, table: tableName(ctx, c.competition, c.stage) }
      : undefined;
    return {
      kind: 'qualification',
      who,
      to: e.qualification.to,
      ...(e.qualification.as ? { as: e.qualification.as } : {}),
      ...(condition ? { condition } : {}),
    };
  }
  if ('adjustment' in e) {
    const a = e.adjustment;
    return {
      kind: 'adjustment',
      who,
      points: a.points,
      target: tableName(ctx, a.competition, a.stage, true),
      parentFirstTeam: a.team === 'parent-first-team',
    };
  }
  if ('promotion' in e) return { kind: 'promotion', who, to: moveTarget(e.promotion) };
  return { kind: 'relegation', who, to: moveTarget(e.relegation) };
}

/** "Aggregate table of the 2014 Torneo Descentralizado"; the competition alone for its first (or only) stage when `firstIsWhole`. */
function tableName(
  ctx: ArticleContext,
  competition: string,
  stage: string | undefined,
  firstIsWhole = false,
): string {
  const comp = ctx.index.competitions.get(competition);
  if (!comp) return competition;
  const s = stage ? comp.stages.find((x) => x.id === stage) : undefined;
  if (!s || comp.stages.length === 1 || (firstIsWhole && comp.stages[0] === s)) return ctx.title(comp);
  return ctx.text.stageOf(s.name, ctx.title(comp));
}

function pickWords(ctx: ArticleContext, from: SelectorDoc): PickWords {
  const comp = ctx.index.competitions.get(from.competition);
  const last = comp?.stages.at(-1);
  const stage = from.stage ? comp?.stages.find((s) => s.id === from.stage) : last;
  const p = from.pick;
  const pick: PickWords['pick'] =
    p === 'winner'
      ? 'champion'
      : p === 'runner-up'
        ? 'runner-up'
        : p === 'loser' || p === 'qualified'
          ? p
          : 'position' in p
            ? { positions: [p.position] }
            : { positions: p.positions };
  const elsewhere = from.competition !== ctx.comp.id && comp ? ctx.title(comp) : undefined;
  const ofStage = stage && stage !== last && !from.overall ? stage.name : undefined;
  const of = elsewhere && ofStage ? ctx.text.stageOf(ofStage, elsewhere) : (elsewhere ?? ofStage);
  return { pick, overall: from.overall ?? false, ...(of ? { of } : {}) };
}
