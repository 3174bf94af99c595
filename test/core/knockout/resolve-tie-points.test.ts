import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import { fixture, legs, result } from './match-builders.ts';

// Points, not goals: the 2014 Descentralizado final (peru2014_facts.md S41, S36).
const pointsFinal = TIE_RULE_PRESETS['descentralizado-2014-final'];

test('a win and a draw beat a draw and a defeat on points, whatever the goals', () => {
  const outcome = resolveTie(
    legs(result('Aurich', 'Cristal', '1-0'), result('Cristal', 'Aurich', '5-5')),
    pointsFinal,
  );
  assert.deepEqual(outcome.status === 'decided' && [outcome.winner, outcome.decidedBy], ['Aurich', 'points']);
  assert.deepEqual(outcome.status === 'decided' && outcome.points, { home: 4, away: 1 });
});

test('one win each is level on points even with a better goal difference: a third match follows', () => {
  const outcome = resolveTie(
    legs(result('Aurich', 'Cristal', '5-0'), result('Cristal', 'Aurich', '1-0')),
    pointsFinal,
  );
  assert.deepEqual(outcome, {
    status: 'pending',
    awaiting: 'third_match',
    teams: { a: 'Aurich', b: 'Cristal' },
  });
});

test('the third match is settled with extra time and then penalties', () => {
  const twoLegs = [result('Aurich', 'Cristal', '1-1'), result('Cristal', 'Aurich', '0-0')];
  const third = result('Cristal', 'Aurich', '1-1, 1-1 aet, 4-5 pen', { neutral: true });
  const outcome = resolveTie(legs(...twoLegs, third), pointsFinal);
  assert.deepEqual(outcome.status === 'decided' && [outcome.winner, outcome.decidedBy], [
    'Aurich',
    'third_match',
  ]);
  assert.equal(outcome.status === 'decided' && outcome.decidingMatch?.by, 'penalties');
});

test('a third match still to be played leaves the tie pending on it', () => {
  const outcome = resolveTie(
    legs(
      result('Aurich', 'Cristal', '1-1'),
      result('Cristal', 'Aurich', '0-0'),
      fixture('Cristal', 'Aurich'),
    ),
    pointsFinal,
  );
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'third_match');
});

test('a third match after a tie decided on points is inconsistent', () => {
  const outcome = resolveTie(
    legs(
      result('Aurich', 'Cristal', '1-0'),
      result('Cristal', 'Aurich', '0-0'),
      result('Cristal', 'Aurich', '1-0'),
    ),
    pointsFinal,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'match_after_decision');
});

test('extra time in a leg of a points tie is inconsistent', () => {
  const outcome = resolveTie(
    legs(result('Aurich', 'Cristal', '1-1'), result('Cristal', 'Aurich', '0-0, 1-0 aet')),
    pointsFinal,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'extra_time_not_allowed');
});
