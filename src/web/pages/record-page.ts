import type { MatchSummaryView } from '../../views/match-view.ts';
import { formatDate } from '../../i18n/translate.ts';
import { en, type MessageKey } from '../../i18n/en.ts';
import {
  cardFields,
  errorText,
  fieldId,
  goalFields,
  invalid,
  type FieldErrors,
} from '../components/event-fields.ts';
import { scoreHtml } from '../components/score.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';
import type { EnteredResult } from '../record-form.ts';

/** One reason a write was refused, and the field it concerns when there is one. */
export interface FormError {
  readonly field?: string;
  /** Where in the write, as the API names it (`goals.home[0].minute`). */
  readonly path?: string;
  /** As the API says it, in English. */
  readonly message: string;
  /** What kind of refusal (`error.bad_request`, `issue.goals_listed`), for the page's language. */
  readonly code?: string;
  /** The values the refusal names, when `code` says it in full ("la lista tiene 1 gol…"). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The refusal as a whole, whose reasons follow one by one. */
  readonly summary?: boolean;
}

export interface RecordPageData {
  /** The matches this official may record, those without a result first. */
  readonly matches: readonly MatchSummaryView[];
  readonly selected?: MatchSummaryView & { readonly version: number };
  readonly competitions: readonly string[];
  readonly done?: { readonly match: string; readonly version: number };
  /** Why the write was refused: a summary at the top, each message also beside its field. */
  readonly errors?: readonly FormError[];
  /** What the form shows: what the official typed (a refused write), else the match as recorded. */
  readonly entered?: EnteredResult;
  /** Blank rows asked for beyond the usual ("More rows"). */
  readonly extraRows?: number;
  /** What the match holds that the form carries unchanged without showing it. */
  readonly kept?: { readonly kicks: number; readonly lineups: boolean };
  /** Names offered while typing a scorer or a booked player: both teams' line-ups and squads. */
  readonly players?: readonly string[];
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

function scoreField(p: PageContext, side: 'home' | 'away', team: string, value: string, errors: FieldErrors) {
  return html`<div>
    <label for="${side}">${p.t(side === 'home' ? 'record.homeGoals' : 'record.awayGoals')} — ${team}</label
    ><input
      id="${side}"
      name="${side}"
      type="number"
      inputmode="numeric"
      min="0"
      max="99"
      required
      value="${value}"
      ${invalid(errors, side)}
    />${errorText(errors, side)}
  </div>`;
}

function textField(
  p: PageContext,
  name: 'halfTime' | 'extraTime' | 'penalties',
  value: string,
  errors: FieldErrors,
) {
  return html`<div>
    <label for="${name}">${p.t(`record.${name}`)}</label
    ><input
      id="${name}"
      name="${name}"
      pattern="\\d{1,2}-\\d{1,2}"
      value="${value}"
      ${invalid(errors, name)}
    />${errorText(errors, name)}
  </div>`;
}

function resultForm(p: PageContext, m: MatchSummaryView & { version: number }, d: RecordPageData): SafeHtml {
  const e = d.entered;
  const errors: FieldErrors = new Map(d.errors?.flatMap((x) => (x.field ? [[x.field, said(p, x)]] : [])));
  const extra = d.extraRows ?? 0;
  const goals = (side: 'home' | 'away') => Math.max((e?.goals[side].length ?? 0) + 1, 3) + extra;
  const cards = (side: 'home' | 'away') => Math.max((e?.cards[side].length ?? 0) + 1, 2) + extra;
  return html`<h2>${m.home.name} – ${m.away.name}</h2>
    <p>
      ${p.t('record.current', { result: '' })}${m.result ? scoreHtml(p, m) : m.status === 'played' ? p.t('unknown.result') : p.t('unknown.notPlayed')}
    </p>
    <form method="post" class="stack record" id="record-form">
      <input type="hidden" name="match" value="${m.id}" />
      <input type="hidden" name="expectedVersion" value="${m.version}" />
      <input type="hidden" name="extraRows" value="${extra}" />
      <input type="hidden" name="kept" value="${e?.kept ?? ''}" />
      <div class="pair">
        ${scoreField(p, 'home', m.home.name, e?.home ?? '', errors)}
        ${scoreField(p, 'away', m.away.name, e?.away ?? '', errors)}
      </div>
      ${textField(p, 'halfTime', e?.halfTime ?? '', errors)}
      ${textField(p, 'extraTime', e?.extraTime ?? '', errors)}
      ${textField(p, 'penalties', e?.penalties ?? '', errors)} ${keptText(p, d.kept)}
      ${goalFields(p, 'home', m.home.name, e?.goals.home ?? [], goals('home'), errors)}
      ${goalFields(p, 'away', m.away.name, e?.goals.away ?? [], goals('away'), errors)}
      ${cardFields(p, 'home', m.home.name, e?.cards.home ?? [], cards('home'), errors)}
      ${cardFields(p, 'away', m.away.name, e?.cards.away ?? [], cards('away'), errors)}
      <datalist id="players">
        ${(d.players ?? []).map((name) => html`<option value="${name}"></option>`)}
      </datalist>
      <div>
        <label for="reason">${p.t('record.reason')}</label
        ><input
          id="reason"
          name="reason"
          value="${e?.reason ?? ''}"
          ${m.result ? html`required` : ''}
          ${invalid(errors, 'reason')}
        />${errorText(errors, 'reason')}
      </div>
      <div class="actions">
        <button type="submit" class="primary">${p.t('record.submit')}</button>
        <button type="submit" name="more" value="1" formnovalidate class="secondary">
          ${p.t('record.moreRows')}
        </button>
      </div>
    </form>`;
}

/** Says what the form keeps as recorded without showing it, so that nobody fears losing it. */
function keptText(p: PageContext, kept: RecordPageData['kept']): SafeHtml {
  if (!kept) return html``;
  const parts = [
    ...(kept.kicks ? [p.t('record.kept.kicks', { n: kept.kicks })] : []),
    ...(kept.lineups ? [p.t('record.kept.lineups')] : []),
  ];
  return html`<p class="note" id="kept-note">${p.t('record.kept', { what: parts.join(', ') })}</p>`;
}

/**
 * A refusal in the page's language: in English as the API says it; in Spanish by its kind, with
 * the API's precise words after it, marked as the English they are.
 */
function said(p: PageContext, x: FormError): SafeHtml {
  if (p.lang === 'en' || !x.code) return html`${x.message}`;
  if (x.params && x.code in en) return html`${p.t(x.code as MessageKey, x.params)}`;
  const key = (
    x.code in en ? x.code : x.code.startsWith('error.') ? 'error.bad_request' : 'issue.other'
  ) as MessageKey;
  return html`${p.t(key)} <span class="muted" lang="en">(${x.message})</span>`;
}

/** A form field's name as its label gives it: "Goles de Juan Aurich, fila 1: Minuto". */
function fieldLabel(p: PageContext, field: string, m: MatchSummaryView | undefined): string {
  const short = (k: MessageKey) => p.t(k).replace(/ \(.*\)$/, '');
  const own: Record<string, MessageKey> = {
    home: 'record.homeGoals',
    away: 'record.awayGoals',
    halfTime: 'record.halfTime',
    extraTime: 'record.extraTime',
    penalties: 'record.penalties',
    reason: 'record.reason',
  };
  if (own[field]) return short(own[field]);
  const [list, side, row, leaf] = field.split('.');
  if ((list !== 'goals' && list !== 'cards') || (side !== 'home' && side !== 'away') || !m) return field;
  const legend = p.t(list === 'goals' ? 'record.goalsFor' : 'record.cardsFor', { team: m[side].name });
  if (row === undefined) return legend;
  const leaves: Record<string, MessageKey> = {
    player: list === 'goals' ? 'record.scorer' : 'record.player',
    minute: 'record.minute',
    kind: 'record.kind',
    card: 'record.card',
  };
  return p.t('record.row', {
    list: legend,
    n: Number(row) + 1,
    field: p.t(leaves[leaf ?? 'player'] ?? 'record.player'),
  });
}

/** The refusal at the top of the page: each reason, linked to its field. */
function refusal(p: PageContext, errors: readonly FormError[], m: MatchSummaryView | undefined): SafeHtml {
  return html`<div class="error" role="alert">
    <p>${p.t('record.refused')}</p>
    <ul>
      ${errors
        // In Spanish the heading says the write was refused; its reasons follow.
        .filter((x) => p.lang === 'en' || !x.summary)
        .map((x) => {
          const where = p.lang === 'en' ? x.path : x.field ? fieldLabel(p, x.field, m) : x.path;
          const text = where ? html`${where}: ${said(p, x)}` : said(p, x);
          return html`<li>${x.field ? html`<a href="#${fieldId(x.field)}">${text}</a>` : text}</li>`;
        })}
    </ul>
  </div>`;
}

/** The recording form for a signed-in official: choose a match, enter what happened. */
export function recordPage(p: PageContext, d: RecordPageData): string {
  const season = p.season!;
  const allowed = d.competitions.includes('*')
    ? p.t('record.everything')
    : d.competitions.map((c) => season.index.competitions.get(c)?.name ?? c).join(', ');
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
      <li aria-current="page">${p.t('record.title')}</li>
    </ol>
    <h1>${p.t('record.title')}</h1>
    ${d.done ? html`<p class="flash" role="status">${p.t('record.done', { match: d.done.match, version: d.done.version })} <a href="${paths.match(season.id, d.done.match)}">→</a></p>` : ''}
    ${d.errors?.length ? refusal(p, d.errors, d.selected) : ''}
    <p class="note">${p.t('record.allowed', { competitions: allowed })}</p>
    ${d.matches.length ? chooser(p, d) : html`<p>${p.t('record.nothing')}</p>`}
    ${d.selected ? resultForm(p, d.selected, d) : ''}`;
  return layout(p, p.t('record.title'), body).text;
}
