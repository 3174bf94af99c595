import { resolveTie, tieRulesPreset, type TieRulePresetId } from '../../core/knockout/index.ts';
import type { Match } from '../../core/model/index.ts';

/**
 * The tie rules under which a knockout round's recorded results make sense, when the source does
 * not say: single matches with extra time and penalties (FIFA), replays (the FA Cup), or two legs
 * with or without away goals and extra time (UEFA before and after 2021/22, CONMEBOL). The first
 * preset under which no tie of the round is inconsistent wins; a round that fits none keeps the
 * first candidate, and the engine then reports the ties that do not fit.
 */
export const SINGLE_MATCH_PRESETS: readonly TieRulePresetId[] = ['single-match-et-pens'];
export const REPLAY_PRESETS: readonly TieRulePresetId[] = ['fa-cup-replay'];
export const TWO_LEG_PRESETS: readonly TieRulePresetId[] = [
  'uefa-2021',
  'uefa-pre-2021',
  'conmebol-away-goals-no-extra-time',
  'conmebol-no-extra-time',
];

export function chooseTiePreset(ties: readonly (readonly Match[])[]): TieRulePresetId {
  const twoLegs = ties.some((t) => t.some((m) => m.leg !== undefined && m.leg > 1));
  const replays = !twoLegs && ties.some((t) => t.filter(played).length > 1);
  const candidates = twoLegs ? TWO_LEG_PRESETS : replays ? REPLAY_PRESETS : SINGLE_MATCH_PRESETS;
  const fits = (id: TieRulePresetId): boolean => {
    const rules = tieRulesPreset(id)!;
    return ties.every((t) => resolveTie(t, rules).status !== 'inconsistent');
  };
  return candidates.find(fits) ?? candidates[0]!;
}

const played = (m: Match): boolean => m.status === 'played' || m.status === 'awarded';
