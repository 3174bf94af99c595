import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TIEBREAKER_IDS } from '../../../src/core/model/index.ts';
import {
  criteriaFor,
  criterionFor,
  TABLE_RULES_PRESET_IDS,
  TABLE_RULES_PRESETS,
  tableRulesPreset,
} from '../../../src/core/tiebreakers/index.ts';

describe('tie-breakers as data', () => {
  test('every id has its criterion, and the criterion carries that id', () => {
    for (const id of TIEBREAKER_IDS) assert.equal(criterionFor(id).id, id);
  });

  test('an unknown id is refused with a code, a path and a suggestion', () => {
    assert.throws(() => criteriaFor(['points', 'goal_diference']), {
      name: 'StandingsError',
      code: 'unknown_tiebreaker',
      path: ['tiebreakers', 1],
      input: 'goal_diference',
      suggestion: 'goal_difference',
    });
    assert.throws(
      () => criterionFor('coin toss'),
      (e: { code?: string; suggestion?: string }) => {
        assert.equal(e.code, 'unknown_tiebreaker');
        assert.equal(e.suggestion, undefined, 'nothing close enough to suggest');
        return true;
      },
    );
  });

  test('presets are lists of known ids, each starting with a points criterion', () => {
    for (const name of TABLE_RULES_PRESET_IDS) {
      const preset = tableRulesPreset(name);
      assert.doesNotThrow(() => criteriaFor(preset.tiebreakers), name);
      assert.match(preset.tiebreakers[0] ?? '', /^points/, name);
    }
    for (const name of [
      'premier-league',
      'la-liga',
      'serie-a',
      'bundesliga',
      'uefa-group',
      'fifa-world-cup',
      'conmebol',
      'england-1888',
      'england-1976',
      'adfp-2014',
    ]) {
      assert.ok(name in TABLE_RULES_PRESETS, name);
    }
  });

  test('an unknown preset is refused with the nearest name', () => {
    assert.throws(() => tableRulesPreset('la-lga'), {
      code: 'unknown_preset',
      path: ['preset'],
      suggestion: 'la-liga',
    });
    assert.throws(() => tableRulesPreset('toString'), { code: 'unknown_preset' });
  });

  test('the presets say what their regulations say', () => {
    assert.equal(tableRulesPreset('uefa-group').headToHead, 'reapply');
    assert.equal(tableRulesPreset('fifa-world-cup').headToHead, 'once');
    assert.deepEqual(tableRulesPreset('england-1888').tiebreakers, ['points', 'goal_average']);
    assert.equal(tableRulesPreset('england-1888').points.win, 2);
    assert.deepEqual(tableRulesPreset('adfp-2014').playoffPositions, [1]);
    assert.deepEqual(tableRulesPreset('adfp-2014').tiebreakers.slice(0, 3), [
      'points',
      'playoff',
      'goal_difference',
    ]);
  });
});
