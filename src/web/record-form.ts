import type { CardDoc, GoalDoc, MatchFactDoc } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';

export const SIDES = ['home', 'away'] as const;
export type Side = (typeof SIDES)[number];
export const GOAL_KINDS = ['goal', 'penalty', 'own-goal'] as const;
export const CARDS = ['yellow', 'second-yellow', 'red'] as const;

export interface GoalRow {
  readonly player: string;
  readonly minute: string;
  readonly kind: (typeof GOAL_KINDS)[number];
}

export interface CardRow {
  readonly player: string;
  readonly minute: string;
  readonly card: (typeof CARDS)[number];
}

type PerSide<T> = { readonly [S in Side]: readonly T[] };

/** What the recording form holds: as typed, strings all, so that a refused write shows it again. */
export interface EnteredResult {
  readonly home: string;
  readonly away: string;
  readonly halfTime: string;
  readonly extraTime: string;
  readonly penalties: string;
  readonly reason: string;
  readonly goals: PerSide<GoalRow>;
  readonly cards: PerSide<CardRow>;
  /**
   * What the match says that the form does not show (the shoot-out kick by kick, a reported
   * winner, an award), as JSON written back unchanged: sending the form changes only what it shows.
   */
  readonly kept: string;
}

/** The parts of a result the form carries without showing them. */
export const KEPT_FIELDS = ['shootout', 'winner', 'awardedTo', 'status'] as const;

/**
 * The fields of a recorded match (as stored) the form does not show, to carry through a write.
 * A status is carried only when the match already says what happened: entering the result of a
 * postponed fixture makes it played.
 */
export function keptOf(payload: Readonly<Record<string, unknown>> | undefined): string {
  if (!payload) return '';
  const settled = payload.score !== undefined || payload.awardedTo !== undefined;
  const kept = Object.fromEntries(
    KEPT_FIELDS.flatMap((k) =>
      payload[k] === undefined || (k === 'status' && !settled) ? [] : [[k, payload[k]]],
    ),
  );
  return Object.keys(kept).length ? JSON.stringify(kept) : '';
}

/** The carried fields back as an object; anything else in the text is ignored. */
function keptFields(text: string): Record<string, unknown> {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const o = parsed as Record<string, unknown>;
  return Object.fromEntries(KEPT_FIELDS.flatMap((k) => (o[k] === undefined ? [] : [[k, o[k]]])));
}

/** Form field names, built in one place: `goals.home.2.minute`. */
export const fieldName = (list: 'goals' | 'cards', side: Side, row: number, field: string) =>
  `${list}.${side}.${row}.${field}`;

const text = (form: Readonly<Record<string, unknown>>, name: string): string => {
  const v = form[name];
  return typeof v === 'string' ? v.trim() : '';
};

const oneOf = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** The rows of one list and side, as many as the form sent (`…0.player`, `…1.player`, …). */
function rows<T>(
  form: Readonly<Record<string, unknown>>,
  list: 'goals' | 'cards',
  side: Side,
  row: (field: (name: string) => string) => T,
): T[] {
  const out: T[] = [];
  for (let i = 0; `${fieldName(list, side, i, 'player')}` in form; i++)
    out.push(row((name) => text(form, fieldName(list, side, i, name))));
  return out;
}

/** The posted form, as typed. */
export function enteredFrom(form: Readonly<Record<string, unknown>>): EnteredResult {
  const goals = (side: Side) =>
    rows(form, 'goals', side, (f): GoalRow => ({
      player: f('player'),
      minute: f('minute'),
      kind: oneOf(GOAL_KINDS, f('kind'), 'goal'),
    }));
  const cards = (side: Side) =>
    rows(form, 'cards', side, (f): CardRow => ({
      player: f('player'),
      minute: f('minute'),
      card: oneOf(CARDS, f('card'), 'yellow'),
    }));
  return {
    home: text(form, 'home'),
    away: text(form, 'away'),
    halfTime: text(form, 'halfTime'),
    extraTime: text(form, 'extraTime'),
    penalties: text(form, 'penalties'),
    reason: text(form, 'reason'),
    goals: { home: goals('home'), away: goals('away') },
    cards: { home: cards('home'), away: cards('away') },
    kept: typeof form.kept === 'string' ? form.kept : '',
  };
}

const minuteText = (m: { minute: number; added?: number } | undefined) =>
  m ? `${m.minute}${m.added ? `+${m.added}` : ''}` : '';
const pair = (s: { home: number; away: number } | undefined) => (s ? `${s.home}-${s.away}` : '');

/** The match as recorded, in the form's terms; players by name, which the season resolves again. */
export function enteredFromMatch(
  m: MatchFactDoc | undefined,
  index: SeasonIndex,
  stored?: Readonly<Record<string, unknown>>,
): EnteredResult {
  const name = (player: string) => index.people.get(player)?.name ?? player;
  const goal = (g: GoalDoc): GoalRow => ({
    player: name(g.player),
    minute: minuteText(g.minute),
    kind: g.kind,
  });
  const card = (c: CardDoc): CardRow => ({
    player: name(c.player),
    minute: minuteText(c.minute),
    card: c.card,
  });
  return {
    home: m?.score ? String(m.score.home) : '',
    away: m?.score ? String(m.score.away) : '',
    halfTime: pair(m?.halfTime),
    extraTime: pair(m?.extraTime),
    penalties: pair(m?.penalties),
    reason: '',
    goals: { home: (m?.goals?.home ?? []).map(goal), away: (m?.goals?.away ?? []).map(goal) },
    cards: { home: (m?.cards?.home ?? []).map(card), away: (m?.cards?.away ?? []).map(card) },
    kept: keptOf(stored),
  };
}

/** A body path of the write (`goals.home.1.minute`) → the form field it came from, or undefined. */
export type FieldOf = (path: readonly (string | number)[]) => string | undefined;

/**
 * The form as a result write in the season format's words, for the same path as the API's PUT
 * (same schema, same cross-checks). Blank rows are left out; goals are sent only when some were
 * entered, since an empty list would say "no goals", not "scorers unknown". `fieldOf` maps the
 * paths of a refusal back to the fields.
 */
export function resultBody(e: EnteredResult): { body: Record<string, unknown>; fieldOf: FieldOf } {
  const body: Record<string, unknown> = { ...keptFields(e.kept), score: `${e.home}-${e.away}` };
  if (e.halfTime) body.halfTime = e.halfTime;
  if (e.extraTime) body.extraTime = e.extraTime;
  if (e.penalties) body.penalties = e.penalties;
  if (e.reason) body.reason = e.reason;
  const rowsOf = new Map<string, number[]>();
  const kept = <T extends { player: string; minute: string }>(
    list: 'goals' | 'cards',
    side: Side,
    all: readonly T[],
  ) => {
    const at: number[] = [];
    const out = all.flatMap((r, i) => (r.player || r.minute ? (at.push(i), [r]) : []));
    rowsOf.set(`${list}.${side}`, at);
    return out;
  };
  const minute = (m: string) => (m ? { minute: m } : {});
  const goals = SIDES.map((s) => kept('goals', s, e.goals[s]));
  if (goals.some((g) => g.length))
    body.goals = Object.fromEntries(
      SIDES.map((s, i) => [
        s,
        goals[i]!.map((g) => ({ player: g.player, ...minute(g.minute), kind: g.kind })),
      ]),
    );
  const cards = SIDES.map((s) => kept('cards', s, e.cards[s]));
  if (cards.some((c) => c.length))
    body.cards = Object.fromEntries(
      SIDES.map((s, i) => [
        s,
        cards[i]!.map((c) => ({ player: c.player, ...minute(c.minute), card: c.card })),
      ]),
    );
  const fieldOf: FieldOf = (path) => {
    const [list, side, index, field] = path;
    if (list === 'score') return 'home';
    if (list === 'halfTime' || list === 'extraTime' || list === 'penalties' || list === 'reason') return list;
    if (list === 'shootout') return 'penalties';
    if ((list !== 'goals' && list !== 'cards') || (side !== 'home' && side !== 'away')) return undefined;
    if (typeof index !== 'number') return `${list}.${side}`;
    const row = rowsOf.get(`${list}.${side}`)?.[index];
    return row === undefined
      ? `${list}.${side}`
      : fieldName(list, side, row, typeof field === 'string' ? field : 'player');
  };
  return { body, fieldOf };
}
