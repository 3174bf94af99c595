import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema, type SeasonInput } from '../../../src/core/definition/index.ts';
import {
  cyclesProvenance,
  tableRulesFor,
  tableRulesProvenance,
  tieRulesProvenance,
} from '../../../src/core/engine/index.ts';

// A cup whose file states some rules and leaves the rest to a preset or to Torneo's default.
const input: SeasonInput = {
  season: { id: 'x', name: 'X' },
  clubs: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() })),
  competitions: [
    {
      id: 'cup',
      name: 'Cup',
      teams: ['a', 'b', 'c', 'd'],
      rules: { preset: 'adfp-2014' },
      stages: [
        { id: 'league', name: 'League', format: 'league', rules: { playoffBetween: [[1, 2]] } },
        {
          id: 'again',
          name: 'Again',
          format: 'league',
          rounds: 1,
          rules: { tiebreakers: ['points', 'wins'] },
        },
        {
          id: 'final',
          name: 'Final',
          format: 'knockout',
          tie: { preset: 'copa-peru-2014', penalties: true },
          rounds: [{ id: 'final', name: 'Final', tie: { legs: 1 } }],
        },
      ],
    },
  ],
};
const comp = SeasonSchema.parse(input).competitions[0]!;
const [league, again, final] = comp.stages as [
  (typeof comp.stages)[number],
  (typeof comp.stages)[number],
  (typeof comp.stages)[number],
];

describe('where a rule comes from: stated in the season file, or assumed from a preset or the default', () => {
  it('round-robin cycles are stated only when the stage writes them', () => {
    assert.deepEqual(cyclesProvenance(league), { kind: 'assumed' });
    assert.deepEqual(cyclesProvenance(again), { kind: 'stated' });
  });

  it("a preset's tie-breakers are assumed, with its name; a list written below it is stated", () => {
    assert.deepEqual(tableRulesProvenance(comp, league), {
      points: { kind: 'assumed', preset: 'adfp-2014' },
      tiebreakers: { kind: 'assumed', preset: 'adfp-2014' },
      assumedTiebreakers: [],
      playoff: { kind: 'stated' },
    });
    assert.deepEqual(tableRulesProvenance(comp, again).tiebreakers, { kind: 'stated' });
  });

  it('criteria the file adds as assumptions rank after the stated ones, and are said to be assumed', () => {
    const doc = SeasonSchema.parse({
      ...input,
      competitions: [
        {
          ...input.competitions![0]!,
          rules: { tiebreakers: ['points', 'goal_difference'], assumedTiebreakers: ['goals_for'] },
        },
      ],
    }).competitions[0]!;
    assert.deepEqual(tableRulesFor(doc).tiebreakers, ['points', 'goal_difference', 'goals_for']);
    const from = tableRulesProvenance(doc);
    assert.deepEqual(from.tiebreakers, { kind: 'stated' });
    assert.deepEqual(from.assumedTiebreakers, ['goals_for']);
  });

  it("a tie's answers: written at any level stated, the rest the preset's or the default's", () => {
    const from = tieRulesProvenance(comp, final, final.format === 'knockout' ? final.rounds[0] : undefined);
    assert.deepEqual(from.legs, { kind: 'stated' }, 'the round writes legs: 1');
    assert.deepEqual(from.penalties, { kind: 'stated' });
    assert.deepEqual(from.extraTime, { kind: 'assumed', preset: 'copa-peru-2014' });
    const bare = tieRulesProvenance({ ...comp, tie: undefined }, {
      ...final,
      tie: undefined,
    } as typeof final);
    assert.deepEqual(bare.extraTime, { kind: 'assumed' }, "Torneo's default");
  });
});
