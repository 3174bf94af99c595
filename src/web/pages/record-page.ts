import type { MatchSummaryView } from '../../views/match-view.ts';
import { scoreHtml } from '../components/score.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext } from '../page-context.ts';

export interface RecordPageData {
  /** The matches this official may record, those without a result first. */
  readonly matches: readonly MatchSummaryView[];
  readonly selected?: MatchSummaryView & { readonly version: number };
  readonly competitions: readonly string[];
  readonly done?: { readonly match: string; readonly version: number };
  readonly error?: string;
  /** What the official typed, shown again when the write was refused. */
  readonly entered?: Readonly<Record<'home' | 'away' | 'extraTime' | 'penalties' | 'reason', string>>;
}

const label = (p: PageContext, m: MatchSummaryView) =>
  `${m.date ? formatDate(p.lang, m.date) : '?'} · ${m.home.name} – ${m.away.name}${m.result ? ` (${m.result.fullTime.home}–${m.result.fullTime.away})` : ''}`;

function chooser(p: PageContext, d: RecordPageData): SafeHtml {
  return html`<form method="get" class="stack">
    <div>
      <label for="match">${p.t('record.match')}</label>
      <select id="match" name="match" required>
        <option value="">${p.t('record.choose')}</option>
        ${d.matches.map(
          (m) =>
            html`<option value="${m.id}" ${d.selected?.id === m.id ? html` selected` : ''}>
              ${label(p, m)}
            </option>`,
        )}
      </select>
    </div>
    <div><button type="submit" class="primary">${p.t('comp.show')}</button></div>
  </form>`;
}

function resultForm(
  p: PageContext,
  m: MatchSummaryView & { version: number },
  entered?: RecordPageData['entered'],
): SafeHtml {
  const r = m.result;
  const pair = (s?: { home: number; away: number }) => (s ? `${s.home}-${s.away}` : '');
  return html`<h2>${m.home.name} – ${m.away.name}</h2>
    <p>
      ${p.t('record.current', { result: '' })}${r ? scoreHtml(p, m) : m.status === 'played' ? p.t('unknown.result') : p.t('unknown.notPlayed')}
    </p>
    <form method="post" class="stack" id="record-form">
      <input type="hidden" name="match" value="${m.id}" />
      <input type="hidden" name="expectedVersion" value="${m.version}" />
      <div class="pair">
        <div>
          <label for="home">${p.t('record.homeGoals')} — ${m.home.name}</label
          ><input
            id="home"
            name="home"
            type="number"
            inputmode="numeric"
            min="0"
            max="99"
            required
            value="${entered?.home ?? (r ? r.fullTime.home : '')}"
          />
        </div>
        <div>
          <label for="away">${p.t('record.awayGoals')} — ${m.away.name}</label
          ><input
            id="away"
            name="away"
            type="number"
            inputmode="numeric"
            min="0"
            max="99"
            required
            value="${entered?.away ?? (r ? r.fullTime.away : '')}"
          />
        </div>
      </div>
      <div>
        <label for="extraTime">${p.t('record.extraTime')}</label
        ><input
          id="extraTime"
          name="extraTime"
          pattern="\\d{1,2}-\\d{1,2}"
          value="${entered?.extraTime ?? pair(r?.extraTime)}"
        />
      </div>
      <div>
        <label for="penalties">${p.t('record.penalties')}</label
        ><input
          id="penalties"
          name="penalties"
          pattern="\\d{1,2}-\\d{1,2}"
          value="${entered?.penalties ?? pair(r?.penalties)}"
        />
      </div>
      <div>
        <label for="reason">${p.t('record.reason')}</label
        ><input id="reason" name="reason" value="${entered?.reason ?? ''}" ${r ? html`required` : ''} />
      </div>
      <div><button type="submit" class="primary">${p.t('record.submit')}</button></div>
    </form>`;
}

/** The recording form for a signed-in official: choose a match, enter what happened. */
export function recordPage(p: PageContext, d: RecordPageData): string {
  const season = p.season!;
  const allowed = d.competitions.includes('*')
    ? p.t('record.everything')
    : d.competitions.map((c) => season.index.competitions.get(c)?.name ?? c).join(', ');
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${season.doc.season.name}</a></li>
      <li aria-current="page">${p.t('record.title')}</li>
    </ol>
    <h1>${p.t('record.title')}</h1>
    ${d.done ? html`<p class="flash" role="status">${p.t('record.done', { match: d.done.match, version: d.done.version })} <a href="${paths.match(season.id, d.done.match)}">→</a></p>` : ''}
    ${d.error ? html`<p class="error" role="alert">${d.error}</p>` : ''}
    <p class="note">${p.t('record.allowed', { competitions: allowed })}</p>
    ${d.matches.length ? chooser(p, d) : html`<p>${p.t('record.nothing')}</p>`}
    ${d.selected ? resultForm(p, d.selected, d.entered) : ''}`;
  return layout(p, p.t('record.title'), body).text;
}
