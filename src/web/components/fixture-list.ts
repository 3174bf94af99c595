import type { MatchSummaryView } from '../../views/match-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import { paths, type PageContext } from '../page-context.ts';
import { unknownMark, scoreHtml } from './score.ts';
import { teamLink } from './team-link.ts';

/** Matches grouped by round (in the order the rounds first appear), each round a table. */
export function fixtureList(
  p: PageContext,
  matches: readonly MatchSummaryView[],
  idPrefix: string,
): SafeHtml {
  const rounds = new Map<string, MatchSummaryView[]>();
  for (const m of matches) {
    const key = m.round ?? (m.group ? `${p.t('comp.group')} ${m.group.toUpperCase()}` : p.t('comp.noRound'));
    rounds.set(key, [...(rounds.get(key) ?? []), m]);
  }
  return html`${[...rounds.entries()].map(
    ([round, ms], i) =>
      html`<div class="table-wrap" role="region" aria-labelledby="${idPrefix}-r${i}" tabindex="0">
        <table class="data fixtures">
          <caption id="${idPrefix}-r${i}">
            ${round}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="text">${p.t('col.date')}</th>
              <th scope="col" class="text">${p.t('col.home')}</th>
              <th scope="col">${p.t('col.result')}</th>
              <th scope="col" class="text">${p.t('col.away')}</th>
              <th scope="col" class="text hide-narrow">${p.t('col.venue')}</th>
            </tr>
          </thead>
          <tbody>
            ${ms.map(
              (m) =>
                html`<tr>
                  <td class="text">
                    ${m.date ? formatDate(p.lang, m.date) : unknownMark(p.t('unknown.date'))}
                  </td>
                  <th scope="row" class="text">${teamLink(p, m.home)}</th>
                  <td><a href="${paths.match(p.season!.id, m.id)}">${scoreHtml(p, m)}</a></td>
                  <td class="text">${teamLink(p, m.away)}</td>
                  <td class="text hide-narrow">${m.venue?.name ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  )}`;
}
