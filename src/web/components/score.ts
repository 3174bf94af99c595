import { scoreParts, scoreWords } from '../../render/score-text.ts';
import type { MatchSummaryView } from '../../views/match-view.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';

/** Something nobody recorded: a dash that says why, to the eye (title) and to a screen reader. */
export const unknownMark = (explanation: string): SafeHtml =>
  html`<span class="unknown" title="${explanation}" aria-hidden="true">—</span
    ><span class="sr">${explanation}</span>`;

/**
 * A match's result as a scoreline, written as everywhere (src/render/score-text.ts): 2–2 (3–3
 * a.e.t., 5–3 pens). A match played without a known
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
  const { score, detail } = scoreParts(r, scoreWords(p.t), m.status === 'awarded');
  return html`<span class="score">${score}${detail ? html` <small>(${detail})</small>` : ''}</span>`;
}
