import type { SeasonView } from '../../views/season-view.ts';
import type { LinkView, SummaryView, QualifierView } from '../../views/summary-view.ts';
import type { SeasonIndex } from '../../core/season/season.ts';
import { linkWords, type LinkWords } from '../../i18n/link-text.ts';
import { unknownMark } from '../components/score.ts';
import { teamLink } from '../components/team-link.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext } from '../page-context.ts';

function who(p: PageContext, q: QualifierView): SafeHtml {
  if (!q.team) return unknownMark(p.t('certainty.unknown'));
  return html`${teamLink(p, q.team)}${q.certainty === 'derived' ? '' : html` <small class="muted">(${p.t(`certainty.${q.certainty}`)})</small>`}`;
}

function infobox(p: PageContext, v: SeasonView, summary: SummaryView): SafeHtml {
  const row = (label: string, value: SafeHtml | string) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  const champions = summary.competitions.map((c) =>
    row(`${p.t('season.champion')} — ${c.name}`, who(p, c.champion)),
  );
  return html`<aside class="infobox">
    <table>
      <caption>
        ${p.t('season.infobox')}
      </caption>
      ${v.country ? row(p.t('season.country'), v.country) : ''}
      ${row(p.t('season.dates'), v.start && v.end ? `${formatDate(p.lang, v.start)} – ${formatDate(p.lang, v.end)}` : unknownMark(p.t('unknown.date')))}
      ${row(p.t('season.counts'), `${v.counts.clubs} · ${v.counts.teams} · ${v.counts.venues}`)}
      ${row(p.t('season.results'), `${v.counts.results} / ${v.counts.matches}`)} ${champions}
      ${v.previous ? row(p.t('season.previous'), v.previous) : ''}
      ${v.next ? row(p.t('season.next'), v.next) : ''}
    </table>
  </aside>`;
}

function competitions(p: PageContext, v: SeasonView, summary: SummaryView): SafeHtml {
  return html`<ul class="cards">
    ${v.competitions.map((c) => {
      const s = summary.competitions.find((x) => x.id === c.id);
      return html`<li class="card">
        <h3><a href="${paths.competition(v.id, c.id)}">${c.name}</a></h3>
        <p class="muted">
          ${p.t(`kind.${c.kind}`)}${c.level ? ` · ${p.t('season.level', { n: c.level })}` : ''} ·
          ${p.t('season.teamsCount', { n: c.teams.length })}
        </p>
        ${s ? html`<p>${p.t('season.champion')}: ${who(p, s.champion)}<br />${p.t('season.runnerUp')}: ${who(p, s.runnerUp)}</p>` : ''}
      </li>`;
    })}
  </ul>`;
}

function links(p: PageContext, summary: SummaryView, index: SeasonIndex): SafeHtml {
  const words = new Map(
    summary.links.flatMap((l) => {
      const doc = index.doc.links.find((d) => d.id === l.id);
      return doc ? [[l.id, linkWords(l, doc, index, p.t)] as const] : [];
    }),
  );
  const said = (l: LinkView): LinkWords => words.get(l.id) ?? { effect: l.effect };
  return html`<p class="note">${p.t('season.linksIntro')}</p>
    <div class="table-wrap" role="region" aria-label="${p.t('season.links')}" tabindex="0">
      <table class="data links">
        <caption>
          ${p.t('season.links')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="text">${p.t('season.link')}</th>
            <th scope="col" class="text">${p.t('season.linkTeams')}</th>
            <th scope="col">${p.t('season.linkStatus')}</th>
            <th scope="col" class="text">${p.t('season.linkEffect')}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.links.map(
            (l) =>
              html`<tr>
                <th scope="row" class="text">${l.description ?? l.id}</th>
                <td class="text" data-label="${p.t('season.linkTeams')}">
                  ${l.teams.length ? l.teams.map((t, i) => html`${i ? ', ' : ''}${teamLink(p, t)}`) : unknownMark(p.t('certainty.unknown'))}
                </td>
                <td data-label="${p.t('season.linkStatus')}">${p.t(`link.${l.status}`)}</td>
                <td class="text effect" data-label="${p.t('season.linkEffect')}">
                  ${said(l).effect}${said(l).condition ? html`<br /><small class="muted">${said(l).condition}</small>` : ''}${l.note ? html`<br /><small class="muted">${l.note}</small>` : ''}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/**
 * The season on a page: an infobox, its competitions with champions, and every link applied,
 * said from `index`, the season read in the page's language.
 */
export function seasonPage(p: PageContext, v: SeasonView, summary: SummaryView, index: SeasonIndex): string {
  const asOf = v.asOf
    ? html` <small class="muted">${p.t('comp.asOf', { date: formatDate(p.lang, v.asOf) })}</small>`
    : '';
  const body = html`<h1>${v.name}${asOf}</h1>
    <div id="season-live" class="layout with-infobox" data-live-region>
      ${infobox(p, v, summary)}
      <div>
        <h2>${p.t('season.competitions')}</h2>
        ${competitions(p, v, summary)}
        <h2>${p.t('season.links')}</h2>
        ${links(p, summary, index)}
      </div>
    </div>`;
  return layout(p, v.name, body).text;
}
