import type { CompetitionForecast, ForecastProgress } from '../../live/season-forecasts.ts';
import { teamRef } from '../../views/team-ref.ts';
import { positionHeatMap } from '../components/position-heat-map.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';

export interface ForecastPageData {
  readonly competition: { readonly id: string; readonly name: string };
  readonly runs: number;
  readonly seed: number;
  readonly asOf?: string;
  /** The forecast when it is made, else how far it has got. */
  readonly forecast: CompetitionForecast | ForecastProgress;
}

const isMade = (f: CompetitionForecast | ForecastProgress): f is CompetitionForecast => 'teams' in f;

const pct = (x: number): string =>
  x === 0 ? '–' : x === 1 ? '100%' : x < 0.001 ? '<0.1%' : x > 0.999 ? '>99.9%' : `${(x * 100).toFixed(1)}%`;

function controls(p: PageContext, d: ForecastPageData): SafeHtml {
  return html`<form method="get" class="controls" aria-label="${p.t('forecast.settings')}">
    <label
      >${p.t('forecast.runsLabel')} <input type="number" name="runs" min="1" max="10000" value="${d.runs}"
    /></label>
    <label>${p.t('forecast.asOfLabel')} <input type="date" name="asOf" value="${d.asOf ?? ''}" /></label>
    <input type="hidden" name="lang" value="${p.lang}" />
    <button type="submit" class="primary">${p.t('forecast.apply')}</button>
  </form>`;
}

function progressOf(p: PageContext, f: ForecastProgress): SafeHtml {
  if (f.status === 'failed')
    return html`<p class="forecast-status" role="alert">${p.t('forecast.failed')}</p>`;
  return html`<p class="forecast-status">
    <label
      for="forecast-progress"
      data-template="${p.t('forecast.running', { done: '{done}', runs: f.runs })}"
      >${p.t('forecast.running', { done: f.done, runs: f.runs })}</label
    >
    <progress id="forecast-progress" max="${f.runs}" value="${f.done}" data-version="${f.version}"></progress>
  </p>`;
}

function forecastOf(p: PageContext, f: CompetitionForecast, competition: string): SafeHtml {
  const season = p.season!;
  const name = (id: string) => teamRef(season.index, id).name;
  const linkIds = [...new Set(f.teams.flatMap((t) => Object.keys(t.links)))];
  const linkName = (id: string) => season.doc.links.find((l) => l.id === id)?.description ?? id;
  const anyRelegated = f.teams.some((t) => t.relegated > 0);
  const anyPromoted = f.teams.some((t) => t.promoted > 0);
  const placed = f.teams.filter((t) => t.positions.length > 0);
  const stageName = (id: string) =>
    season.index.competitions.get(competition)?.stages.find((s) => s.id === id)?.name ?? id;
  return html`<p class="forecast-made" data-forecast-version="${f.version}">
      ${p.t('forecast.made', { runs: f.runs, seed: f.seed })}
    </p>
    <div class="table-wrap">
      <table class="forecast">
        <caption>
          ${p.t('forecast.odds')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${p.t('forecast.team')}</th>
            <th scope="col" class="num">
              <abbr title="${p.t('forecast.pointsLong')}">${p.t('forecast.points')}</abbr>
            </th>
            <th scope="col" class="num">${p.t('forecast.champion')}</th>
            ${linkIds.map((id) => html`<th scope="col" class="num">${linkName(id)}</th>`)}
            ${anyPromoted ? html`<th scope="col" class="num">${p.t('forecast.promoted')}</th>` : ''}
            ${anyRelegated ? html`<th scope="col" class="num">${p.t('forecast.relegated')}</th>` : ''}
          </tr>
        </thead>
        <tbody>
          ${f.teams.map(
            (t) =>
              html`<tr data-team="${t.team}">
                <th scope="row"><a href="${paths.team(season.id, t.team)}">${name(t.team)}</a></th>
                <td class="num">${t.positions.length ? t.expectedPoints.toFixed(1) : ''}</td>
                <td class="num">${pct(t.champion)}</td>
                ${linkIds.map((id) => html`<td class="num">${pct(t.links[id] ?? 0)}</td>`)}
                ${anyPromoted ? html`<td class="num">${pct(t.promoted)}</td>` : ''}
                ${anyRelegated ? html`<td class="num">${pct(t.relegated)}</td>` : ''}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      placed.length
        ? html`<h2 id="heat-map-heading">${p.t('forecast.heatMap')}</h2>
            <div class="table-wrap">
              ${positionHeatMap(
                p,
                'position-heat-map',
                p.t('forecast.heatMapTitle', { stage: stageName(placed[0]!.stage ?? '') }),
                placed.map((t) => ({ name: name(t.team), positions: t.positions })),
              )}
            </div>`
        : ''
    }`;
}

/**
 * A competition's forecast: each team's odds of the title, of every link (qualification,
 * relegation, points carried) and of every final place as a heat map. While the runs are being
 * played the page shows how far they have got; the live script follows the season's event
 * stream and swaps the forecast in when it is made — after each recorded result too.
 */
export function forecastPage(p: PageContext, d: ForecastPageData): string {
  const season = p.season!;
  const title = p.t('forecast.title', { competition: d.competition.name });
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
      <li><a href="${paths.competition(season.id, d.competition.id)}">${d.competition.name}</a></li>
      <li aria-current="page">${p.t('forecast.crumb')}</li>
    </ol>
    <h1>${title}</h1>
    <p>${p.t('forecast.intro')}</p>
    ${controls(p, d)}
    <section id="live-forecast" data-live-region aria-live="polite" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">${p.t('forecast.odds')}</h2>
      ${isMade(d.forecast) ? forecastOf(p, d.forecast, d.competition.id) : progressOf(p, d.forecast)}
    </section>`;
  return layout(p, title, body).text;
}
