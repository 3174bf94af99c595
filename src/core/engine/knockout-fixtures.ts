import type { CompetitionDoc, KnockoutRoundDoc, StageDoc } from '../definition/index.ts';
import type { TieOutcome } from '../knockout/index.ts';
import type { Match } from '../model/index.ts';
import type { KnockoutRoundState, TieState } from './engine-types.ts';
import type { SeasonEngine } from './season-engine.ts';

/** A match a knockout tie still needs, as the season format writes it (without date). */
export interface KnockoutFixture {
  readonly round: string;
  readonly tie: string;
  /** 1 and 2 for the legs, 3 for a third match; a replay takes the next number. */
  readonly leg: number;
  readonly home: string;
  readonly away: string;
  readonly neutral?: boolean;
  readonly venue?: string;
}

/** A round whose ties are not known yet, and why: it waits for a draw or for earlier results. */
export interface RoundWaiting {
  readonly round: string;
  readonly waitsFor: 'draw' | 'entrants';
}

export interface KnockoutSchedule {
  readonly fixtures: readonly KnockoutFixture[];
  readonly waiting: readonly RoundWaiting[];
}

/**
 * The matches still to be played in a knockout (a knockout stage, or a group played as one),
 * round by round: every leg of a tie whose two teams are known and that no recorded match
 * already holds, a third match when the legs left the tie level on points, a replay when a
 * single match was drawn. Rounds whose pairings are not known yet are listed as waiting.
 */
export function knockoutSchedule(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  group?: string,
): KnockoutSchedule {
  const docs = roundDocs(stage, group);
  const states = engine.rounds(comp.id, stage.id, group);
  const fixtures: KnockoutFixture[] = [];
  const waiting: RoundWaiting[] = [];
  states.forEach((state, i) => {
    const doc = docs[i];
    const known = state.ties.filter((t) => pairingOf(t.outcome) !== undefined);
    if (!known.length && state.ties.every((t) => t.outcome.status !== 'decided'))
      waiting.push({ round: state.id, waitsFor: drawn(doc) ? 'draw' : 'entrants' });
    for (const tie of known) fixtures.push(...tieFixtures(state, tie, doc));
  });
  return { fixtures, waiting };
}

const drawn = (doc: KnockoutRoundDoc | undefined) => doc?.pairing === 'draw' || doc?.draw !== undefined;

function roundDocs(stage: StageDoc, group: string | undefined): readonly (KnockoutRoundDoc | undefined)[] {
  if (stage.format === 'knockout') return stage.rounds;
  if (stage.format === 'groups') return stage.groups.find((g) => g.id === group)?.rounds ?? [];
  return [];
}

function pairingOf(o: TieOutcome): { a: string; b: string } | undefined {
  return o.status === 'pending' ? o.teams : undefined;
}

function tieFixtures(
  state: KnockoutRoundState,
  tie: TieState,
  doc: KnockoutRoundDoc | undefined,
): KnockoutFixture[] {
  const outcome = tie.outcome;
  if (outcome.status !== 'pending' || !outcome.teams) return [];
  const { a, b } = outcome.teams;
  const has = (leg: number) => tie.matches.some((m: Match) => (m.leg ?? 1) === leg);
  const neutral = doc?.neutral === true;
  const at = (leg: number, home: string, away: string, onNeutral = neutral): KnockoutFixture => ({
    round: state.id,
    tie: tie.id,
    leg,
    home,
    away,
    ...(onNeutral ? { neutral: true } : {}),
    ...(doc?.venue ? { venue: doc.venue } : {}),
  });
  switch (outcome.awaiting) {
    case 'match':
      return has(1) ? [] : [at(1, a, b)];
    case 'first_leg':
      return [...(has(1) ? [] : [at(1, a, b)]), ...(tie.rules.legs === 2 && !has(2) ? [at(2, b, a)] : [])];
    case 'second_leg':
      return has(2) ? [] : [at(2, b, a)];
    case 'third_match':
      return has(3) ? [] : [at(3, a, b, true)];
    case 'replay': {
      // Each replay swaps home and away (FA Cup); it takes the next leg number.
      const next = tie.matches.length + 1;
      return next % 2 === 0 ? [at(next, b, a)] : [at(next, a, b)];
    }
    case 'extra_time':
    case 'penalties':
      return [];
  }
}
