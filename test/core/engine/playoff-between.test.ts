import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TableRulesSchema } from '../../../src/core/definition/rules.ts';
import { applyTableDoc } from '../../../src/core/engine/resolve-rules.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/presets.ts';

const base = tableRulesPreset('adfp-2014')!;

describe('play-offs written as the line they settle (playoffBetween)', () => {
  it('takes "a tie across the line between 14th and 15th" as the tie that would share 14th and 15th', () => {
    const doc = TableRulesSchema.parse({ preset: 'adfp-2014', playoffBetween: [[14, 15]] });
    assert.deepEqual(applyTableDoc(base, doc).playoffPositions, [14]);
  });

  it('says the same as the older playoffPositions, and both forms may be given together', () => {
    const doc = TableRulesSchema.parse({
      preset: 'adfp-2014',
      playoffPositions: [1],
      playoffBetween: [
        [14, 15],
        [1, 2],
      ],
    });
    assert.deepEqual(applyTableDoc(base, doc).playoffPositions, [1, 14]);
  });

  it('refuses two places that are not adjacent, saying what a line is', () => {
    const r = TableRulesSchema.safeParse({ playoffBetween: [[14, 16]] });
    assert.equal(r.success, false);
    assert.match(JSON.stringify(r.error?.issues), /two adjacent places, like \[14, 15\]/);
  });
});
