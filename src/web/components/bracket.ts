import type { RoundView, TieView } from '../../views/bracket-view.ts';
import type { TeamRef } from '../../views/team-ref.ts';
import { html, type SafeHtml } from '../html.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { paths, type PageContext } from '../page-context.ts';
import { scoreHtml } from './score.ts';

const HOW: Record<string, MessageKey> = {
  penalties: 'tie.by.penalties',
  aggregate: 'tie.by.aggregate',
  away_goals: 'tie.by.away_goals',
  extra_time: 'tie.by.extra_time',
};

function side(
  p: PageContext,
  t: TieView,
  team: TeamRef | undefined,
  goals: number | undefined,
  pens: number | undefined,
): SafeHtml {
  const winner = team !== undefined && t.winner === team.id;
  return html`<div class="side${winner ? ' winner' : ''}">
    <span>${team ? team.name : html`<span class="muted">${p.t('tie.unknownTeam')}</span>`}</span
    ><span>${goals ?? ''}${pens !== undefined ? html` <small>(${pens})</small>` : ''}</span>
  </div>`;
}

function how(p: PageContext, t: TieView): string {
  if (t.status === 'inconsistent') return p.t('tie.inconsistent', { reason: t.reason ?? '' });
  if (t.status === 'pending') return p.t('tie.awaiting', { what: (t.awaiting ?? '').replace(/_/g, ' ') });
  const winner = t.winner === t.a?.id ? t.a : t.b;
  const by =
    t.decidedBy && HOW[t.decidedBy]
      ? p.t(HOW[t.decidedBy]!)
      : t.decidedBy && t.decidedBy !== 'single_match'
        ? p.t('tie.by.other', { how: t.decidedBy.replace(/_/g, ' ') })
        : '';
  return `${p.t('tie.winner', { team: winner?.name ?? '' })} ${by}`.trim();
}

function tie(p: PageContext, t: TieView): SafeHtml {
  const single = t.matches.length === 1 ? t.matches[0] : undefined;
  const goals = (x: 'home' | 'away') =>
    t.aggregate
      ? t.aggregate[x]
      : single?.result
        ? (single.result.extraTime ?? single.result.fullTime)[x]
        : undefined;
  return html`<div class="tie">
    ${side(p, t, t.a, goals('home'), t.penalties?.home)}${side(p, t, t.b, goals('away'), t.penalties?.away)}
    <div class="how">
      ${how(p, t)}${t.matches.map((m) => html`<br /><a href="${paths.match(p.season!.id, m.id)}">${m.home.code ?? m.home.name} ${scoreHtml(p, m)} ${m.away.code ?? m.away.name}</a>`)}
    </div>
  </div>`;
}

/** Rounds side by side, each tie a box, joined by lines: a bracket, not a list. */
export const bracket = (p: PageContext, rounds: readonly RoundView[]): SafeHtml =>
  html`<ol class="bracket" aria-label="${p.t('comp.bracket')}">
    ${rounds.map(
      (r) =>
        html`<li>
          <h3>${r.name}</h3>
          ${r.ties.length ? r.ties.map((t) => tie(p, t)) : html`<div class="tie"><div class="side muted">${p.t('tie.unknownTeam')}</div></div>`}
        </li>`,
    )}
  </ol>`;
