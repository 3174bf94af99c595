import type { JsonValue } from '../../storage/index.ts';
import type { FieldChange } from '../../views/fact-changes.ts';
import type { MatchDetailView, MatchEventView } from '../../views/match-view.ts';
import { scoreHtml, unknownMark } from '../components/score.ts';
import { teamLink } from '../components/team-link.ts';
import { html, type SafeHtml } from '../html.ts';
import { en, type MessageKey } from '../../i18n/en.ts';
import { formatCount, formatDate } from '../../i18n/translate.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';

const minute = (e: MatchEventView) =>
  e.minute ? `${e.minute.minute}${e.minute.added ? `+${e.minute.added}` : ''}'` : '';

function timeline(p: PageContext, m: MatchDetailView): SafeHtml {
  if (!m.eventsKnown) return html`<p class="unknown">${p.t('match.eventsUnknown')}</p>`;
  if (!m.events.length) return html`<p class="muted">${p.t('match.noEvents')}</p>`;
  return html`<ol class="timeline">
    ${m.events.map(
      (e) =>
        html`<li class="${e.side}">
          <span class="min">${minute(e) || unknownMark(p.t('unknown.dash'))}</span>
          <span
            ><strong>${p.t(`event.${e.type}` as MessageKey)}</strong> —
            ${e.name}${e.replaced ? ` (${p.t('event.replaces', { name: e.replaced })})` : ''}
            <span class="muted">(${e.side === 'home' ? m.home.name : m.away.name})</span></span
          >
        </li>`,
    )}
  </ol>`;
}

function shootout(p: PageContext, m: MatchDetailView): SafeHtml {
  if (!m.shootout?.length) return html``;
  const first = m.shootout[0]!.side === 'home' ? m.home.name : m.away.name;
  return html`<h2 id="shootout">${p.t('match.shootout')}</h2>
    <div class="table-wrap" role="region" aria-labelledby="shootout" tabindex="0">
      <table class="data shootout">
        <caption>
          ${p.t('match.shootoutCaption', { first })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${p.t('match.kick')}</th>
            <th scope="col" class="text">${p.t('col.team')}</th>
            <th scope="col" class="text">${p.t('match.taker')}</th>
            <th scope="col">${p.t('match.outcome')}</th>
            <th scope="col">${p.t('match.after')}</th>
          </tr>
        </thead>
        <tbody>
          ${m.shootout.map(
            (k) =>
              html`<tr>
                <th scope="row">${k.order}</th>
                <td class="text">${k.side === 'home' ? m.home.name : m.away.name}</td>
                <td class="text">${k.name}</td>
                <td class="kick-${k.outcome}">${p.t(`match.kick.${k.outcome}`)}</td>
                <td>${k.score.home}–${k.score.away}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function lineups(p: PageContext, m: MatchDetailView): SafeHtml {
  if (!m.lineups) return html``;
  const one = (
    name: string,
    l?: { starting: readonly string[]; substitutes: readonly string[]; manager?: string },
  ) =>
    l
      ? html`<section>
          <h3>${name}</h3>
          <h4>${p.t('match.starting')}</h4>
          <ol>
            ${l.starting.map((x) => html`<li>${x}</li>`)}
          </ol>
          ${
            l.substitutes.length
              ? html`<h4>${p.t('match.substitutes')}</h4>
                  <ul>
                    ${l.substitutes.map((x) => html`<li>${x}</li>`)}
                  </ul>`
              : ''
          }
          ${l.manager ? html`<p>${p.t('match.manager')}: ${l.manager}</p>` : ''}
        </section>`
      : html`<section>
          <h3>${name}</h3>
          <p>${unknownMark(p.t('unknown.dash'))}</p>
        </section>`;
  return html`<h2>${p.t('match.lineups')}</h2>
    <div class="lineups">${one(m.home.name, m.lineups.home)}${one(m.away.name, m.lineups.away)}</div>`;
}

/** A crowd as the source gave it: "17,000", or "c. 17,000" / "aprox. 17 000" when it was an estimate. */
const crowd = (p: PageContext, n: number, approximate: boolean): string =>
  approximate ? p.t('number.approximate', { n: formatCount(p.lang, n) }) : formatCount(p.lang, n);

function facts(p: PageContext, m: MatchDetailView): SafeHtml {
  const row = (label: string, value: SafeHtml | string) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  return html`<table class="data facts">
    <caption class="sr">
      ${m.home.name} – ${m.away.name}
    </caption>
    <tbody>
      ${row(p.t('col.date'), m.date ? `${formatDate(p.lang, m.date)}${m.time ? ` ${m.time}` : ''}` : unknownMark(p.t('unknown.date')))}
      ${m.venue ? row(p.t('match.venue'), `${m.venue.name}${m.neutral ? ` (${p.t('match.neutral')})` : ''}`) : ''}
      ${m.result?.halfTime ? row(p.t('match.halfTime'), `${m.result.halfTime.home}–${m.result.halfTime.away}`) : ''}
      ${m.referee ? row(p.t('match.referee'), m.referee) : ''}
      ${row(p.t('match.attendance'), m.attendance !== undefined ? crowd(p, m.attendance, m.attendanceApproximate ?? false) : unknownMark(p.t('unknown.dash')))}
    </tbody>
  </table>`;
}

/** A field's value as a history line shows it: text as written, a list or record said to have changed. */
const valueText = (p: PageContext, v: JsonValue | undefined): string =>
  v === undefined
    ? p.t('history.none')
    : v === null || typeof v !== 'object'
      ? String(v)
      : Array.isArray(v) && v.every((x) => typeof x !== 'object')
        ? v.join(', ')
        : p.t('history.entries', { n: Array.isArray(v) ? v.length : Object.keys(v).length });

/** A fact's field as the dictionary names it ("marcador"), else as the fact names it. */
const fieldName = (p: PageContext, field: string): string =>
  `fact.field.${field}` in en ? p.t(`fact.field.${field}` as MessageKey) : field;

/** A field's value; a match's status in words ("jugado"). */
const fieldValue = (p: PageContext, field: string, v: JsonValue | undefined): string =>
  field === 'status' && typeof v === 'string' && `status.${v}` in en
    ? p.t(`status.${v}` as MessageKey)
    : valueText(p, v);

function changes(p: PageContext, list: readonly FieldChange[]): SafeHtml {
  if (!list.length) return html``;
  return html`<ul class="changes">
    ${list.map(
      (c) =>
        html`<li>
          <span class="field">${fieldName(p, c.field)}</span>:
          ${c.before !== undefined ? html`<del>${fieldValue(p, c.field, c.before)}</del> → ` : ''}<ins
            >${fieldValue(p, c.field, c.after)}</ins
          >
        </li>`,
    )}
  </ul>`;
}

/** Who recorded and corrected the match, and what each version changed. */
function history(p: PageContext, m: MatchDetailView): SafeHtml {
  if (!m.history.length) return html``;
  return html`<h2>${p.t('match.history')}</h2>
    <ol class="history note">
      ${m.history.map(
        (h) =>
          html`<li>
            ${
              // A write nobody signed is stored with the author 'unknown' (the CLI's fallback): said in the page's words, not shown as a name.
              h.author && h.author !== 'unknown'
                ? p.t('match.historyEntry', {
                    version: h.version,
                    action: p.t(`match.action.${h.action}`),
                    author: h.author,
                    at: `${h.recordedAt.slice(0, 16).replace('T', ' ')} UTC`,
                  })
                : p.t('match.historyEntryNoAuthor', {
                    version: h.version,
                    action: p.t(`match.action.${h.action}`),
                    at: `${h.recordedAt.slice(0, 16).replace('T', ' ')} UTC`,
                  })
            }${h.reason ? ` — ${h.reason}` : ''}
            ${changes(p, h.changes)}
          </li>`,
      )}
    </ol>`;
}

/** A match: the scoreline, its facts, the timeline, line-ups, the shoot-out kick by kick, and its record. */
export function matchPage(p: PageContext, m: MatchDetailView, mayRecord: boolean): string {
  const season = p.season!;
  const competition = season.index.competitions.get(m.competition);
  const title = `${m.home.name} – ${m.away.name}`;
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
      <li>
        <a href="${paths.competition(season.id, m.competition)}">${competition?.name ?? m.competition}</a>
      </li>
      <li aria-current="page">${title}</li>
    </ol>
    <h1>${title}</h1>
    <div id="match-live" data-live-region>
      <div class="scoreline">
        <div class="team">${teamLink(p, m.home)}</div>
        <div class="big">${scoreHtml(p, m)}</div>
        <div class="team">${teamLink(p, m.away)}</div>
      </div>
      ${facts(p, m)}
      <h2>${p.t('match.timeline')}</h2>
      ${timeline(p, m)} ${shootout(p, m)} ${lineups(p, m)}
      ${
        m.notes
          ? html`<h2>${p.t('match.notes')}</h2>
              <p>${m.notes}</p>`
          : ''
      }
      ${
        m.sources.length
          ? html`<h2>${p.t('match.sources')}</h2>
              <ul class="note">
                ${m.sources.map((s) => html`<li>${s.url ? html`<a href="${s.url}" rel="nofollow noopener">${s.title ?? s.id}</a>` : (s.title ?? s.id)}${s.publisher ? ` — ${s.publisher}` : ''}</li>`)}
              </ul>`
          : ''
      }
      ${history(p, m)}
    </div>
    ${mayRecord ? html`<p><a class="button" href="${paths.record(season.id, m.id)}">${p.t('match.recordThis')}</a></p>` : ''}`;
  return layout(p, title, body).text;
}
