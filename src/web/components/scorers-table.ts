import type { FigureView, ScorerView } from '../../views/statistics-view.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { unknownMark } from './score.ts';
import { sentenceWith, sourceLinks } from './source-links.ts';
import { teamLink } from './team-link.ts';

/** The scorers' list, saying plainly when it is not final and why. */
export function scorersTable(p: PageContext, f: FigureView<readonly ScorerView[]>): SafeHtml {
  const reason = f.reason ? p.t(`reason.${f.reason}`) : '';
  const note =
    f.basis === 'partial'
      ? html`<p class="note unknown">${p.t('comp.scorersPartial', { reason, n: f.counted })}</p>`
      : f.basis === 'reported'
        ? html`<p class="note">
            ${sentenceWith((value) => p.t('comp.scorersReported', { value }), sourceLinks(p, f.sources ?? []))}
          </p>`
        : f.basis === 'unknown'
          ? html`<p class="note">${unknownMark(reason)} ${reason}</p>`
          : '';
  const rows = f.value ?? [];
  if (!rows.length)
    return html`${note}
      <p class="muted">${p.t('comp.noScorers')}</p>`;
  return html`${note}
    <div class="table-wrap" role="region" aria-label="${p.t('comp.scorers')}" tabindex="0">
      <table class="data scorers">
        <caption class="sr">
          ${p.t('comp.scorers')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${p.t('col.rank')}</th>
            <th scope="col" class="team">${p.t('col.player')}</th>
            <th scope="col" class="text">${p.t('col.team')}</th>
            <th scope="col">${p.t('col.goals')}</th>
            <th scope="col"><abbr title="${p.t('col.pens.title')}">${p.t('col.pens')}</abbr></th>
          </tr>
        </thead>
        <tbody>
          ${rows.slice(0, 20).map(
            (r) =>
              html`<tr>
                <td>${r.shared ? `${r.rank}=` : r.rank}</td>
                <th scope="row">${r.name}</th>
                <td class="text">${r.teams.map((t, i) => html`${i ? ', ' : ''}${teamLink(p, t)}`)}</td>
                <td>${r.goals}</td>
                <td>${r.penalties ?? unknownMark(p.t('unknown.dash'))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
