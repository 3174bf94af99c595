import type { LinkOutcome } from '../../core/engine/index.ts';
import type { Inline } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';

export interface ContinentalPlace {
  readonly to: string;
  readonly as?: string;
  readonly qualifiers: Inline[];
}

/**
 * The places this competition gives in other competitions (its qualification links), with who
 * took them: a team whose condition failed is named with the place it did not take.
 */
export function continentalPlaces(ctx: ArticleContext): ContinentalPlace[] {
  return ctx.doc.links
    .filter((l) => l.from.competition === ctx.comp.id && 'qualification' in l.effect)
    .map((l) => {
      const effect = (l.effect as { qualification: { to: string; as?: string } }).qualification;
      return {
        to: effect.to,
        ...(effect.as ? { as: effect.as } : {}),
        qualifiers: qualifiers(ctx, ctx.engine.link(l.id)),
      };
    });
}

function qualifiers(ctx: ArticleContext, outcome: LinkOutcome): Inline[] {
  const names = outcome.teams.map((t) => ctx.teamName(t));
  const cite = ctx.cite(
    ctx.doc.linkResolutions.filter((r) => r.link === outcome.link.id).flatMap((r) => r.sources ?? []),
  );
  switch (outcome.status) {
    case 'applied':
    case 'recorded':
      return [ctx.text.list(names), ...(outcome.certainty === 'recorded' ? cite : [])];
    case 'condition-failed':
      return [...names.map((n) => ctx.text.qualificationNotTaken(n)), ...cite];
    case 'pending':
      return [
        names.length
          ? `${ctx.text.list(names)} (${ctx.text.qualificationPending})`
          : ctx.text.qualificationPending,
      ];
    case 'unknown':
      return [ctx.text.unknown];
  }
}
