import type { StageDoc } from '../definition/index.ts';
import type { TieState } from '../engine/index.ts';
import { addDays } from '../fixtures/index.ts';
import { isoDate, type IsoDate } from '../model/index.ts';
import { goalsOf, scoreText, type MatchScorer } from './match-scorer.ts';
import { SeasonFacts, type MatchInput } from './season-facts.ts';

/** A knockout never takes more passes than this: legs, then extra time, then penalties, round by round. */
const MAX_PASSES = 64;

/**
 * A knockout stage, or a group played as one: asks the engine what every tie waits for and plays
 * exactly that, until every tie is decided. Round k's first legs are two weeks after round k − 1's.
 */
export function playKnockout(
  facts: SeasonFacts,
  scorer: MatchScorer,
  comp: string,
  s: StageDoc,
  group: string | undefined,
): void {
  const start = SeasonFacts.startOf(s);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const rounds = facts.engine().rounds(comp, s.id, group);
    let played = false;
    rounds.forEach((round, k) => {
      const where = { comp, stage: s.id, group, round: round.id, firstLeg: addDays(start, 14 * k) };
      for (const tie of round.ties) if (playNext(facts, scorer, where, tie)) played = true;
    });
    if (played) continue;
    const open = rounds.flatMap((r) => r.ties).filter((t) => t.outcome.status !== 'decided');
    if (open.length)
      throw new Error(
        `${comp}/${s.id}: ${open.map((t) => `${t.id} (${t.outcome.status})`).join(', ')} not decided`,
      );
    return;
  }
}

interface TieWhere {
  readonly comp: string;
  readonly stage: string;
  readonly group: string | undefined;
  readonly round: string;
  readonly firstLeg: IsoDate;
}

/** Plays what one tie waits for; false when it waits for nothing or its sides are not known yet. */
function playNext(facts: SeasonFacts, scorer: MatchScorer, at: TieWhere, tie: TieState): boolean {
  const [a, b] = [tie.slots?.[0].team, tie.slots?.[1].team];
  if (tie.outcome.status !== 'pending' || !a || !b) return false;
  const base = {
    competition: at.comp,
    stage: at.stage,
    ...(at.group !== undefined ? { group: at.group } : {}),
    round: at.round,
    tie: tie.id,
  };
  const last = facts.matches.findLast(
    (m) => m.tie === tie.id && m.stage === at.stage && m.group === at.group,
  );
  const match = (leg: number, home: string, away: string, date: IsoDate, neutral = false): MatchInput => ({
    ...base,
    leg,
    date,
    home,
    away,
    ...(neutral ? { neutral } : {}),
    score: scoreText(scorer.score(home, away, neutral)),
  });
  switch (tie.outcome.awaiting) {
    case 'match':
    case 'first_leg':
      facts.add(match(1, a, b, at.firstLeg));
      return true;
    case 'second_leg':
      facts.add(match(2, b, a, addDays(at.firstLeg, 7)));
      return true;
    case 'third_match':
    case 'replay': {
      const third = tie.outcome.awaiting === 'third_match';
      const [home, away] = third || !last ? [a, b] : [last.away, last.home];
      const date = addDays(isoDate(String(last?.date ?? at.firstLeg)), 3);
      facts.add(match(tie.matches.length + 1, home, away, date, third));
      return true;
    }
    case 'extra_time': {
      if (!last?.score) return false;
      const [h, w] = goalsOf(last.score);
      const [eh, ew] = scorer.extraTime();
      facts.replace(last, { ...last, extraTime: scoreText([h + eh, w + ew]) });
      return true;
    }
    case 'penalties':
      if (!last) return false;
      facts.replace(last, { ...last, penalties: scorer.penalties() });
      return true;
  }
}
