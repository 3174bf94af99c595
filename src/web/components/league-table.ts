import type { TableView } from '../../views/table-view.ts';
import { html, type SafeHtml } from '../html.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { tieBreakText } from '../../i18n/tie-break-text.ts';
import type { PageContext } from '../page-context.ts';
import { teamLink } from './team-link.ts';

const COLUMNS = ['p', 'w', 'd', 'l', 'gf', 'ga', 'gd', 'pts'] as const;

const head = (p: PageContext, key: (typeof COLUMNS)[number] | 'pos') =>
  html`<th scope="col">
    <abbr title="${p.t(`col.${key}.title` as MessageKey)}">${p.t(`col.${key}` as MessageKey)}</abbr>
  </th>`;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * One table with real table semantics: a caption that says whose table and how final it is,
 * column headers with their full names, each team's row headed by the team. Below it, in
 * words: every tie-break the table needed, every adjustment, and results nobody recorded.
 */
export function leagueTable(p: PageContext, t: TableView, qualifying: readonly string[] = []): SafeHtml {
  const caption =
    p.t('comp.tableCaption', { name: t.name, certainty: p.t(`certainty.${t.certainty}`) }) +
    (t.asOf ? ` (${p.t('comp.asOf', { date: t.asOf })})` : '');
  const rows = t.rows.map((r) => {
    const split = t.side === 'home' ? r.home : t.side === 'away' ? r.away : undefined;
    const cells = split
      ? [
          split.played,
          split.won,
          split.drawn,
          split.lost,
          split.goalsFor,
          split.goalsAgainst,
          signed(split.goalsFor - split.goalsAgainst),
        ]
      : [r.played, r.won, r.drawn, r.lost, r.goalsFor, r.goalsAgainst, signed(r.goalDifference)];
    const points = split ? split.points : r.points;
    return html`<tr class="${qualifying.includes(r.team.id) ? 'qualifies' : ''}">
      <td>${r.sharedPosition ? `${r.position}=` : r.position}</td>
      <th scope="row">
        ${teamLink(p, r.team)}${r.adjustment ? html` <span class="adj" title="${r.adjustmentNotes.join('; ')}">(${signed(r.adjustment)})</span>` : ''}
      </th>
      ${cells.map((v) => html`<td>${v}</td>`)}
      <td class="pts">${points}</td>
      <td class="form hide-narrow">${r.form.slice(-5).map((f) => html`<span class="${f}">${f}</span>`)}</td>
    </tr>`;
  });
  return html`<div class="table-wrap" role="region" aria-label="${t.name}" tabindex="0">
      <table class="data standings">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head(p, 'pos')}
            <th scope="col" class="team">${p.t('col.team')}</th>
            ${COLUMNS.map((k) => head(p, k))}
            <th scope="col" class="hide-narrow">${p.t('col.form')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    ${tableNotes(p, t)}`;
}

function tableNotes(p: PageContext, t: TableView): SafeHtml {
  const played =
    t.matchesExpected !== undefined
      ? p.t('comp.matchesPlayed', { played: t.matchesPlayed, expected: t.matchesExpected })
      : '';
  return html`<div class="note">
    ${played ? html`<p>${played}</p>` : ''}
    ${t.resultsUnknown ? html`<p class="unknown">${p.t('comp.resultsUnknown', { n: t.resultsUnknown })}</p>` : ''}
    ${
      t.tieBreaks.length
        ? html`<p><strong>${p.t('comp.tieBreaks')}:</strong></p>
            <ul>
              ${t.tieBreaks.map((n) => html`<li>${tieBreakText(p.t, n)}</li>`)}
            </ul>`
        : ''
    }
    ${
      t.adjustments.length
        ? html`<p><strong>${p.t('comp.adjustments')}:</strong></p>
            <ul>
              ${t.adjustments.map((a) => html`<li>${a.team.name} ${signed(a.points)}: ${a.reason}${a.effective ? ` (${a.effective})` : ''}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}
