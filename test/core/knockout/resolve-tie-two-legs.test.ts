import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { TieOutcome } from '../../../src/core/knockout/index.ts';
import { fixture, legs, playedScoreUnknown, result } from './match-builders.ts';

const uefaPre2021 = TIE_RULE_PRESETS['uefa-pre-2021'];
const uefa2021 = TIE_RULE_PRESETS['uefa-2021'];
const conmebol = TIE_RULE_PRESETS['conmebol-no-extra-time'];
const conmebolAwayGoals = TIE_RULE_PRESETS['conmebol-away-goals-no-extra-time'];

const winnerAndWay = (o: TieOutcome) => (o.status === 'decided' ? [o.winner, o.decidedBy] : [o.status]);

test('the side with more goals over the two legs wins on aggregate', () => {
  const outcome = resolveTie(
    legs(result('Porto', 'Juventus', '2-1'), result('Juventus', 'Porto', '1-0')),
    uefa2021,
  );
  assert.equal(outcome.status, 'pending'); // 2-2: extra time awaited
  const won = resolveTie(
    legs(result('Porto', 'Juventus', '2-1'), result('Juventus', 'Porto', '0-0')),
    uefa2021,
  );
  assert.deepEqual(won, {
    status: 'decided',
    winner: 'Porto',
    loser: 'Juventus',
    decidedBy: 'aggregate',
    teams: { a: 'Porto', b: 'Juventus' },
    decidingMatch: { match: 'Juventus/Porto/2', by: 'ninety_minutes' },
    aggregate: { home: 2, away: 1 },
  });
});

test('legs are found by number whatever order they are given in', () => {
  const [first, second] = legs(result('Porto', 'Juventus', '2-1'), result('Juventus', 'Porto', '0-0'));
  const outcome = resolveTie([second!, first!], uefa2021);
  assert.deepEqual(outcome.status === 'decided' && outcome.teams, { a: 'Porto', b: 'Juventus' });
});

test('uefa before 2021: level on aggregate, more away goals wins (Ajax–Tottenham 2018/19)', () => {
  const outcome = resolveTie(
    legs(result('Tottenham', 'Ajax', '0-1'), result('Ajax', 'Tottenham', '2-3')),
    uefaPre2021,
  );
  assert.deepEqual(winnerAndWay(outcome), ['Tottenham', 'away_goals']);
  assert.deepEqual(outcome.status === 'decided' && outcome.awayGoals, { home: 3, away: 1 });
});

test('uefa before 2021: away goals scored in extra time count (Juventus 3-2 Porto a.e.t., 2020/21)', () => {
  const outcome = resolveTie(
    legs(result('FC Porto', 'Juventus', '2-1'), result('Juventus', 'FC Porto', '2-1, 3-2 aet')),
    uefaPre2021,
  );
  assert.deepEqual(winnerAndWay(outcome), ['FC Porto', 'away_goals_extra_time']);
  assert.deepEqual(outcome.status === 'decided' && outcome.aggregate, { home: 4, away: 4 });
});

test('uefa before 2021: level on goals and away goals goes to extra time', () => {
  const outcome = resolveTie(legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '1-1')), uefaPre2021);
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'extra_time');
});

test('uefa before 2021: a goalless extra time goes to penalties', () => {
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '1-1, 1-1 aet, 3-5 pen')),
    uefaPre2021,
  );
  assert.deepEqual(winnerAndWay(outcome), ['Ajax', 'penalties']);
});

test('uefa from 2021: away goals no longer count, extra time follows a level aggregate', () => {
  const matches = legs(result('Ajax', 'Tottenham', '0-1'), result('Tottenham', 'Ajax', '2-3'));
  assert.equal(resolveTie(matches, uefa2021).status, 'pending');
  const decided = legs(result('Ajax', 'Tottenham', '0-1'), result('Tottenham', 'Ajax', '2-3, 2-4 aet'));
  assert.deepEqual(winnerAndWay(resolveTie(decided, uefa2021)), ['Ajax', 'extra_time']);
});

test('uefa from 2021: extra time level goes to penalties even with more away goals in it', () => {
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '1-1, 2-2 aet, 4-2 pen')),
    uefa2021,
  );
  assert.deepEqual(winnerAndWay(outcome), ['Roma', 'penalties']);
});

test('away goals that do not count in extra time: a level extra time goes to penalties', () => {
  const rules = { ...uefaPre2021, awayGoalsInExtraTime: false };
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '1-1, 2-2 aet, 4-2 pen')),
    rules,
  );
  assert.deepEqual(winnerAndWay(outcome), ['Roma', 'penalties']);
  const underUefa = resolveTie(
    legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '1-1, 2-2 aet, 4-2 pen')),
    uefaPre2021,
  );
  assert.equal(underUefa.status === 'inconsistent' && underUefa.reason, 'played_on_after_decision');
});

test('conmebol: penalties straight after 90 minutes of the second leg, no extra time', () => {
  const outcome = resolveTie(
    legs(result('Boca', 'River', '1-1'), result('River', 'Boca', '0-0, 4-2 pen')),
    conmebol,
  );
  assert.deepEqual(winnerAndWay(outcome), ['River', 'penalties']);
  const withExtraTime = resolveTie(
    legs(result('Boca', 'River', '1-1'), result('River', 'Boca', '0-0, 1-0 aet')),
    conmebol,
  );
  assert.equal(withExtraTime.status === 'inconsistent' && withExtraTime.reason, 'extra_time_not_allowed');
});

test('conmebol: a level tie with no shoot-out recorded awaits penalties, not extra time', () => {
  const outcome = resolveTie(legs(result('Boca', 'River', '1-1'), result('River', 'Boca', '2-2')), conmebol);
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'penalties');
});

test('conmebol 2005–2021: away goals, then penalties', () => {
  const onAway = resolveTie(
    legs(result('Palmeiras', 'Atlético Mineiro', '0-0'), result('Atlético Mineiro', 'Palmeiras', '1-1')),
    conmebolAwayGoals,
  );
  assert.deepEqual(winnerAndWay(onAway), ['Palmeiras', 'away_goals']);
  const onPens = resolveTie(
    legs(
      result('Palmeiras', 'Atlético Mineiro', '1-1'),
      result('Atlético Mineiro', 'Palmeiras', '1-1, 3-4 pen'),
    ),
    conmebolAwayGoals,
  );
  assert.deepEqual(winnerAndWay(onPens), ['Palmeiras', 'penalties']);
});

test('after the first leg the tie awaits the second, with the aggregate so far', () => {
  const outcome = resolveTie(legs(result('Ajax', 'Roma', '2-0'), fixture('Roma', 'Ajax')), uefa2021);
  assert.deepEqual(outcome, {
    status: 'pending',
    awaiting: 'second_leg',
    teams: { a: 'Ajax', b: 'Roma' },
    match: 'Roma/Ajax/2',
    aggregate: { home: 2, away: 0 },
  });
});

test('before the first leg the tie awaits the first leg', () => {
  const outcome = resolveTie(legs(fixture('Ajax', 'Roma'), fixture('Roma', 'Ajax')), uefa2021);
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'first_leg');
});

test('a second leg played but with its score unknown leaves the tie pending', () => {
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '2-0'), playedScoreUnknown('Roma', 'Ajax')),
    uefa2021,
  );
  assert.equal(outcome.status === 'pending' && outcome.awaiting, 'second_leg');
});

test('a postponed leg and the match that replaced it count once', () => {
  const postponed = { ...fixture('Roma', 'Ajax', { leg: 2 }), status: 'postponed' as const };
  const played = { ...result('Roma', 'Ajax', '3-0', { leg: 2 }), id: 'Roma/Ajax/2b' as never };
  const outcome = resolveTie([result('Ajax', 'Roma', '2-0', { leg: 1 }), postponed, played], uefa2021);
  assert.deepEqual(winnerAndWay(outcome), ['Roma', 'aggregate']);
});

test('extra time in the first leg is inconsistent', () => {
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '1-1, 2-1 aet'), result('Roma', 'Ajax', '0-0')),
    uefa2021,
  );
  assert.deepEqual(outcome, {
    status: 'inconsistent',
    reason: 'extra_time_not_allowed',
    match: 'Ajax/Roma/1',
  });
});

test('both legs at the same ground are not a home-and-away tie', () => {
  const outcome = resolveTie(legs(result('Ajax', 'Roma', '1-1'), result('Ajax', 'Roma', '0-0')), uefaPre2021);
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'legs_not_reversed');
});

test('a third leg is one match too many', () => {
  const outcome = resolveTie(
    legs(result('Ajax', 'Roma', '1-1'), result('Roma', 'Ajax', '0-1'), result('Ajax', 'Roma', '0-0')),
    uefa2021,
  );
  assert.equal(outcome.status === 'inconsistent' && outcome.reason, 'too_many_matches');
});
