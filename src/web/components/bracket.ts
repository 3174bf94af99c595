import type { BracketText } from '../../i18n/bracket-text.ts';
import type { RoundView, SideView, StageBracketView, TieView } from '../../views/bracket-view.ts';
import { legScoreText, scoreWords } from '../../render/score-text.ts';
import { html, type SafeHtml } from '../html.ts';
import { paths, type PageContext } from '../page-context.ts';

/**
 * Goals of one side over a tie of several legs: the aggregate, A's first. A single match's
 * result is written once, in full, under the sides (a side's lone "3 (5)" said less than that).
 */
const goals = (t: TieView, which: 'a' | 'b'): string => {
  const parts = t.legs.length > 1 ? t.aggregate?.split('-') : undefined;
  return parts ? (parts[which === 'a' ? 0 : 1] ?? '') : '';
};

function side(p: PageContext, words: BracketText, t: TieView, s: SideView, which: 'a' | 'b'): SafeHtml {
  const winner = s.id !== null && t.winner === s.id;
  const known = s.id !== null && s.certainty !== 'provisional';
  const where = s.from && s.id !== null ? words.origin(s.from, s.slot) : undefined;
  const note = [
    s.condition ? words.condition(s.condition) : undefined,
    s.inheritedFrom ? p.t('slot.inherits', { team: words.team(s.inheritedFrom) }) : undefined,
  ].filter(Boolean);
  return html`<div class="side${winner ? ' winner' : ''}${known ? '' : ' pending'}">
    <span
      ><span title="${where ?? ''}"
        >${known ? s.name : html`<span class="muted">${words.side(s)}</span>`}</span
      >${note.length ? html`<small class="muted slot-note">${note.join('; ')}</small>` : ''}</span
    ><span>${goals(t, which)}</span>
  </div>`;
}

function tie(p: PageContext, words: BracketText, t: TieView): SafeHtml {
  const season = p.season!.id;
  const team = (id: string) => (id === t.a.id ? t.a : t.b).code ?? (id === t.a.id ? t.a : t.b).name ?? id;
  return html`<div class="tie${t.decidedBy === 'exclusion' ? ' excluded' : ''}" id="tie-${t.id}">
    ${side(p, words, t, t.a, 'a')}${side(p, words, t, t.b, 'b')}
    <div class="how">
      ${words.outcome(t)}${t.legs.map(
        (l) =>
          html`<br /><a href="${paths.match(season, l.id)}"
              >${team(l.home)} ${legScoreText(l, scoreWords(p.t), l.awardedTo !== undefined) ?? '?'}
              ${team(l.away)}</a
            >`,
      )}
    </div>
  </div>`;
}

/** Rounds side by side, each tie a box, joined by lines: a bracket, not a list. */
export const bracket = (
  p: PageContext,
  words: BracketText,
  rounds: readonly RoundView[],
  label?: string,
): SafeHtml =>
  // A bracket wider than the screen scrolls sideways: focusable, so the keyboard can scroll it.
  html`<ol class="bracket" aria-label="${label ?? p.t('comp.bracket')}" tabindex="0">
    ${rounds.map(
      (r) =>
        html`<li>
          <h3>${r.names?.[p.lang] ?? r.name}</h3>
          ${r.ties.length ? r.ties.map((t) => tie(p, words, t)) : html`<div class="tie"><div class="side muted">${p.t('tie.unknownTeam')}</div></div>`}
        </li>`,
    )}
  </ol>`;

/** The knockouts inside a groups stage: groups played as a knockout, and play-offs between groups. */
export const stageBrackets = (
  p: PageContext,
  words: BracketText,
  list: readonly StageBracketView[],
): SafeHtml =>
  html`${list.map(
    (k) =>
      html`<h3 id="bracket-${k.id.replace(/\//g, '-')}">${k.names?.[p.lang] ?? k.name}</h3>
        ${bracket(p, words, k.rounds, k.names?.[p.lang] ?? k.name)}`,
  )}`;
