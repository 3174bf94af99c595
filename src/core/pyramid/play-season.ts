import { SeasonSchema, type SeasonInput } from '../definition/index.ts';
import { createRandom } from '../random/index.ts';
import { MatchScorer } from './match-scorer.ts';
import { playRoundRobins } from './play-round-robins.ts';
import { playKnockout } from './play-ties.ts';
import { DEFAULT_RESULT_MODEL, drawStrength, type ResultModel } from './result-model.ts';
import { SeasonFacts, type LotsInput, type MatchInput } from './season-facts.ts';

/** The facts a played-out season adds: its matches and the drawings of lots its tables needed. */
export interface PlayedSeason {
  readonly matches: readonly MatchInput[];
  readonly lots: readonly LotsInput[];
}

/**
 * Plays out a season whose every stage the engine can fill by itself (groups listed or filled
 * from the stage before, knockout pairings derived): stage by stage, it asks the engine who is
 * in each group and plays its round robin, one matchday a week from the stage's `start`, then
 * the play-offs and drawings of lots its tables wait for; asks it which knockout ties wait for
 * what (a leg, extra time, penalties, a third match, a replay) and plays exactly that, two weeks
 * a round. Scores come from `model`, each club's strength drawn once from the seed. Only facts
 * are produced — who went through, who won, who is promoted is left to the engine that reads
 * them. The same seed and season always give the same facts.
 */
export function playSeason(
  input: SeasonInput,
  seed: number,
  model: ResultModel = DEFAULT_RESULT_MODEL,
): PlayedSeason {
  const random = createRandom(seed);
  // The season's names may have come from the same seed: play on another stream.
  random.fork();
  const definition = SeasonSchema.parse({ ...input, matches: [], lots: [] });
  const strength = new Map(definition.clubs.map((c) => [c.id, drawStrength(random, model)]));
  const scorer = new MatchScorer(random, model, (team) => strength.get(team) ?? 0);
  const facts = new SeasonFacts(definition);
  for (const c of definition.competitions)
    for (const s of c.stages) {
      if (s.format === 'groups' || s.format === 'league') playRoundRobins(facts, scorer, c.id, s);
      if (s.format === 'groups')
        for (const g of s.groups.filter((x) => x.format === 'knockout'))
          playKnockout(facts, scorer, c.id, s, g.id);
      if (s.format === 'knockout') playKnockout(facts, scorer, c.id, s, undefined);
    }
  return { matches: facts.matches, lots: facts.lots };
}
