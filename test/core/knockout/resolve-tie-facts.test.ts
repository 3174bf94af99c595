import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { TieFact } from '../../../src/core/knockout/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import { awarded, fixture, legs, result } from './match-builders.ts';

const uefa = TIE_RULE_PRESETS['uefa-pre-2021'];
const oneMatch = TIE_RULE_PRESETS['single-match-et-pens'];

const exclusion = (team: string, reason = 'misconduct'): TieFact => ({
  kind: 'exclusion',
  team: teamId(team),
  reason,
});
const recorded = (winner: string): TieFact => ({
  kind: 'recorded_winner',
  winner: teamId(winner),
  source: 'a report',
});

test('a team excluded from the second leg loses the tie whatever the first leg said', () => {
  const matches = legs(result('Ajax', 'Roma', '3-0'), fixture('Roma', 'Ajax'));
  const outcome = resolveTie(matches, uefa, [exclusion('Ajax', 'unsportsmanlike conduct')]);
  assert.deepEqual(outcome, {
    status: 'decided',
    winner: 'Roma',
    loser: 'Ajax',
    decidedBy: 'exclusion',
    teams: { a: 'Ajax', b: 'Roma' },
    reason: 'unsportsmanlike conduct',
  });
});

test('an exclusion overrides a tie the results had already decided', () => {
  const matches = legs(result('Ajax', 'Roma', '3-0'), result('Roma', 'Ajax', '0-1'));
  const outcome = resolveTie(matches, uefa, [exclusion('Ajax')]);
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
});

test('an exclusion before any match needs the pairing to know the opponent', () => {
  assert.equal(resolveTie([], uefa, [exclusion('Ajax')]).status, 'inconsistent');
  const outcome = resolveTie([], uefa, [exclusion('Ajax')], [teamId('Ajax'), teamId('Roma')]);
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
});

test('excluding a team not in the tie, or both teams, is inconsistent', () => {
  const matches = [result('Ajax', 'Roma', '1-0', { leg: 1 })];
  const stranger = resolveTie(matches, uefa, [exclusion('Napoli')]);
  assert.equal(stranger.status === 'inconsistent' && stranger.reason, 'unknown_team');
  const both = resolveTie(matches, uefa, [exclusion('Ajax'), exclusion('Roma')]);
  assert.equal(both.status === 'inconsistent' && both.reason, 'both_excluded');
});

test('a walkover gives the tie to the team that turned up', () => {
  const walkover: TieFact = {
    kind: 'walkover',
    winner: teamId('Roma'),
    loser: teamId('Ajax'),
    reason: 'withdrew',
  };
  const outcome = resolveTie([fixture('Ajax', 'Roma')], oneMatch, [walkover]);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'walkover');
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
  const beforeAnyFixture = resolveTie([], oneMatch, [walkover]);
  assert.equal(beforeAnyFixture.status === 'decided' && beforeAnyFixture.loser, 'Ajax');
});

test('an awarded leg counts with its awarded score (Boca Juniors–River Plate, Libertadores 2015)', () => {
  const matches = legs(
    result('River Plate', 'Boca Juniors', '1-0'),
    awarded('Boca Juniors', 'River Plate', 'River Plate', '0-3'),
  );
  const outcome = resolveTie(matches, TIE_RULE_PRESETS['conmebol-away-goals-no-extra-time']);
  assert.equal(outcome.status === 'decided' && outcome.winner, 'River Plate');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'awarded');
  assert.deepEqual(outcome.status === 'decided' && outcome.aggregate, { home: 4, away: 0 });
});

test('an awarded score can be overturned in the other leg, and then the aggregate decides', () => {
  const matches = legs(awarded('Ajax', 'Roma', 'Ajax', '3-0'), result('Roma', 'Ajax', '4-0'));
  const outcome = resolveTie(matches, uefa);
  assert.deepEqual(outcome.status === 'decided' && [outcome.winner, outcome.decidedBy], [
    'Roma',
    'aggregate',
  ]);
});

test('a match awarded without a score settles the tie for the team it was awarded to', () => {
  const outcome = resolveTie(legs(awarded('Ajax', 'Roma', 'Roma'), fixture('Roma', 'Ajax')), uefa);
  assert.deepEqual(outcome.status === 'decided' && [outcome.winner, outcome.decidedBy], ['Roma', 'awarded']);
});

test('a match awarded to nobody in the tie is inconsistent', () => {
  const outcome = resolveTie([awarded('Ajax', 'Roma', 'Napoli', '3-0')], oneMatch);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'awarded_without_team');
});

test('a recorded winner settles a final whose shoot-out score is unknown', () => {
  const outcome = resolveTie([result('Universitario', 'Sporting Cristal', '0-0, 0-0 aet')], oneMatch, [
    recorded('Universitario'),
  ]);
  assert.deepEqual(outcome, {
    status: 'decided',
    winner: 'Universitario',
    loser: 'Sporting Cristal',
    decidedBy: 'recorded',
    teams: { a: 'Universitario', b: 'Sporting Cristal' },
    aggregate: { home: 0, away: 0 },
    source: 'a report',
  });
});

test('a recorded winner that agrees with the results changes nothing', () => {
  const outcome = resolveTie([result('Ajax', 'Roma', '2-0')], oneMatch, [recorded('Ajax')]);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'single_match');
});

test('a recorded winner that contradicts the results is inconsistent', () => {
  const outcome = resolveTie([result('Ajax', 'Roma', '2-0')], oneMatch, [recorded('Roma')]);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'recorded_winner_contradicts');
});

test('a recorded winner does not hide inconsistent results', () => {
  const outcome = resolveTie([result('Ajax', 'Roma', '0-0, 0-0 aet, 3-3 pen')], oneMatch, [recorded('Roma')]);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'shootout_drawn');
});

test('two facts naming different winners conflict', () => {
  const outcome = resolveTie([result('Ajax', 'Roma', '0-0, 0-0 aet')], oneMatch, [
    recorded('Roma'),
    recorded('Ajax'),
  ]);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'conflicting_facts');
});

test('void and cancelled matches take no part in the tie', () => {
  const voided = { ...result('Ajax', 'Roma', '5-0', { leg: 1 }), status: 'void' as const };
  const outcome = resolveTie(
    [voided, result('Ajax', 'Roma', '0-1', { leg: 1, date: '2020-01-02' })],
    oneMatch,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
});
