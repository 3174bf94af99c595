import type { MatchSummaryView } from '../../views/match-view.ts';
import type { TeamRef } from '../../views/team-ref.ts';
import { html, type SafeHtml } from '../html.ts';
import { paths, type PageContext } from '../page-context.ts';
import { scoreHtml } from './score.ts';

/** Home team in rows, away team in columns; each cell links to its match(es). */
export function resultsMatrix(
  p: PageContext,
  name: string,
  teams: readonly TeamRef[],
  matches: readonly MatchSummaryView[],
): SafeHtml {
  const cell = (home: TeamRef, away: TeamRef) => {
    if (home.id === away.id) return html`<td class="self"><span class="sr">—</span></td>`;
    const ms = matches.filter((m) => m.home.id === home.id && m.away.id === away.id);
    if (!ms.length) return html`<td></td>`;
    return html`<td>
      ${ms.map((m, i) => html`${i ? html`<br />` : ''}<a href="${paths.match(p.season!.id, m.id)}">${scoreHtml(p, m)}</a>`)}
    </td>`;
  };
  return html`<div class="table-wrap" role="region" aria-label="${p.t('comp.matrix')}: ${name}" tabindex="0">
    <table class="data matrix">
      <caption>
        ${p.t('comp.matrixCaption', { name })}
      </caption>
      <thead>
        <tr>
          <td></td>
          ${teams.map((t) => html`<th scope="col"><abbr title="${t.name}">${t.code ?? t.name.slice(0, 3).toUpperCase()}</abbr></th>`)}
        </tr>
      </thead>
      <tbody>
        ${teams.map(
          (h) =>
            html`<tr>
              <th scope="row">${h.name}</th>
              ${teams.map((a) => cell(h, a))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
