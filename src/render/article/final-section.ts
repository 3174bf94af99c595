import type { Match, MatchMinute } from '../../core/model/index.ts';
import { finalScore, formatScore } from '../../core/model/score.ts';
import { translator } from '../../i18n/translate.ts';
import { scoreText, scoreWords } from '../score-text.ts';
import { matchIdOf } from '../../core/season/match-id.ts';
import type { Block, BoxEvent, BoxKick, FootballBoxBlock } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { finalTie } from './final-tie.ts';
import type { TieState } from '../../core/engine/index.ts';

/** The final as a football box per match: scorers with minutes, red cards, the shoot-out kick by kick. */
export function finalSection(ctx: ArticleContext): Block[] {
  const tie = finalTie(ctx);
  if (!tie) return [];
  if (tie.matches.length === 0) return finalToPlay(ctx, tie);
  return [
    { kind: 'heading', level: 2, text: ctx.text.sections.final },
    ...tie.matches.map((m) => footballBox(ctx, m)),
  ];
}

/**
 * A final not yet played, said so once its sides are known (an article as of a day before it):
 * the day is the final stage's, when it is a single day.
 */
function finalToPlay(ctx: ArticleContext, tie: TieState): Block[] {
  if (tie.outcome.status === 'decided') return [];
  const [a, b] = tie.slots ?? [];
  // Sides known for certain (derived from finished tables, or recorded); a provisional leader is not.
  const sure = (q: typeof a) =>
    q?.team !== undefined && (q.certainty === 'derived' || q.certainty === 'recorded');
  if (!sure(a) || !sure(b)) return [];
  const last = ctx.comp.stages.at(-1);
  const day = last?.start !== undefined && last.start === last.end ? last.start : undefined;
  return [
    { kind: 'heading', level: 2, text: ctx.text.sections.final },
    {
      kind: 'paragraph',
      content: [
        ctx.text.finalToPlay(
          [ctx.teamName(a!.team!), ctx.teamName(b!.team!)],
          day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) ? ctx.text.date(day) : undefined,
        ),
      ],
    },
  ];
}

export function footballBox(ctx: ArticleContext, m: Match): FootballBoxBlock {
  const t = ctx.text;
  const venue = m.venue ? ctx.index.venues.get(m.venue) : undefined;
  const fact = ctx.doc.matches.find((f) => matchIdOf(f) === m.id);
  const events = (side: 'home' | 'away'): BoxEvent[] => [
    ...(m.goals ?? [])
      .filter((g) => g.side === side)
      .map((g) => ({
        name: ctx.personName(g),
        ...(g.minute ? { minute: minuteText(g.minute) } : {}),
        ...(g.kind === 'penalty'
          ? { mark: 'pen' as const }
          : g.kind === 'own_goal'
            ? { mark: 'og' as const }
            : {}),
      })),
    ...(m.bookings ?? [])
      .filter((c) => c.side === side && c.card !== 'yellow')
      .map((c) => ({
        name: ctx.personName(c),
        ...(c.minute ? { minute: minuteText(c.minute) } : {}),
        mark: 'red' as const,
      })),
  ];
  const kicks = (side: 'home' | 'away'): BoxKick[] =>
    (m.shootout ?? [])
      .filter((k) => k.side === side)
      .map((k) => ({ name: ctx.personName(k), scored: k.outcome === 'scored' }));
  const referee = m.referee ? (ctx.index.people.get(m.referee)?.name ?? m.referee) : undefined;
  const attendance =
    m.attendance !== undefined
      ? `${fact?.attendanceApproximate ? `${t.approximately} ` : ''}${t.number(m.attendance)}`
      : undefined;
  return {
    kind: 'football-box',
    ...(m.date ? { date: t.date(m.date) } : {}),
    team1: ctx.teamLink(m.home),
    team2: ctx.teamLink(m.away),
    score: m.result ? formatScore(finalScore(m.result)) : t.scoreUnknown,
    scoreline: m.result
      ? scoreText(m.result, scoreWords(translator(t.lang)), m.status === 'awarded')
      : t.scoreUnknown,
    afterExtraTime: m.result?.extraTime !== undefined,
    ...(m.result?.penalties ? { penaltyScore: formatScore(m.result.penalties) } : {}),
    goals1: events('home'),
    goals2: events('away'),
    penalties1: kicks('home'),
    penalties2: kicks('away'),
    ...(venue
      ? { stadium: [{ kind: 'link', target: venue.name }, ...(venue.city ? [`, ${venue.city}`] : [])] }
      : {}),
    ...(attendance ? { attendance } : {}),
    ...(referee ? { referee } : {}),
    sources: fact?.sources ?? [],
  };
}

/** 85, 90+1. */
export const minuteText = (m: MatchMinute): string => (m.added ? `${m.minute}+${m.added}` : String(m.minute));
