import { textIn, type StageDoc } from '../../core/definition/index.ts';
import { matchIdOf } from '../../core/season/match-id.ts';
import { bracketText, type BracketText } from '../../i18n/bracket-text.ts';
import { bracketView, type StageBracketView, type TieView } from '../../views/bracket-view.ts';
import type { ArticleContext } from './article-context.ts';
import type { Block, Inline } from './article-doc.ts';
import { footballBox } from './final-section.ts';
import { finalTie } from './final-tie.ts';

/**
 * A section for every knockout of the competition (knockout stages, groups played as a knockout,
 * play-offs between groups), a subsection per round with each tie, its legs and how it was
 * settled — an exclusion or a walkover with its reason — and the play-offs that settled a
 * table's places (a title or relegation play-off). The final of the last stage has its own section.
 */
export function knockoutSection(ctx: ArticleContext): Block[] {
  const words = bracketText(ctx.index, ctx.text.lang);
  const final = finalTie(ctx);
  const last = ctx.comp.stages.at(-1)?.id;
  const blocks: Block[] = [];
  for (const stage of ctx.comp.stages) {
    blocks.push(...tablePlayoffs(ctx, stage));
    for (const s of bracketView(ctx.engine, ctx.comp.id, stage.id).stages) {
      const rounds = s.rounds.filter(
        (r) =>
          !(s.stage === last && s.kind === 'knockout' && r.ties.length === 1 && r.ties[0]!.id === final?.id),
      );
      if (rounds.length === 0) continue;
      blocks.push({ kind: 'heading', level: 2, text: knockoutName(ctx, stage, s) });
      if (s.entrants?.length)
        blocks.push({
          kind: 'paragraph',
          content: [words.t('bracket.entrants', { teams: s.entrants.map((e) => e.name).join(', ') })],
        });
      for (const r of rounds) {
        blocks.push({ kind: 'heading', level: 3, text: roundName(ctx, stage, s, r.id) ?? r.name });
        if (r.ties.length === 0) blocks.push({ kind: 'paragraph', content: [words.t('tie.unknownTeam')] });
        else blocks.push({ kind: 'list', items: r.ties.map((t) => tieLine(ctx, words, t)) });
      }
    }
  }
  return blocks;
}

/** A title or relegation play-off between teams level in a table: a football box per match. */
function tablePlayoffs(ctx: ArticleContext, stage: StageDoc): Block[] {
  if (stage.format === 'knockout') return [];
  const matches = ctx.matches.filter(
    (m) => m.competition === ctx.comp.id && m.stage === stage.id && m.playoff,
  );
  if (matches.length === 0) return [];
  return [
    {
      kind: 'heading',
      level: 2,
      text: `${textIn(ctx.text.lang, stage, 'name') ?? stage.id} — ${ctx.text.sections.playoff}`,
    },
    ...matches.map((m) => footballBox(ctx, m)),
  ];
}

function knockoutName(ctx: ArticleContext, stage: StageDoc, s: StageBracketView): string {
  const name = textIn(ctx.text.lang, stage, 'name') ?? stage.id;
  if (s.kind !== 'group' || stage.format !== 'groups') return name;
  const g = stage.groups.find((x) => x.id === s.group);
  return `${name} — ${(g && textIn(ctx.text.lang, g, 'name')) ?? s.group}`;
}

function roundName(
  ctx: ArticleContext,
  stage: StageDoc,
  s: StageBracketView,
  id: string,
): string | undefined {
  const lang = ctx.text.lang;
  if (stage.format === 'knockout') {
    const r = stage.rounds.find((x) => x.id === id);
    return r && textIn(lang, r, 'name');
  }
  if (stage.format !== 'groups') return undefined;
  if (s.kind === 'playoffs') {
    const p = stage.playoffs?.find((x) => x.id === id);
    return p && textIn(lang, p, 'name');
  }
  const r = stage.groups.find((g) => g.id === s.group)?.rounds?.find((x) => x.id === id);
  return r && textIn(lang, r, 'name');
}

/** "Sport Loreto v Juventud América: 3–0, 2–2 (Aggregate 5–2) — Sport Loreto go through on aggregate." */
function tieLine(ctx: ArticleContext, words: BracketText, t: TieView): Inline[] {
  const side = (s: TieView['a']): Inline => (s.id !== null ? ctx.teamLink(s.id) : words.side(s));
  const dash = (score: string) => score.replace('-', '–');
  const pens = (score: string) => {
    const [home = '', away = ''] = score.split('-');
    return words.t('score.pens', { home, away });
  };
  const legs = t.legs.map((l) => {
    const score = l.score !== null ? dash(l.score) : ctx.text.scoreUnknown;
    const extra = [
      l.extraTime !== null ? `${dash(l.extraTime)} ${words.t('score.aet')}` : '',
      l.penalties !== null ? pens(l.penalties) : '',
    ].filter(Boolean);
    const mark = extra.length ? ` (${extra.join(', ')})` : '';
    return t.legs.length > 1
      ? `${ctx.teamName(l.home)} ${score} ${ctx.teamName(l.away)}${mark}`
      : `${score}${mark}`;
  });
  const aggregate =
    t.legs.length > 1 && t.aggregate ? ` (${words.t('tie.aggregate')} ${dash(t.aggregate)})` : '';
  const legIds = new Set(t.legs.map((l) => l.id));
  const sources = [
    ...ctx.doc.matches.filter((m) => legIds.has(matchIdOf(m))).flatMap((m) => m.sources ?? []),
    ...(t.source?.split(', ') ?? []),
  ];
  return [
    side(t.a),
    ' v ',
    side(t.b),
    ...(legs.length ? [`: ${legs.join('; ')}${aggregate}`] : []),
    ` — ${words.outcome(t)}.`,
    ...ctx.cite(sources),
  ];
}
