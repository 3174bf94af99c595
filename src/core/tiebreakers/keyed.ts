import type { TiebreakerId } from '../model/rules.ts';
import type {
  Criterion,
  CriterionScope,
  CriterionValue,
  Preparation,
  TieContext,
  TieGroup,
} from './criterion.ts';

interface KeyedExtras {
  readonly prepare?: (ctx: TieContext, group: TieGroup) => Preparation;
  /** What to show for a team, when it is not the key itself. */
  readonly value?: (ctx: TieContext, team: number) => CriterionValue;
}

/**
 * A criterion defined by one integer per team, higher ranking higher: the comparison and the
 * value shown in explanations both follow from that one key, so the rule is written once.
 */
export function keyed(
  id: TiebreakerId,
  scope: CriterionScope,
  key: (ctx: TieContext, team: number) => number,
  extras: KeyedExtras = {},
): Criterion {
  return {
    id,
    scope,
    key,
    compare: (ctx, a, b) => key(ctx, b) - key(ctx, a),
    value: extras.value ?? key,
    ...(extras.prepare ? { prepare: extras.prepare } : {}),
  };
}
