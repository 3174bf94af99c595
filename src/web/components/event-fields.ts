import type { MessageKey } from '../../i18n/en.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { CARDS, fieldName, GOAL_KINDS, type CardRow, type GoalRow, type Side } from '../record-form.ts';

/** A form field's id: its name with dots made dashes, so that it can be linked to (#goals-home-0-minute). */
export const fieldId = (name: string) => name.replace(/\./g, '-');

/** Refusals by the form field they concern (`home`, `goals.home`, `goals.home.0.minute`). */
export type FieldErrors = ReadonlyMap<string, string | SafeHtml>;

/** aria-invalid and the id of the message, for a field with an error. */
export const invalid = (errors: FieldErrors, name: string): SafeHtml =>
  errors.has(name) ? html` aria-invalid="true" aria-describedby="${fieldId(name)}-error"` : html``;

export const errorText = (errors: FieldErrors, name: string): SafeHtml =>
  errors.has(name)
    ? html`<p class="field-error" id="${fieldId(name)}-error">${errors.get(name)}</p>`
    : html``;

interface Column {
  readonly field: string;
  readonly label: MessageKey;
  readonly input: (name: string, value: string, label: string, errors: FieldErrors) => SafeHtml;
}

const textInput =
  (attributes: SafeHtml) =>
  (name: string, value: string, label: string, errors: FieldErrors): SafeHtml =>
    html`<label class="sr" for="${fieldId(name)}">${label}</label
      ><input
        id="${fieldId(name)}"
        name="${name}"
        value="${value}"
        ${attributes}
        ${invalid(errors, name)}
      />`;

const choice =
  (p: PageContext, values: readonly string[], key: (v: string) => MessageKey) =>
  (name: string, value: string, label: string): SafeHtml =>
    html`<label class="sr" for="${fieldId(name)}">${label}</label
      ><select id="${fieldId(name)}" name="${name}">
        ${values.map((v) => html`<option value="${v}" ${v === value ? html`selected` : ''}>${p.t(key(v))}</option>`)}
      </select>`;

const minuteInput = textInput(
  html`inputmode="numeric" pattern="\\d{1,3}(\\+\\d{1,2})?" size="5" autocomplete="off"`,
);
const playerInput = textInput(html`list="players" autocomplete="off"`);

/** One list (goals or cards) of one side: a row per event, a header for the eye, a label per field for a screen reader. */
function rowsFieldset<R extends { readonly player: string; readonly minute: string }>(
  p: PageContext,
  list: 'goals' | 'cards',
  side: Side,
  legend: string,
  columns: readonly Column[],
  values: (row: R) => Record<string, string>,
  entered: readonly R[],
  count: number,
  errors: FieldErrors,
  help?: string,
): SafeHtml {
  const rows = Array.from({ length: Math.max(count, entered.length) }, (_, i) => i);
  const group = `${list}.${side}`;
  return html`<fieldset
    class="events"
    id="${fieldId(group)}"
    ${errors.has(group) ? html`aria-describedby="${fieldId(group)}-error"` : ''}
  >
    <legend>${legend}</legend>
    ${help ? html`<p class="note">${help}</p>` : ''} ${errorText(errors, group)}
    <div class="event-rows cols-${columns.length}">
      ${columns.map((c) => html`<span class="head" aria-hidden="true">${p.t(c.label)}</span>`)}
      ${rows.map((i) => {
        const v = entered[i] ? values(entered[i]) : {};
        return columns.map((c) => {
          const name = fieldName(list, side, i, c.field);
          const label = p.t('record.row', { list: legend, n: i + 1, field: p.t(c.label) });
          return html`<span class="cell"
            >${c.input(name, v[c.field] ?? '', label, errors)}${errorText(errors, name)}</span
          >`;
        });
      })}
    </div>
  </fieldset>`;
}

/** The goals of one side: scorer, minute, and whether a penalty or an own goal. */
export function goalFields(
  p: PageContext,
  side: Side,
  team: string,
  entered: readonly GoalRow[],
  count: number,
  errors: FieldErrors,
): SafeHtml {
  const columns: Column[] = [
    { field: 'player', label: 'record.scorer', input: playerInput },
    { field: 'minute', label: 'record.minute', input: minuteInput },
    {
      field: 'kind',
      label: 'record.kind',
      input: choice(p, GOAL_KINDS, (v) => `record.goal.${v}` as MessageKey),
    },
  ];
  return rowsFieldset(
    p,
    'goals',
    side,
    p.t('record.goalsFor', { team }),
    columns,
    (g: GoalRow) => ({ player: g.player, minute: g.minute, kind: g.kind }),
    entered,
    count,
    errors,
    side === 'home' ? p.t('record.goalsHelp') : undefined,
  );
}

/** The cards of one side: player, minute, which card. */
export function cardFields(
  p: PageContext,
  side: Side,
  team: string,
  entered: readonly CardRow[],
  count: number,
  errors: FieldErrors,
): SafeHtml {
  const columns: Column[] = [
    { field: 'player', label: 'record.player', input: playerInput },
    { field: 'minute', label: 'record.minute', input: minuteInput },
    { field: 'card', label: 'record.card', input: choice(p, CARDS, (v) => `record.card.${v}` as MessageKey) },
  ];
  return rowsFieldset(
    p,
    'cards',
    side,
    p.t('record.cardsFor', { team }),
    columns,
    (c: CardRow) => ({ player: c.player, minute: c.minute, card: c.card }),
    entered,
    count,
    errors,
  );
}
