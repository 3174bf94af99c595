import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFootballTxt } from '../../../src/import/index.ts';
import { planStages } from '../../../src/import/stages/plan-stages.ts';

const shape = (text: string) =>
  planStages(parseFootballTxt(text).matches).stages.map(
    (s) => `${s.name}: ${s.format}${s.rounds.length ? ` [${s.rounds.join(', ')}]` : ''}`,
  );

describe('planStages', () => {
  it('keeps a league a league when one abandoned match is replayed under a "Replay" heading', () => {
    const text = [
      '= Mini League 2023/24',
      '▪ Round 1',
      'Aug 11',
      '  Aa  1-0 Bb',
      '  Cc  2-2 Dd',
      '▪ Round 2',
      'Aug 18',
      '  Bb  0-1 Cc',
      '  Dd  1-0 Aa  [abandoned]',
      '▪ Round 3',
      'Aug 25',
      '  Aa  0-0 Cc',
      '  Bb  1-3 Dd',
      '▪ Round 2, Replay',
      'Sep 1',
      '  Dd  2-0 Aa',
    ].join('\n');
    assert.deepEqual(shape(text), ['Season: league']);
  });

  it('makes a groups stage and a knockout stage of a World Cup, one round per heading', () => {
    const text = [
      '= World Cup 2030',
      '▪ Group A',
      'Jun 1',
      '  Aa  1-0 Bb',
      '  Cc  0-0 Dd',
      '▪ Group B',
      'Jun 2',
      '  Ee  1-0 Ff',
      '  Gg  0-0 Hh',
      '▪ Semi-finals',
      'Jun 10',
      '  Aa  1-1 a.e.t. (1-1, 0-0), 4-2 pen.  Ee',
      '  Gg  2-0 (1-0)  Cc',
      '▪ Match for third place',
      'Jun 14',
      '  Ee  1-0 Cc',
      '▪ Final',
      'Jun 15',
      '  Aa  0-1 (0-0)  Gg',
    ].join('\n');
    assert.deepEqual(shape(text), [
      'Group stage: groups',
      'Knockout stage: knockout [Semi-finals, Match for third place, Final]',
    ]);
  });

  it('reads numbered rounds as a cup when the teams that lose play no more (the FA Cup)', () => {
    const text = [
      '= Cup 2030',
      '▪ Round 1',
      'Jan 1',
      '  Aa  1-0 Bb',
      '  Cc  0-0 Dd',
      '  Ee  2-1 Ff',
      '  Gg  0-3 Hh',
      '▪ Round 1, Replays',
      'Jan 8',
      '  Dd  1-0 Cc',
      '▪ Round 2',
      'Feb 1',
      '  Aa  1-0 Dd',
      '  Ee  0-1 Hh',
    ].join('\n');
    assert.deepEqual(shape(text), [
      'Cup 2030: knockout [Round 1, Round 2]'.replace('Cup 2030', 'Knockout stage'),
    ]);
  });
});
