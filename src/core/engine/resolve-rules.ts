import type {
  CompetitionDoc,
  KnockoutRoundDoc,
  StageDoc,
  TableRulesDoc,
  TieRulesDoc,
} from '../definition/index.ts';
import { tieRulesPreset, type TieRules } from '../knockout/index.ts';
import { THREE_POINTS, type TableRules } from '../model/index.ts';
import { tableRulesPreset } from '../tiebreakers/index.ts';

/** When a competition says nothing: 3-1-0, goal difference, goals scored, head-to-head. */
export const DEFAULT_TABLE_RULES: TableRules = {
  points: THREE_POINTS,
  tiebreakers: [
    'points',
    'goal_difference',
    'goals_for',
    'h2h_points',
    'h2h_goal_difference',
    'h2h_goals_for',
  ],
  headToHead: 'reapply',
};

/**
 * A group's rules over the stage's over the competition's over the default; a preset is the base
 * of its level (Region V of the 2014 Copa Perú plays off a tie for first, the other regions not).
 */
export function tableRulesFor(comp: CompetitionDoc, stage?: StageDoc, group?: string): TableRules {
  const groupRules =
    stage?.format === 'groups' && group !== undefined
      ? stage.groups.find((g) => g.id === group)?.rules
      : undefined;
  return [comp.rules, stage?.rules, groupRules].reduce<TableRules>(
    (base, doc) => applyTableDoc(base, doc),
    DEFAULT_TABLE_RULES,
  );
}

/** Table rules a document states over a base: its preset, then the fields it gives. */
export function applyTableDoc(base: TableRules, doc: TableRulesDoc | undefined): TableRules {
  if (!doc) return base;
  const from = doc.preset ? tableRulesPreset(doc.preset) : base;
  const playoffs = doc.playoffPositions || doc.playoffBetween;
  // Criteria the file adds as assumptions rank like any other; only their provenance differs.
  const tiebreakers = [...(doc.tiebreakers ?? from.tiebreakers), ...(doc.assumedTiebreakers ?? [])];
  return {
    ...from,
    ...(doc.points ? { points: doc.points } : {}),
    // Saying which ties are played off is saying there is a play-off: a list without one gets
    // it right after points ("a tie on points for first place", Region V's tiebreaker).
    tiebreakers: playoffs && !tiebreakers.includes('playoff') ? withPlayoff(tiebreakers) : tiebreakers,
    ...(doc.headToHead ? { headToHead: doc.headToHead } : {}),
    ...(playoffs ? { playoffPositions: playoffPlaces(doc) } : {}),
  };
}

const withPlayoff = (list: TableRules['tiebreakers']): TableRules['tiebreakers'] => {
  const at = list.indexOf('points') + 1;
  return [...list.slice(0, at), 'playoff', ...list.slice(at)];
};

/** `playoffBetween: [[14, 15]]` is the tie that would share 14th and 15th: `playoffPositions` 14. */
function playoffPlaces(doc: TableRulesDoc): number[] {
  const places = [...(doc.playoffPositions ?? []), ...(doc.playoffBetween ?? []).map(([above]) => above)];
  return [...new Set(places)].sort((a, b) => a - b);
}

const DEFAULT_TIE: TieRules = tieRulesPreset('single-match-et-pens')!;

/** A round's tie rules over the stage's over the competition's; a preset is the base of its level. */
export function tieRulesFor(
  comp: CompetitionDoc,
  stage: StageDoc,
  round?: KnockoutRoundDoc,
  groupTie?: TieRulesDoc,
): TieRules {
  const stageTie = stage.format === 'knockout' ? stage.tie : undefined;
  return [comp.tie, stageTie, groupTie, round?.tie].reduce<TieRules>(
    (base, doc) => applyTieDoc(base, doc),
    DEFAULT_TIE,
  );
}

function applyTieDoc(base: TieRules, doc: TieRulesDoc | undefined): TieRules {
  if (!doc) return base;
  // Unknown presets are refused when the season is validated (cross-check), so `?? base` never hides one.
  const from = (doc.preset ? tieRulesPreset(doc.preset) : undefined) ?? base;
  const common = {
    legs: doc.legs ?? from.legs,
    awayGoals: doc.awayGoals ?? from.awayGoals,
    awayGoalsInExtraTime: doc.awayGoalsInExtraTime ?? from.awayGoalsInExtraTime,
    extraTime: doc.extraTime ?? from.extraTime,
    penalties: doc.penalties ?? from.penalties,
    replay:
      doc.replay === undefined
        ? from.replay
        : doc.replay
          ? from.replay || { max: 'unlimited' as const, extraTime: false }
          : false,
  };
  const aggregate = doc.aggregate ?? from.aggregate;
  if (aggregate === 'points') {
    const third =
      doc.thirdMatch ??
      (from.aggregate === 'points'
        ? from.thirdMatch
        : { neutral: true as const, extraTime: true, penalties: true });
    return {
      ...common,
      aggregate,
      thirdMatch: { neutral: true, extraTime: third.extraTime, penalties: third.penalties },
    };
  }
  return { ...common, aggregate: 'goals' };
}
