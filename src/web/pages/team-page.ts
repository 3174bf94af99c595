import { finalScore } from '../../core/model/score.ts';
import type { FormLetter } from '../../core/standings/index.ts';
import type { MatchSummaryView } from '../../views/match-view.ts';
import type { TeamView } from '../../views/team-view.ts';
import { positionChart } from '../components/position-chart.ts';
import { scoreHtml, unknownMark } from '../components/score.ts';
import { teamLink } from '../components/team-link.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';

/**
 * Won, drawn or lost, for the team: by the goals after extra time (a match level after it is
 * drawn, whoever won the shoot-out, as tables count it); nothing when the result is not known.
 */
function outcome(m: MatchSummaryView, home: boolean): FormLetter | undefined {
  if (!m.result) return undefined;
  const s = finalScore(m.result);
  const [own, other] = home ? [s.home, s.away] : [s.away, s.home];
  return own > other ? 'W' : own < other ? 'L' : 'D';
}

/** The W/D/L mark beside a result, said in words to a screen reader. */
const outcomeMark = (p: PageContext, o: FormLetter | undefined): SafeHtml =>
  o
    ? html`<span class="outcome ${o}" title="${p.t(`form.${o}.word`)}" aria-hidden="true"
          >${p.t(`form.${o}`)}</span
        ><span class="sr">${p.t(`form.${o}.word`)}: </span>`
    : html``;

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
          <th scope="col" class="text hide-narrow">${p.t('col.competition')}</th>
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
            <td class="text hide-narrow">
              <a href="${paths.competition(season.id, m.competition)}">${compName(m.competition)}</a>
            </td>
            <th scope="row" class="text">${home ? '' : '@ '}${teamLink(p, opponent)}</th>
            <td class="result">
              ${outcomeMark(p, outcome(m, home))}<a href="${paths.match(season.id, m.id)}"
                >${scoreHtml(p, m)}</a
              >
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The team's bans from cards, under each competition's rules; nothing when no competition has any. */
function suspensions(p: PageContext, v: TeamView): SafeHtml {
  const season = p.season!;
  const ruled = season.doc.competitions.filter((c) => c.suspensions);
  if (!ruled.length) return html``;
  const opponent = (m: MatchSummaryView) => (m.home.id === v.team.id ? m.away : m.home);
  const rules = ruled.map((c) =>
    p.t('team.suspensionsRule', {
      competition: season.index.competitions.get(c.id)?.name ?? c.id,
      yellows: String(c.suspensions!.yellows),
      n: c.suspensions!.yellowBan,
      redBan: String(c.suspensions!.redBan),
    }),
  );
  return html`<h2 id="suspensions">${p.t('team.suspensions')}</h2>
    ${rules.map((r) => html`<p class="muted">${r}</p>`)}
    ${
      v.suspensions.length === 0
        ? html`<p>${p.t('team.noSuspensions')}</p>`
        : html`<div class="table-wrap" role="region" aria-label="${p.t('team.suspensions')}" tabindex="0">
            <table class="data">
              <caption>
                ${p.t('team.suspensions')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="text">${p.t('col.player')}</th>
                  <th scope="col" class="text">${p.t('suspension.why')}</th>
                  <th scope="col" class="text hide-narrow">${p.t('suspension.after')}</th>
                  <th scope="col">${p.t('suspension.matches')}</th>
                  <th scope="col">${p.t('suspension.toServe')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.suspensions.map(
                  (x) =>
                    html`<tr>
                      <th scope="row" class="text">${x.player.name}</th>
                      <td class="text">
                        ${
                          x.reason === 'red'
                            ? p.t('suspension.red')
                            : p.t('suspension.yellows', {
                                n: String(ruled.find((c) => c.id === x.competition)!.suspensions!.yellows),
                              })
                        }
                      </td>
                      <td class="text hide-narrow">
                        <a href="${paths.match(season.id, x.after.id)}"
                          >${x.after.date ? formatDate(p.lang, x.after.date) : ''}
                          ${x.after.home.id === v.team.id ? '' : '@ '}${opponent(x.after).name}</a
                        >
                      </td>
                      <td>${x.matches}</td>
                      <td>${x.toServe}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

/** A team: who it is, every match, and its position over time in each table it plays in. */
export function teamPage(p: PageContext, v: TeamView): string {
  const season = p.season!;
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
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
      ${matches(p, v)} ${suspensions(p, v)}
    </div>`;
  return layout(p, v.team.name, body).text;
}
