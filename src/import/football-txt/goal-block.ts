import type { Goal, GoalKind, MatchMinute, Score, Side } from '../../core/model/index.ts';

/**
 * Scorers written under a match, in the three ways the openfootball files do it:
 *
 *   (Lionel Messi 23' (pen.), 108' Ángel Di María 36'; Kylian Mbappé 80' (pen.), 81', 118')
 *        home scorers ; away scorers — World Cup `cup.txt` and `cup_finals.txt`
 *   (1-0 Monti 20,  2-0 Scopelli 56,  6-1 Brown 89)
 *        the running score, then the scorer and the minute — RSSSF `30full.txt`
 *   (71'      Puc 0-1
 *    81'          1-1 Orsi)
 *        the minute, the scorer on the side that scored, the running score — RSSSF `34f.txt`
 *
 * and on the match line itself, as the older RSSSF conversions do, with bare minutes and marks:
 *
 *   Arsenal  2-1 (1-0)  Chelsea  (Smith 36, 50 pen; Jones 12 og)
 *
 * Without `;`, the scorers all belong to the one side that scored (`(Gaetjens 38')` under a 1-0).
 * An own goal is listed with the side it counted for.
 */
export type GoalBlockReading = { readonly goals: readonly Goal[] } | { readonly error: string };

// A minute: `36'`, `45+2'`, or bare as RSSSF writes it (`36`, `45+2`) before a comma, a mark or the end.
const MINUTE = /^(\d{1,3})(?:\s*\+\s*(\d{1,2}))?(?:\s*['’]|(?=\s*(?:[,;)(]|$|[a-z])|\s+\p{Lu}))/u;
const MARK = /^(?:\(\s*(pen\.?|p\.?|o\.\s?g\.?|og)\s*\)|(pen\.|o\.g\.))/i;
// RSSSF's bare marks after a minute, lower case (a capital starts the next scorer's name):
// `40 pen`, `90p`, `12 og`, `12og`; `fk` (free kick) and `h` (header) are plain goals.
const BARE_MARK = /^(pen\.?|p|og|o\.g\.|fk|h)(?=[\s,;)]|$)/;
const NAME = /^(?:[^\d,();'’]|['’](?=\p{L}))+/u;

const kindOf = (mark: string): GoalKind => (/^p/i.test(mark) ? 'penalty' : 'own_goal');

const minuteOf = (m: string, added?: string): MatchMinute =>
  added ? { minute: Number(m), added: Number(added) } : { minute: Number(m) };

/** `Lionel Messi 23' (pen.), 108' Ángel Di María 36'` → goals of one side. */
function readScorers(text: string, side: Side): Goal[] | string {
  const goals: Goal[] = [];
  let name: string | undefined;
  let afterMinute = false;
  let s = text.trim();
  while (s.length > 0) {
    let m: RegExpExecArray | null;
    const wasMinute = afterMinute;
    afterMinute = false;
    if ((m = MINUTE.exec(s))) {
      if (!name) return `a minute without a scorer in "${text.trim()}"`;
      goals.push({ side, name, minute: minuteOf(m[1]!, m[2]), kind: 'goal' });
      afterMinute = true;
    } else if (goals.length > 0 && (m = MARK.exec(s))) {
      const last = goals.pop()!;
      goals.push({ ...last, kind: kindOf(m[1] ?? m[2]!) });
    } else if (wasMinute && (m = BARE_MARK.exec(s))) {
      if (!/^(?:fk|h)$/.test(m[1]!)) {
        const last = goals.pop()!;
        goals.push({ ...last, kind: kindOf(m[1]!) });
      }
    } else if (s.startsWith(',')) {
      m = /^,/.exec(s)!;
    } else if ((m = NAME.exec(s))) {
      const n = m[0].trim();
      if (n !== '') name = n;
    } else {
      return `cannot read "${s}"`;
    }
    s = s.slice(m[0].length).trimStart();
  }
  return goals;
}

interface RunningEntry {
  readonly score: Score;
  readonly name: string;
  readonly minute?: MatchMinute;
  readonly kind: GoalKind;
}

/** Assigns each entry of a running score to the side whose count went up. */
function fromRunning(entries: readonly RunningEntry[]): Goal[] | string {
  const goals: Goal[] = [];
  let prev: Score = { home: 0, away: 0 };
  for (const e of entries) {
    const side: Side | undefined =
      e.score.home === prev.home + 1 && e.score.away === prev.away
        ? 'home'
        : e.score.away === prev.away + 1 && e.score.home === prev.home
          ? 'away'
          : undefined;
    if (!side) return `running score jumps from ${prev.home}-${prev.away} to ${e.score.home}-${e.score.away}`;
    goals.push({ side, name: e.name, ...(e.minute && { minute: e.minute }), kind: e.kind });
    prev = e.score;
  }
  return goals;
}

const SCORE_FIRST =
  /(\d{1,2})-(\d{1,2})\s+(.+?)\s+(\d{1,3})(?:\+(\d{1,2}))?['’]?\s*(?:\(?\s*(h|pen\.?|p|og|o\.g\.)\s*\)?)?\s*$/i;
const MINUTE_FIRST = /^(\d{1,3})(?:\+(\d{1,2}))?['’]\s*(.*?)\s*(\d{1,2})-(\d{1,2})\s*(.*?)$/;

function readRunning(inner: string, minuteFirst: boolean): Goal[] | string {
  const entries: RunningEntry[] = [];
  const pieces = minuteFirst ? inner.split(/\n/) : inner.split(/,|\n/);
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (minuteFirst) {
      const m = MINUTE_FIRST.exec(piece);
      const name = m && (m[3] || m[6]);
      if (!m || !name) return `cannot read "${piece}"`;
      entries.push({
        score: { home: Number(m[4]), away: Number(m[5]) },
        name,
        minute: minuteOf(m[1]!, m[2]),
        kind: 'goal',
      });
    } else {
      const m = SCORE_FIRST.exec(piece);
      if (!m) return `cannot read "${piece}"`;
      const kind: GoalKind = m[6] && !/^h$/i.test(m[6]) ? kindOf(m[6]) : 'goal';
      entries.push({
        score: { home: Number(m[1]), away: Number(m[2]) },
        name: m[3]!,
        minute: minuteOf(m[4]!, m[5]),
        kind,
      });
    }
  }
  return fromRunning(entries);
}

/** Reads a whole scorers block, outer parentheses or brackets included. */
export function readGoalBlock(block: string, final: Score): GoalBlockReading {
  const inner = block
    .trim()
    .replace(/^[([]/, '')
    .replace(/[)\]]$/, '');
  const head = inner.trimStart();
  let goals: Goal[] | string;
  if (/^\d{1,2}-\d{1,2}\s/.test(head)) goals = readRunning(inner, false);
  else if (/^\d{1,3}(?:\+\d{1,2})?['’]/.test(head)) goals = readRunning(inner, true);
  else {
    const parts = inner.replace(/\s+/g, ' ').split(';');
    if (parts.length > 2) return { error: 'more than one ";" between home and away scorers' };
    if (parts.length === 2) {
      const home = readScorers(parts[0]!, 'home');
      const away = readScorers(parts[1]!, 'away');
      if (typeof home === 'string') return { error: home };
      if (typeof away === 'string') return { error: away };
      goals = [...home, ...away];
    } else {
      const side: Side | undefined = final.away === 0 ? 'home' : final.home === 0 ? 'away' : undefined;
      if (!side) return { error: 'both sides scored but the scorers are not split by ";"' };
      goals = readScorers(parts[0]!, side);
    }
  }
  return typeof goals === 'string' ? { error: goals } : { goals };
}
