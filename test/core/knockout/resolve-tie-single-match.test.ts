import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { TieRules } from '../../../src/core/knockout/index.ts';
import { fixture, legs, result } from './match-builders.ts';

const oneMatch = TIE_RULE_PRESETS['single-match-et-pens'];
const faCup = TIE_RULE_PRESETS['fa-cup-replay'];

test('a single match won in 90 minutes is decided by that match', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '2-1')], oneMatch);
  assert.deepEqual(outcome, {
    status: 'decided',
    winner: 'Lazio',
    loser: 'Roma',
    decidedBy: 'single_match',
    teams: { a: 'Lazio', b: 'Roma' },
    decidingMatch: { match: 'Lazio/Roma/x', by: 'ninety_minutes' },
    aggregate: { home: 2, away: 1 },
  });
});

test('a single match level after 90 minutes and won in extra time is decided by extra time', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1, 1-2 aet')], oneMatch);
  assert.equal(outcome.status, 'decided');
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'extra_time');
});

test('a single match level after extra time goes to the shoot-out', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '0-0, 0-0 aet, 3-4 pen')], oneMatch);
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'penalties');
  assert.deepEqual(outcome.status === 'decided' && outcome.penalties, { home: 3, away: 4 });
});

test('a single match not yet played awaits the match', () => {
  assert.deepEqual(resolveTie([fixture('Lazio', 'Roma')], oneMatch), {
    status: 'pending',
    awaiting: 'match',
    teams: { a: 'Lazio', b: 'Roma' },
    match: 'Lazio/Roma/x',
  });
});

test('no match and no pairing: pending, teams unknown', () => {
  assert.deepEqual(resolveTie([], oneMatch), { status: 'pending', awaiting: 'match' });
});

test('level after 90 minutes with no extra-time score recorded awaits extra time', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1')], oneMatch);
  assert.equal(outcome.status, 'pending');
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'extra_time');
});

test('level after extra time with no shoot-out recorded awaits penalties', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1, 2-2 aet')], oneMatch);
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'penalties');
});

test('a shoot-out that is itself a draw is inconsistent', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1, 1-1 aet, 4-4 pen')], oneMatch);
  assert.deepEqual(outcome, { status: 'inconsistent', reason: 'shootout_drawn', match: 'Lazio/Roma/x' });
});

test('a shoot-out recorded without the extra time the rules require is inconsistent', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1, 5-4 pen')], oneMatch);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'extra_time_missing');
});

test('extra time recorded after a 90-minute win is inconsistent', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '2-1, 3-1 aet')], oneMatch);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'played_on_after_decision');
});

test('an a.e.t. score lower than the 90-minute score is inconsistent', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '2-2, 1-3 aet')], oneMatch);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'extra_time_below_full_time');
});

test('a drawn single match under rules with no extra time, penalties or replay has no decider', () => {
  const drawAllowed: TieRules = { ...oneMatch, extraTime: false, penalties: false };
  const outcome = resolveTie([result('Lazio', 'Roma', '1-1')], drawAllowed);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'no_decider');
});

test('a second match where the rules have no replay is one too many', () => {
  const outcome = resolveTie(
    legs(result('Lazio', 'Roma', '1-1, 1-1 aet, 5-3 pen'), result('Roma', 'Lazio', '0-1')),
    oneMatch,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'too_many_matches');
});

test('a match between other teams is inconsistent', () => {
  const outcome = resolveTie(legs(result('Lazio', 'Roma', '1-1'), result('Roma', 'Napoli', '0-1')), faCup);
  assert.deepEqual(outcome, { status: 'inconsistent', reason: 'teams_differ', match: 'Roma/Napoli/2' });
});

test('matches given out of order are put in order by date', () => {
  const outcome = resolveTie(
    [
      result('Roma', 'Lazio', '2-2, 3-2 aet', { date: '2014-01-14' }),
      result('Lazio', 'Roma', '0-0', { date: '2014-01-04' }),
    ],
    faCup,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Roma');
  assert.deepEqual(outcome.status === 'decided' && outcome.teams, { a: 'Lazio', b: 'Roma' });
});

test('several matches with neither leg numbers nor dates cannot be ordered', () => {
  const outcome = resolveTie([result('Lazio', 'Roma', '0-0'), result('Roma', 'Lazio', '1-0')], faCup);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'leg_order_unknown');
});

// FA Cup 1991/92–2023/24: replayed once at the other ground; the replay goes to extra time and penalties.
test('fa cup: a drawn first match awaits the replay', () => {
  const outcome = resolveTie([result('Everton', 'Leeds', '1-1')], faCup);
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'replay');
});

test('fa cup: extra time is not played in the first match', () => {
  const outcome = resolveTie([result('Everton', 'Leeds', '1-1, 2-1 aet')], faCup);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'extra_time_not_allowed');
});

test('fa cup: the replay, home and away swapped, decides the tie', () => {
  const outcome = resolveTie(
    legs(result('Everton', 'Leeds', '1-1'), result('Leeds', 'Everton', '2-0')),
    faCup,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Leeds');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'replay');
  assert.deepEqual(outcome.status === 'decided' && outcome.decidingMatch, {
    match: 'Leeds/Everton/2',
    by: 'ninety_minutes',
  });
});

test('fa cup: a drawn replay goes to extra time and penalties', () => {
  const outcome = resolveTie(
    legs(result('Everton', 'Leeds', '1-1'), result('Leeds', 'Everton', '0-0, 0-0 aet, 2-4 pen')),
    faCup,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Everton');
  assert.deepEqual(outcome.status === 'decided' && outcome.decidingMatch, {
    match: 'Leeds/Everton/2',
    by: 'penalties',
  });
});

test('fa cup: a replay after the first match was won is inconsistent', () => {
  const outcome = resolveTie(
    legs(result('Everton', 'Leeds', '2-1'), result('Leeds', 'Everton', '0-0')),
    faCup,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'match_after_decision');
});

test('fa cup: a second replay is one match too many', () => {
  const outcome = resolveTie(
    legs(
      result('Everton', 'Leeds', '1-1'),
      result('Leeds', 'Everton', '0-0, 0-0 aet, 4-2 pen'),
      result('Everton', 'Leeds', '1-0'),
    ),
    faCup,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'too_many_matches');
});

// Before 1991/92 a tie was replayed until somebody won, extra time in every replay, no shoot-out.
const untilSomebodyWins: TieRules = { ...faCup, replay: { max: 'unlimited', extraTime: true } };

test('unlimited replays: three draws and a win in the fourth replay', () => {
  const outcome = resolveTie(
    legs(
      result('Arsenal', 'Sheffield Wednesday', '0-0'),
      result('Sheffield Wednesday', 'Arsenal', '1-1, 1-1 aet'),
      result('Arsenal', 'Sheffield Wednesday', '2-2, 2-2 aet'),
      result('Sheffield Wednesday', 'Arsenal', '0-0, 0-0 aet'),
      result('Arsenal', 'Sheffield Wednesday', '1-1, 2-1 aet'),
    ),
    untilSomebodyWins,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Arsenal');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'replay');
  assert.equal(outcome.status === 'decided' && outcome.decidingMatch?.by, 'extra_time');
});

test('unlimited replays: a drawn replay awaits another replay, never penalties', () => {
  const outcome = resolveTie(
    legs(
      result('Arsenal', 'Sheffield Wednesday', '0-0'),
      result('Sheffield Wednesday', 'Arsenal', '1-1, 1-1 aet'),
    ),
    untilSomebodyWins,
  );
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'replay');
  const withShootout = resolveTie(
    legs(
      result('Arsenal', 'Sheffield Wednesday', '0-0'),
      result('Sheffield Wednesday', 'Arsenal', '1-1, 1-1 aet, 5-4 pen'),
    ),
    untilSomebodyWins,
  );
  assert.equal(withShootout.status === 'inconsistent' && withShootout.reason, 'penalties_not_allowed');
});

test('two replays allowed: the first replay has extra time only, the second extra time and penalties', () => {
  const twoReplays: TieRules = {
    ...faCup,
    replay: { max: 2, extraTime: true, last: { extraTime: true, penalties: true } },
  };
  const first = result('Everton', 'Leeds', '1-1');
  const replay1 = result('Leeds', 'Everton', '1-1, 1-1 aet');
  assert.equal(resolveTie(legs(first, replay1), twoReplays).status, 'pending');
  const outcome = resolveTie(
    legs(first, replay1, result('Everton', 'Leeds', '0-0, 0-0 aet, 3-1 pen', { neutral: true })),
    twoReplays,
  );
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Everton');
  assert.equal(outcome.status === 'decided' && outcome.decidingMatch?.by, 'penalties');
});
