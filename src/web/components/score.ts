import type { Score } from '../../core/model/index.ts';
import type { MatchSummaryView } from '../../views/match-view.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';

const dash = (s: Score) => `${s.home}–${s.away}`;

/** Something nobody recorded: a dash that says why, to the eye (title) and to a screen reader. */
export const unknownMark = (explanation: string): SafeHtml =>
  html`<span class="unknown" title="${explanation}" aria-hidden="true">—</span
    ><span class="sr">${explanation}</span>`;

/**
 * A match's result as a scoreline: 2–2 (3–3 a.e.t., 5–3 pens). A match played without a known
 * result shows a dash with the reason, never 0–0; a fixture not yet played shows nothing.
 */
export function scoreHtml(p: PageContext, m: MatchSummaryView): SafeHtml {
  const r = m.result;
  if (!r) {
    if (m.status === 'played') return unknownMark(p.t('unknown.result'));
    if (m.status === 'scheduled')
      return html`<span class="muted" title="${p.t('unknown.notPlayed')}">v</span
        ><span class="sr">${p.t('unknown.notPlayed')}</span>`;
    return html`<span class="muted">${p.t(`status.${m.status}` as 'status.postponed')}</span>`;
  }
  const extras: string[] = [];
  if (r.extraTime) extras.push(`${dash(r.extraTime)} ${p.t('score.aet')}`);
  if (r.penalties) extras.push(p.t('score.pens', { home: r.penalties.home, away: r.penalties.away }));
  if (m.status === 'awarded') extras.push(p.t('score.awarded'));
  return html`<span class="score"
    >${dash(r.fullTime)}${extras.length ? html` <small>(${extras.join(', ')})</small>` : ''}</span
  >`;
}
