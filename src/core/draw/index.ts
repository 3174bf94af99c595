export { SEPARATION_KEYS } from './draw-spec.ts';
export type {
  DrawConstraint,
  DrawError,
  DrawOutcome,
  DrawPot,
  DrawResult,
  DrawSpec,
  DrawStep,
  DrawTeam,
  PlacedDrawConstraint,
  SeparationKey,
} from './draw-spec.ts';
export { countDraws, drawGroups } from './draw-groups.ts';
export { byeSlot, drawKnockout, FIRST_LEG_RULES } from './draw-knockout.ts';
export type {
  FirstLegRule,
  KnockoutDrawOutcome,
  KnockoutDrawResult,
  KnockoutDrawSpec,
  KnockoutTieDraw,
} from './draw-knockout.ts';
