import type { FormLetter } from '../../core/standings/index.ts';
import type { TableView } from '../../views/table-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { countText, partialWarnings } from '../../i18n/partial-text.ts';
import { recordedText } from '../../i18n/recorded-text.ts';
import { tieBreakText } from '../../i18n/tie-break-text.ts';
import type { PageContext } from '../page-context.ts';
import { sentenceWith, sourceLinks } from './source-links.ts';
import { teamLink } from './team-link.ts';

const COLUMNS = ['p', 'w', 'd', 'l', 'gf', 'ga', 'gd', 'pts'] as const;

/** Goals for and against give way on a phone (the difference stays): points stay in view. */
const NARROW_HIDDEN = new Set<string>(['gf', 'ga']);
const cellClass = (key: string) => (key === 'pts' ? 'pts' : NARROW_HIDDEN.has(key) ? 'hide-narrow' : '');

const head = (p: PageContext, key: (typeof COLUMNS)[number] | 'pos') =>
  html`<th scope="col" class="${cellClass(key)}">
    <abbr title="${p.t(`col.${key}.title` as MessageKey)}">${p.t(`col.${key}` as MessageKey)}</abbr>
  </th>`;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * One table with real table semantics: a caption that says whose table and how final it is,
 * column headers with their full names, each team's row headed by the team. Below it, in
 * words: every tie-break the table needed, every adjustment, and results nobody recorded.
 */
/** A team that goes on from the table, and whether that is worked out or as a source recorded it. */
export interface Qualifying {
  readonly team: string;
  readonly recorded: boolean;
}

/** A number with a true minus sign, as the goal difference is written. */
const minus = (n: number) => (n < 0 ? `−${-n}` : String(n));

/** The last results as letters of the page's language (G/E/P, W/D/L), said in words to a screen reader. */
function form(p: PageContext, letters: readonly FormLetter[]): SafeHtml {
  if (!letters.length) return html``;
  const words = letters.map((f) => p.t(`form.${f}.word`)).join(', ');
  return html`<span class="sr">${p.t('form.label', { results: words })}</span
    >${letters.map((f) => html`<span class="${f}" title="${p.t(`form.${f}.word`)}" aria-hidden="true">${p.t(`form.${f}`)}</span>`)}`;
}

export function leagueTable(p: PageContext, t: TableView, qualifying: readonly Qualifying[] = []): SafeHtml {
  // A stage over with no result recorded is known only by what a source recorded: no table of zeros.
  if (t.outcomeOnly)
    return html`${recordedOutcomes(p, t)}
      <p class="note">
        ${p.t(t.recorded.length ? 'recorded.outcomeOnly' : 'recorded.nothing', { name: t.name })}
      </p>`;
  const goesOn = new Map(qualifying.map((q) => [q.team, q]));
  // Each bonus or deduction with its reason, in the page's language.
  const adjustedBy = (team: string) =>
    t.adjustments
      .filter((a) => a.team.id === team)
      .map((a) => `${signed(a.points)}: ${a.reason}`)
      .join('; ');
  const caption =
    p.t('comp.tableCaption', { name: t.name, certainty: p.t(`certainty.${t.certainty}`) }) +
    (t.asOf ? ` (${p.t('comp.asOf', { date: formatDate(p.lang, t.asOf) })})` : '');
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
    const q = goesOn.get(r.team.id);
    return html`<tr class="${q ? 'qualifies' : ''}">
      <td>${r.sharedPosition ? `${r.position}=` : r.position}</td>
      <th scope="row">
        ${teamLink(p, r.team)}${q ? html`<span class="sr"> (${p.t(q.recorded ? 'comp.goesThroughRecorded' : 'comp.goesThrough')})</span>` : ''}${r.adjustment ? html` <span class="adj" title="${adjustedBy(r.team.id)}">(${signed(r.adjustment)})</span>` : ''}
      </th>
      ${cells.map((v, i) => html`<td class="${cellClass(COLUMNS[i]!)}">${v}</td>`)}
      <td class="pts">${minus(points)}</td>
      <td class="form hide-narrow">${form(p, r.form.slice(-5))}</td>
    </tr>`;
  });
  return html`${recordedOutcomes(p, t)}${partialNotice(p, t)}
    <div class="table-wrap" role="region" aria-label="${t.name}" tabindex="0">
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
    ${tableNotes(p, t, qualifying)}`;
}

/**
 * First of all, when the table is not final: what sources recorded (a group winner, who went
 * through), each leading with its sources; the table that follows is said to be what it is.
 */
function recordedOutcomes(p: PageContext, t: TableView): SafeHtml {
  if (t.certainty === 'derived' || !t.recorded.length) return html``;
  return html`<div class="recorded-outcome" role="note">
    ${t.recorded.map(
      (o) =>
        html`<p>
          ${sentenceWith(
            (sources) => recordedText(p.t, o, sources),
            sourceLinks(
              p,
              o.sources.map((x) => x.id),
            ),
          )}
        </p>`,
    )}
    ${t.outcomeOnly ? '' : html`<p>${p.t('recorded.tableFollows')}</p>`}
  </div>`;
}

/** Before the numbers: a table computed from incomplete results says so, and what is missing. */
function partialNotice(p: PageContext, t: TableView): SafeHtml {
  const [first, ...rest] = partialWarnings(p.t, t.completeness);
  if (first === undefined) return html``;
  return html`<div class="partial-notice" role="note">
    <p><strong>${first}</strong></p>
    ${rest.map((w) => html`<p class="unknown">${w}</p>`)}
  </div>`;
}

function tableNotes(p: PageContext, t: TableView, qualifying: readonly Qualifying[]): SafeHtml {
  const shown = qualifying.filter((q) => t.rows.some((r) => r.team.id === q.team));
  // What the table counts, said as what it counts (a partial table's notice above says it).
  const counted = t.completeness.expected !== undefined ? countText(p.t, t.completeness) : '';
  return html`<div class="note">
    ${
      shown.length
        ? html`<p class="legend">
            <span class="swatch" aria-hidden="true"></span>
            ${shown.every((q) => q.recorded) ? p.t('comp.goesThroughRecorded') : p.t('comp.goesThrough')}
          </p>`
        : ''
    }
    ${counted && !t.partial ? html`<p>${counted}</p>` : ''}
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
              ${t.adjustments.map((a) => html`<li>${a.team.name} ${signed(a.points)}: ${a.reason}${a.effective ? ` (${formatDate(p.lang, a.effective)})` : ''}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}
