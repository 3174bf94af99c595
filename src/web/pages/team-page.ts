import type { TeamView } from '../../views/team-view.ts';
import { positionChart } from '../components/position-chart.ts';
import { scoreHtml, unknownMark } from '../components/score.ts';
import { teamLink } from '../components/team-link.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext } from '../page-context.ts';

function matches(p: PageContext, v: TeamView): SafeHtml {
  const season = p.season!;
  const compName = (id: string) => season.index.competitions.get(id)?.name ?? id;
  return html`<div class="table-wrap" role="region" aria-label="${p.t('team.matches')}" tabindex="0">
    <table class="data">
      <caption>
        ${p.t('team.matches')}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="text">${p.t('col.date')}</th>
          <th scope="col" class="text">${p.t('col.competition')}</th>
          <th scope="col" class="text">${p.t('col.opponent')}</th>
          <th scope="col">${p.t('col.result')}</th>
        </tr>
      </thead>
      <tbody>
        ${v.matches.map((m) => {
          const home = m.home.id === v.team.id;
          const opponent = home ? m.away : m.home;
          return html`<tr>
            <td class="text">${m.date ? formatDate(p.lang, m.date) : unknownMark(p.t('unknown.date'))}</td>
            <td class="text">
              <a href="${paths.competition(season.id, m.competition)}">${compName(m.competition)}</a>
            </td>
            <th scope="row" class="text">${home ? '' : '@ '}${teamLink(p, opponent)}</th>
            <td><a href="${paths.match(season.id, m.id)}">${scoreHtml(p, m)}</a></td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** A team: who it is, every match, and its position over time in each table it plays in. */
export function teamPage(p: PageContext, v: TeamView): string {
  const season = p.season!;
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${season.doc.season.name}</a></li>
      <li aria-current="page">${v.team.name}</li>
    </ol>
    <h1>${v.team.name}</h1>
    <p class="muted">
      ${p.t('team.club')}:
      ${v.club.name}${v.club.city ? ` (${v.club.city})` : ''}${v.venue ? html` · ${p.t('team.homeVenue')}: ${v.venue.name}` : ''}${v.manager ? html` · ${p.t('team.manager')}: ${v.manager}` : ''}
    </p>
    <div id="team-live" data-live-region>
      <h2>${p.t('team.position')}</h2>
      ${v.positions.length === 0 || v.positions.every((x) => !x.points.length) ? html`<p class="muted">${p.t('team.noPositions')}</p>` : ''}
      ${v.positions
        .filter((x) => x.points.length)
        .map(
          (x) =>
            html`<h3>${x.table}</h3>
              ${positionChart(p, `chart-${x.competition}-${x.stage}-${x.group ?? ''}`, p.t('team.positionCaption', { team: v.team.name, table: x.table }), x.points, x.teams)}`,
        )}
      <h2>${p.t('team.matches')}</h2>
      ${matches(p, v)}
    </div>`;
  return layout(p, v.team.name, body).text;
}
