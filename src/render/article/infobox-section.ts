import type { Block, Inline, InfoboxBlock } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { continentalPlaces } from './continental-places.ts';
import { attendanceFields } from './attendance-fields.ts';
import { figureInline } from './figure-inline.ts';
import { recordMatches } from './match-line.ts';

/** The infobox: the competition at a glance, every figure derived, reported or marked unknown. */
export function infoboxSection(ctx: ArticleContext): Block[] {
  const { comp, text: t, stats } = ctx;
  const fields: InfoboxBlock['fields'][number][] = [];
  const add = (key: string, label: string, value: readonly Inline[], templateOnly = false) =>
    fields.push({ key, label, value, ...(templateOnly ? { templateOnly } : {}) });
  add('competition', t.infobox.competition, [comp.short ?? comp.name]);
  add('season', t.infobox.season, [ctx.years()]);
  if (comp.start || comp.end)
    add('dates', t.infobox.dates, [
      `${comp.start ? t.date(comp.start) : t.unknown} – ${comp.end ? t.date(comp.end) : t.unknown}`,
    ]);
  add('winners', t.infobox.winners, winners(ctx));
  continentalPlaces(ctx).forEach((p, i) => {
    add(`continentalcup${i + 1}`, p.to, [p.to], true);
    add(`continentalcup${i + 1} qualifiers`, p.as ? `${p.to} (${p.as})` : p.to, p.qualifiers);
  });
  add(
    'league topscorer',
    t.infobox.topScorer,
    figureInline(ctx, stats.topScorers, (rows) => {
      const best = rows.filter((r) => r.rank === 1);
      return best.length
        ? [`${t.goals(best[0]!.goals)}: ${t.list(best.map((r) => ctx.personName(r)))}`]
        : [t.unknown];
    }),
  );
  add(
    'biggest home win',
    t.infobox.biggestHomeWin,
    figureInline(ctx, stats.biggestHomeWin, (ms) => recordMatches(ctx, ms)),
  );
  add(
    'biggest away win',
    t.infobox.biggestAwayWin,
    figureInline(ctx, stats.biggestAwayWin, (ms) => recordMatches(ctx, ms)),
  );
  add(
    'highest scoring',
    t.infobox.highestScoring,
    figureInline(ctx, stats.highestScoring, (ms) => recordMatches(ctx, ms)),
  );
  add(
    'matches',
    t.infobox.matches,
    figureInline(ctx, stats.totals.matches, (n) => [t.number(n)]),
  );
  add('total goals', t.infobox.goals, [
    ...figureInline(ctx, stats.totals.goals, (n) => [t.number(n)]),
    ...(stats.totals.goalsPerMatch.known
      ? [` (${t.perMatch(t.decimal(stats.totals.goalsPerMatch.value, 2))})`]
      : []),
  ]);
  attendanceFields(ctx).forEach((f) => add(f.key, f.label, f.value));
  if (comp.previous)
    add('prevseason', t.infobox.previous, [
      { kind: 'link', target: t.competitionTitle(comp.name, comp.previous), text: comp.previous },
    ]);
  if (comp.next)
    add('nextseason', t.infobox.next, [
      { kind: 'link', target: t.competitionTitle(comp.name, comp.next), text: comp.next },
    ]);
  return [{ kind: 'infobox', title: ctx.title(), fields }];
}

function winners(ctx: ArticleContext): Inline[] {
  const last = ctx.comp.stages.at(-1)!;
  const champion = ctx.engine.stageResult(ctx.comp.id, last.id, 'winner');
  if (!champion.team) return [ctx.text.unknown];
  const note = ctx.comp.titleNote ? ` (${ctx.comp.titleNote})` : '';
  const recorded =
    champion.certainty === 'recorded'
      ? ctx.cite(
          ctx.doc.outcomes
            .filter((o) => o.competition === ctx.comp.id && o.winner === champion.team)
            .flatMap((o) => o.sources ?? []),
        )
      : [];
  return [ctx.teamLink(champion.team), note, ...recorded];
}
