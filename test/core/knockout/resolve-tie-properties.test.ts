import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveTie, TIE_RULE_PRESETS, TIE_RULE_PRESET_IDS } from '../../../src/core/knockout/index.ts';
import type { Match, MatchResult } from '../../../src/core/model/index.ts';
import { score } from '../../../src/core/model/index.ts';
import { legs } from './match-builders.ts';

const goals = fc.integer({ min: 0, max: 4 });
const anyScore = fc.tuple(goals, goals).map(([h, a]) => score(h, a));
const anyResult: fc.Arbitrary<MatchResult> = fc.record(
  { fullTime: anyScore, extraTime: anyScore, penalties: anyScore },
  { requiredKeys: ['fullTime'] },
);
const played = (home: string, away: string, result: MatchResult): Match =>
  ({ id: `${home}-${away}`, home, away, status: 'played', result }) as unknown as Match;

const anyTie = fc
  .tuple(fc.constantFrom(...TIE_RULE_PRESET_IDS), fc.array(anyResult, { minLength: 0, maxLength: 4 }))
  .map(([preset, results]) => ({
    rules: TIE_RULE_PRESETS[preset],
    matches: legs(...results.map((r, i) => (i % 2 === 0 ? played('A', 'B', r) : played('B', 'A', r)))),
  }));

test('resolveTie is total: any results under any preset give one of the three outcomes', () => {
  fc.assert(
    fc.property(anyTie, ({ rules, matches }) => {
      const outcome = resolveTie(matches, rules);
      assert.ok(['decided', 'pending', 'inconsistent'].includes(outcome.status));
      if (outcome.status === 'decided') {
        assert.notEqual(outcome.winner, outcome.loser);
        assert.deepEqual(new Set([outcome.winner, outcome.loser]), new Set(['A', 'B']));
      }
    }),
  );
});

test('the order the matches are given in does not matter', () => {
  fc.assert(
    fc.property(anyTie, ({ rules, matches }) => {
      assert.deepEqual(resolveTie([...matches].reverse(), rules), resolveTie(matches, rules));
    }),
  );
});

test('a two-legged tie under UEFA rules since 2021 with every phase played out is always decided', () => {
  const rules = TIE_RULE_PRESETS['uefa-2021'];
  fc.assert(
    fc.property(anyScore, anyScore, goals, goals, goals, (first, second, etHome, etAway, pens) => {
      const aggregateLevel = first.home + second.away === first.away + second.home;
      const extraTime = score(second.home + etHome, second.away + etAway);
      const etLevel = aggregateLevel && etHome === etAway;
      const result: MatchResult = {
        fullTime: second,
        ...(aggregateLevel && { extraTime }),
        ...(etLevel && { penalties: score(pens + 1, pens) }),
      };
      const outcome = resolveTie(
        legs(played('A', 'B', { fullTime: first }), played('B', 'A', result)),
        rules,
      );
      assert.equal(outcome.status, 'decided');
    }),
  );
});
