import type { RecordedOutcomeView, SourceRef } from '../views/recorded-outcome-view.ts';
import { listOf } from './tie-break-text.ts';
import type { Translate } from './translate.ts';

/** A source by its title and publisher, else its id: "Torneo del Inca 2014 (Wikipedia (Spanish), …)". */
export const sourceText = (s: SourceRef): string =>
  s.title ? `${s.title}${s.publisher ? ` (${s.publisher})` : ''}` : s.id;

/** What the source recorded, without the source: "winner Alianza Lima", "went through: A and B", places. */
export function recordedWhat(t: Translate, o: RecordedOutcomeView): string {
  const parts: string[] = [];
  if (o.winner) parts.push(t('recorded.winner', { team: o.winner.name }));
  if (o.runnerUp) parts.push(t('recorded.runnerUp', { team: o.runnerUp.name }));
  if (o.qualified)
    parts.push(
      t('recorded.qualified', {
        teams: listOf(
          t,
          o.qualified.map((q) => q.name),
        ),
      }),
    );
  if (o.positions) {
    const places = o.positions.map((p) =>
      p.points !== undefined
        ? t('recorded.placePoints', { position: p.position, team: p.team.name, points: p.points })
        : t('recorded.place', { position: p.position, team: p.team.name }),
    );
    parts.push(t('recorded.positions', { places: places.join(', ') }));
  }
  return parts.join('; ');
}

/**
 * A recorded outcome in one sentence that leads with its source: "Recorded (source: …): winner
 * Alianza Lima." A table a source printed on a day reads as that day's snapshot; the outcome's
 * note follows.
 */
export function recordedText(
  t: Translate,
  o: RecordedOutcomeView,
  sources: string = o.sources.map(sourceText).join('; '),
): string {
  const what = recordedWhat(t, o);
  // `n` picks "source" or "sources"; the outcome's own note follows the sentence.
  const n = o.sources.length;
  const sentence =
    o.snapshot && o.date
      ? t('recorded.snapshot', { date: o.date, sources, what, n })
      : t('recorded.lead', { sources, what, n });
  return o.note ? `${sentence} ${o.note}` : sentence;
}
