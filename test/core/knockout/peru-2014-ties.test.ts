// Golden cases from the 2014 Peruvian season; the facts and their sources are in
// test/fixtures/peru-2014-ties.ts (from shared/data/peru2014_facts.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { Match } from '../../../src/core/model/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import type { TieFixture } from '../../fixtures/peru-2014-ties.ts';
import {
  copaInca2014Final,
  copaPeru2014QuarterFinal,
  copaPeru2014RegionISemiFinal,
  copaPeru2014RoundOf16,
  copaPeru2014SemiFinal,
  descentralizado2014Final,
  reservas2014IncaFinal,
} from '../../fixtures/peru-2014-ties.ts';
import { fixture, legs, playedScoreUnknown, result } from './match-builders.ts';

function matchesOf(tie: TieFixture): Match[] {
  return legs(
    ...tie.matches.map((m) => {
      const options = { ...(m.date && { date: m.date }), ...(m.neutral && { neutral: true }) };
      if (m.played === false) return fixture(m.home, m.away, options);
      return m.score === null
        ? playedScoreUnknown(m.home, m.away, options)
        : result(m.home, m.away, m.score, options);
    }),
  );
}

test('copa-inca-2014-final: Alianza Lima 3–3 USM a.e.t., 5–3 on penalties → Alianza Lima', () => {
  const outcome = resolveTie(matchesOf(copaInca2014Final), TIE_RULE_PRESETS['single-match-et-pens']);
  assert.equal(outcome.status, 'decided');
  if (outcome.status !== 'decided') return;
  assert.equal(outcome.winner, copaInca2014Final.winner);
  assert.equal(outcome.loser, 'Universidad San Martín');
  assert.equal(outcome.decidedBy, 'penalties');
  assert.deepEqual(outcome.aggregate, { home: 3, away: 3 });
  assert.deepEqual(outcome.penalties, { home: 5, away: 3 });
});

test('descentralizado-2014-final: level on points after two legs, so a third match is awaited', () => {
  const twoLegs = matchesOf(descentralizado2014Final).slice(0, 2);
  assert.deepEqual(resolveTie(twoLegs, TIE_RULE_PRESETS['descentralizado-2014-final']), {
    status: 'pending',
    awaiting: 'third_match',
    teams: { a: 'Juan Aurich', b: 'Sporting Cristal' },
  });
});

test('descentralizado-2014-final: Sporting Cristal win the third match 3–2 after extra time', () => {
  const outcome = resolveTie(
    matchesOf(descentralizado2014Final),
    TIE_RULE_PRESETS['descentralizado-2014-final'],
  );
  assert.equal(outcome.status, 'decided');
  if (outcome.status !== 'decided') return;
  assert.equal(outcome.winner, descentralizado2014Final.winner);
  assert.equal(outcome.decidedBy, 'third_match');
  assert.equal(outcome.decidingMatch?.by, 'extra_time');
  assert.deepEqual(outcome.points, { home: 2, away: 2 });
});

test('descentralizado-2014-final: the aggregate 2–2 is never looked at; the legs give a point each twice', () => {
  // Under goals rules with away goals the same two legs would have made Cristal champions after
  // the second leg (2 away goals to 0): the points rule is what sent the final to Trujillo.
  const twoLegs = matchesOf(descentralizado2014Final).slice(0, 2);
  const underGoals = resolveTie(twoLegs, TIE_RULE_PRESETS['conmebol-away-goals-no-extra-time']);
  assert.equal(underGoals.status === 'decided' && underGoals.winner, 'Sporting Cristal');
});

test('copa-peru-2014-round-of-16: Sport Loreto 3–0 and 2–2 → agg. 5–2', () => {
  const outcome = resolveTie(matchesOf(copaPeru2014RoundOf16), TIE_RULE_PRESETS['copa-peru-2014']);
  assert.equal(outcome.status === 'decided' && outcome.winner, copaPeru2014RoundOf16.winner);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'aggregate');
  assert.deepEqual(outcome.status === 'decided' && outcome.aggregate, { home: 5, away: 2 });
});

test('copa-peru-2014-quarter-final: Aurora Chancayllo 1–1 Sport Loreto, 0–0 → Sport Loreto on away goals', () => {
  const outcome = resolveTie(matchesOf(copaPeru2014QuarterFinal), TIE_RULE_PRESETS['copa-peru-2014']);
  assert.equal(outcome.status === 'decided' && outcome.winner, copaPeru2014QuarterFinal.winner);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'away_goals');
  assert.deepEqual(outcome.status === 'decided' && outcome.aggregate, { home: 1, away: 1 });
  assert.deepEqual(outcome.status === 'decided' && outcome.awayGoals, { home: 0, away: 1 });
});

test('copa-peru-2014-semi-final: Defensor La Bocana 5–1, Sport Loreto 6–1 → Sport Loreto 7–6 on aggregate', () => {
  const outcome = resolveTie(matchesOf(copaPeru2014SemiFinal), TIE_RULE_PRESETS['copa-peru-2014']);
  assert.equal(outcome.status === 'decided' && outcome.winner, copaPeru2014SemiFinal.winner);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'aggregate');
  assert.deepEqual(outcome.status === 'decided' && outcome.aggregate, { home: 6, away: 7 });
});

test('copa-peru-2014-region-i-semi-final: Defensor Bolívar excluded from the second leg → Defensor La Bocana', () => {
  const { excluded } = copaPeru2014RegionISemiFinal;
  const matches = matchesOf(copaPeru2014RegionISemiFinal);
  assert.equal(resolveTie(matches, TIE_RULE_PRESETS['copa-peru-2014']).status, 'pending');
  const outcome = resolveTie(matches, TIE_RULE_PRESETS['copa-peru-2014'], [
    { kind: 'exclusion', team: teamId(excluded.team), reason: excluded.reason, source: 'seed 001' },
  ]);
  assert.equal(outcome.status === 'decided' && outcome.winner, copaPeru2014RegionISemiFinal.winner);
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'exclusion');
  assert.equal(outcome.status === 'decided' && outcome.reason, excluded.reason);
});

test('reservas-2014-inca-final: score never found, the recorded champion settles it', () => {
  const matches = matchesOf(reservas2014IncaFinal);
  const rules = TIE_RULE_PRESETS['single-match-et-pens'];
  assert.equal(resolveTie(matches, rules).status, 'pending');
  const outcome = resolveTie(matches, rules, [
    { kind: 'recorded_winner', winner: teamId(reservas2014IncaFinal.winner), source: 'S22' },
  ]);
  assert.equal(outcome.status === 'decided' && outcome.winner, 'Universitario');
  assert.equal(outcome.status === 'decided' && outcome.decidedBy, 'recorded');
});
