import type { MatchStatus } from '../../core/model/index.ts';
import type { ScoreMark } from './score-expression.ts';

/**
 * The status a match line states, from the RSSSF mark in the score position (`awd.`, `n/p`,
 * `abd`, `w/o`) and from a bracketed note (`[awarded]`, `[voided]`, `[annulled]`,
 * `[postponed]`, `[abandoned at 1-1 in 65' …]`, `[cancelled]`). A note wins over a mark:
 * `Brazil n/p Argentina [voided]` is a voided match, not merely an unplayed one.
 */
const NOTE_STATUS: readonly (readonly [RegExp, MatchStatus])[] = [
  [/^(?:awarded|awd\.?|walkover|w\/o)\b/i, 'awarded'],
  [/^(?:voided|void)\b/i, 'void'],
  [/^annulled\b/i, 'annulled'],
  [/^(?:postponed|postp\.?|ppd\.?|pst\.?)(?![\p{L}])/iu, 'postponed'],
  [/^(?:abandoned|abd\.?|aban\.?|suspended|susp\.?)(?![\p{L}])/iu, 'abandoned'],
  [/^(?:cancell?ed|canc\.?|not played)(?![\p{L}])/iu, 'cancelled'],
];

const MARK_STATUS: Record<Exclude<ScoreMark, 'bye'>, MatchStatus> = {
  awarded: 'awarded',
  walkover: 'awarded',
  abandoned: 'abandoned',
  not_played: 'cancelled',
};

export function statusOfNote(note: string): MatchStatus | undefined {
  return NOTE_STATUS.find(([re]) => re.test(note))?.[1];
}

/** True when the note says no more than its status (`awarded`, `cancelled`). */
export const isBareStatus = (note: string): boolean =>
  /^[\p{L}./]+$/u.test(note) && statusOfNote(note) !== undefined;

export function statusOf(
  mark: ScoreMark | undefined,
  notes: readonly string[],
  hasScore: boolean,
): MatchStatus {
  for (const note of notes) {
    const s = statusOfNote(note);
    // "abandoned at 5-0 in 80' …; result stood": the result counts as played.
    if (s === 'abandoned' && /result stood/i.test(note)) return 'played';
    if (s) return s;
  }
  if (mark && mark !== 'bye') return MARK_STATUS[mark];
  return hasScore ? 'played' : 'scheduled';
}
