import type {
  CompetitionDoc,
  KnockoutRoundDoc,
  StageDoc,
  TableRulesDoc,
  TieRulesDoc,
} from '../definition/index.ts';
import type { TiebreakerId } from '../model/index.ts';

/**
 * Where a rule comes from. `stated`: written in the season file (a competition's, stage's,
 * group's or round's own field). `assumed`: not written there, taken from a named preset or from
 * Torneo's default. The engine plays by both; whatever puts the rules in words (the article's
 * modus) states only stated rules as facts and says which are assumed.
 */
export type Provenance = { readonly kind: 'stated' } | { readonly kind: 'assumed'; readonly preset?: string };

const STATED: Provenance = { kind: 'stated' };
const DEFAULT: Provenance = { kind: 'assumed' };

/** How often the teams of a round robin meet: the stage's `rounds`, else two assumed. */
export const cyclesProvenance = (stage: StageDoc): Provenance =>
  (stage.format === 'league' || stage.format === 'groups') && stage.rounds !== undefined ? STATED : DEFAULT;

export interface TableRulesProvenance {
  readonly points: Provenance;
  /** Where the tie-breakers come from; when stated, the file may still add criteria it says are assumed. */
  readonly tiebreakers: Provenance;
  /** Criteria the file adds after the stated ones as assumptions (`assumedTiebreakers`). */
  readonly assumedTiebreakers: readonly TiebreakerId[];
  /** The places settled by a play-off (`playoffPositions`, `playoffBetween`). */
  readonly playoff: Provenance;
}

/**
 * Where a table's points and tie-breakers come from, level by level as `tableRulesFor` reads
 * them (competition, stage, group): a preset makes everything it gives assumed, a field written
 * beside it or below it makes that field stated.
 */
export function tableRulesProvenance(
  comp: CompetitionDoc,
  stage?: StageDoc,
  group?: { readonly rules?: TableRulesDoc | undefined },
): TableRulesProvenance {
  let points = DEFAULT;
  let tiebreakers = DEFAULT;
  let playoff = DEFAULT;
  let assumedTiebreakers: readonly TiebreakerId[] = [];
  for (const doc of [comp.rules, stage?.rules, group?.rules]) {
    if (!doc) continue;
    if (doc.preset) points = tiebreakers = playoff = { kind: 'assumed', preset: doc.preset };
    if (doc.preset || doc.tiebreakers) assumedTiebreakers = [];
    if (doc.points) points = STATED;
    if (doc.tiebreakers) tiebreakers = STATED;
    if (doc.assumedTiebreakers) assumedTiebreakers = [...assumedTiebreakers, ...doc.assumedTiebreakers];
    if (doc.playoffPositions || doc.playoffBetween) playoff = STATED;
  }
  return { points, tiebreakers, assumedTiebreakers, playoff };
}

/** The questions a tie's rules answer, as `TieRules` names them. */
export type TieRuleField =
  'legs' | 'aggregate' | 'awayGoals' | 'extraTime' | 'penalties' | 'replay' | 'thirdMatch';

const TIE_FIELDS: readonly TieRuleField[] = [
  'legs',
  'aggregate',
  'awayGoals',
  'extraTime',
  'penalties',
  'replay',
  'thirdMatch',
];

/**
 * Where each answer of a round's tie rules comes from, level by level as `tieRulesFor` reads
 * them (competition, knockout stage, knockout group, round).
 */
export function tieRulesProvenance(
  comp: CompetitionDoc,
  stage: StageDoc,
  round?: KnockoutRoundDoc,
  groupTie?: TieRulesDoc,
): Readonly<Record<TieRuleField, Provenance>> {
  const out = Object.fromEntries(TIE_FIELDS.map((f) => [f, DEFAULT])) as Record<TieRuleField, Provenance>;
  const stageTie = stage.format === 'knockout' ? stage.tie : undefined;
  for (const doc of [comp.tie, stageTie, groupTie, round?.tie]) {
    if (!doc) continue;
    if (doc.preset) for (const f of TIE_FIELDS) out[f] = { kind: 'assumed', preset: doc.preset };
    for (const f of TIE_FIELDS) if (doc[f] !== undefined) out[f] = STATED;
  }
  return out;
}

export const isStated = (p: Provenance): boolean => p.kind === 'stated';
