import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressBracket, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { Bracket, BracketState, SlotSource } from '../../../src/core/knockout/index.ts';
import type { Match } from '../../../src/core/model/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import {
  copaPeru2014QuarterFinal,
  copaPeru2014RoundOf16,
  copaPeru2014SemiFinal,
} from '../../fixtures/peru-2014-ties.ts';
import { fixture, playedScoreUnknown, result } from './match-builders.ts';

const uefa = TIE_RULE_PRESETS['uefa-2021'];
const oneMatch = TIE_RULE_PRESETS['single-match-et-pens'];

const team = (name: string): SlotSource => ({ team: teamId(name) });
const inTie = (tie: string, leg: number, m: Match): Match => ({
  ...m,
  tie,
  leg,
  id: `${tie}/${leg}` as Match['id'],
});

/** Two semi-finals over two legs, a single-match final and a match for third place. */
const fourTeams: Bracket = {
  rounds: [
    {
      name: 'Semi-finals',
      ties: [
        { id: 'SF1', slots: [team('Ajax'), team('Roma')] },
        { id: 'SF2', slots: [team('Porto'), team('Lyon')] },
      ],
    },
    {
      name: 'Finals',
      rules: oneMatch,
      ties: [
        { id: 'F', slots: [{ winnerOf: 'SF1' }, { winnerOf: 'SF2' }] },
        { id: '3P', slots: [{ loserOf: 'SF1' }, { loserOf: 'SF2' }] },
      ],
    },
  ],
};

const semiFinals = [
  inTie('SF1', 1, result('Ajax', 'Roma', '2-0')),
  inTie('SF1', 2, result('Roma', 'Ajax', '1-1')),
  inTie('SF2', 1, result('Porto', 'Lyon', '0-1')),
  inTie('SF2', 2, result('Lyon', 'Porto', '0-2')),
];

const tieOf = (state: BracketState, id: string) => state.ties.find((t) => t.id === id);

test('before any match: the semi-finals await their first legs, the final awaits its teams', () => {
  const state = progressBracket(fourTeams, [], uefa);
  assert.equal(tieOf(state, 'SF1')?.outcome.status, 'pending');
  assert.deepEqual(tieOf(state, 'F')?.outcome, { status: 'awaiting_teams' });
  assert.deepEqual(tieOf(state, 'F')?.slots, [
    { kind: 'waiting', tie: 'SF1' },
    { kind: 'waiting', tie: 'SF2' },
  ]);
  assert.equal(state.champion, undefined);
});

test('semi-finals decided: winners fill the final, losers the match for third place', () => {
  const state = progressBracket(fourTeams, semiFinals, uefa);
  assert.deepEqual(tieOf(state, 'F')?.slots, [
    { kind: 'team', team: 'Ajax' },
    { kind: 'team', team: 'Porto' },
  ]);
  assert.deepEqual(tieOf(state, '3P')?.slots, [
    { kind: 'team', team: 'Roma' },
    { kind: 'team', team: 'Lyon' },
  ]);
  const final = tieOf(state, 'F')?.outcome;
  assert.equal(final?.status === 'pending' && final.awaiting, 'match');
});

test('the final uses its round rules: a single match with extra time and penalties; its winner is champion', () => {
  const final = inTie('F', 1, result('Ajax', 'Porto', '1-1, 1-1 aet, 3-4 pen', { neutral: true }));
  const state = progressBracket(fourTeams, [...semiFinals, final], uefa);
  assert.equal(state.champion, 'Porto');
  assert.equal(state.runnerUp, 'Ajax');
  assert.equal(tieOf(state, '3P')?.outcome.status, 'pending');
});

test('matches without a tie id are found by the pair of teams', () => {
  const untagged = [result('Ajax', 'Roma', '2-0', { leg: 1 }), result('Roma', 'Ajax', '1-1', { leg: 2 })];
  const state = progressBracket(fourTeams, untagged, uefa);
  const sf1 = tieOf(state, 'SF1')?.outcome;
  assert.equal(sf1?.status === 'decided' && sf1.winner, 'Ajax');
});

test('a bye sends the other team straight into the next round', () => {
  const threeTeams: Bracket = {
    rounds: [
      {
        name: 'Semi-finals',
        ties: [
          { id: 'SF1', slots: [team('Ajax'), { bye: true }] },
          { id: 'SF2', slots: [team('Porto'), team('Lyon')] },
        ],
      },
      {
        name: 'Final',
        rules: oneMatch,
        ties: [{ id: 'F', slots: [{ winnerOf: 'SF1' }, { winnerOf: 'SF2' }] }],
      },
    ],
  };
  const state = progressBracket(threeTeams, semiFinals.slice(2), uefa);
  assert.deepEqual(tieOf(state, 'SF1')?.outcome, { status: 'bye', winner: 'Ajax' });
  assert.deepEqual(tieOf(state, 'F')?.slots, [
    { kind: 'team', team: 'Ajax' },
    { kind: 'team', team: 'Porto' },
  ]);
});

test('the loser of a bye is nobody, so the match for third place becomes a bye too', () => {
  const bracket: Bracket = {
    rounds: [
      {
        name: 'Semi-finals',
        ties: [
          { id: 'SF1', slots: [team('Ajax'), { bye: true }] },
          { id: 'SF2', slots: [team('Porto'), team('Lyon')] },
        ],
      },
      { name: 'Third place', ties: [{ id: '3P', slots: [{ loserOf: 'SF1' }, { loserOf: 'SF2' }] }] },
    ],
  };
  const state = progressBracket(bracket, semiFinals.slice(2), uefa);
  assert.deepEqual(tieOf(state, '3P')?.outcome, { status: 'bye', winner: 'Lyon' });
});

test('a tie fed by an inconsistent tie waits; the inconsistency stays visible where it is', () => {
  const broken = [...semiFinals.slice(0, 3), inTie('SF2', 2, result('Lyon', 'Porto', '0-2, 0-3 aet'))];
  const state = progressBracket(fourTeams, broken, uefa);
  assert.equal(tieOf(state, 'SF2')?.outcome.status, 'inconsistent');
  assert.deepEqual(tieOf(state, 'F')?.outcome, { status: 'awaiting_teams' });
});

test('a slot naming an unknown tie, or a tie of the same round, makes the bracket invalid there', () => {
  const bracket: Bracket = {
    rounds: [
      {
        name: 'Round 1',
        ties: [
          { id: 'A', slots: [team('Ajax'), team('Roma')] },
          { id: 'B', slots: [{ winnerOf: 'A' }, team('Lyon')] },
          { id: 'C', slots: [{ winnerOf: 'Z' }, team('Porto')] },
        ],
      },
    ],
  };
  const state = progressBracket(bracket, [], uefa);
  assert.deepEqual(tieOf(state, 'B')?.outcome, { status: 'invalid_bracket' });
  assert.deepEqual(tieOf(state, 'C')?.outcome, { status: 'invalid_bracket' });
});

test('facts are given by tie id: an exclusion settles a tie with no second leg', () => {
  const matches = [inTie('SF1', 1, result('Ajax', 'Roma', '3-0')), inTie('SF1', 2, fixture('Roma', 'Ajax'))];
  const state = progressBracket(fourTeams, matches, uefa, {
    SF1: [{ kind: 'exclusion', team: teamId('Ajax'), reason: 'misconduct' }],
  });
  assert.deepEqual(tieOf(state, 'F')?.slots[0], { kind: 'team', team: 'Roma' });
});

test('a match between teams other than the slots is reported on the tie', () => {
  const state = progressBracket(fourTeams, [inTie('SF1', 1, result('Ajax', 'Lyon', '1-0'))], uefa);
  const sf1 = tieOf(state, 'SF1')?.outcome;
  assert.equal(sf1?.status === 'inconsistent' && sf1.reason, 'teams_differ');
});

test('copa-peru-2014 national stage: Sport Loreto through three rounds to the final, champions on the record', () => {
  // peru2014_facts.md S45, S46, S47: the final's second leg was played, its score not found.
  const slot = (name: string) => team(name);
  const tieMatches = (id: string, ms: readonly { home: string; away: string; score: string | null }[]) =>
    ms.map((m, i) =>
      inTie(
        id,
        i + 1,
        m.score === null ? playedScoreUnknown(m.home, m.away) : result(m.home, m.away, m.score),
      ),
    );
  const bracket: Bracket = {
    rounds: [
      { name: 'Octavos', ties: [{ id: 'R16', slots: [slot('Sport Loreto'), slot('Juventud América')] }] },
      { name: 'Cuartos', ties: [{ id: 'QF', slots: [slot('Aurora Chancayllo'), { winnerOf: 'R16' }] }] },
      { name: 'Semifinal', ties: [{ id: 'SF', slots: [slot('Defensor La Bocana'), { winnerOf: 'QF' }] }] },
      { name: 'Final', ties: [{ id: 'F', slots: [{ winnerOf: 'SF' }, slot('Unión Fuerza Minera')] }] },
    ],
  };
  const matches = [
    ...tieMatches('R16', copaPeru2014RoundOf16.matches),
    ...tieMatches('QF', copaPeru2014QuarterFinal.matches),
    ...tieMatches('SF', copaPeru2014SemiFinal.matches),
    ...tieMatches('F', [
      { home: 'Sport Loreto', away: 'Unión Fuerza Minera', score: '4-1' },
      { home: 'Unión Fuerza Minera', away: 'Sport Loreto', score: null },
    ]),
  ];
  const rules = TIE_RULE_PRESETS['copa-peru-2014'];
  const open = progressBracket(bracket, matches, rules);
  assert.equal(open.champion, undefined);
  const final = tieOf(open, 'F')?.outcome;
  assert.deepEqual(final?.status === 'pending' && [final.awaiting, final.aggregate], [
    'second_leg',
    { home: 4, away: 1 },
  ]);
  const recorded = progressBracket(bracket, matches, rules, {
    F: [{ kind: 'recorded_winner', winner: teamId('Sport Loreto'), source: 'S47' }],
  });
  assert.equal(recorded.champion, 'Sport Loreto');
  assert.equal(recorded.runnerUp, 'Unión Fuerza Minera');
});

test('a bracket of 1,024 teams resolves in one pass', () => {
  const teams = Array.from({ length: 1024 }, (_, i) => `T${i}`);
  const rounds: Bracket['rounds'][number][] = [];
  let previous = teams.map((t) => t);
  const matches: Match[] = [];
  for (let r = 0; previous.length > 1; r++) {
    const ties = [];
    const next: string[] = [];
    for (let i = 0; i < previous.length; i += 2) {
      const id = `R${r}-${i / 2}`;
      const slots: [SlotSource, SlotSource] =
        r === 0
          ? [team(previous[i]!), team(previous[i + 1]!)]
          : [{ winnerOf: `R${r - 1}-${i}` }, { winnerOf: `R${r - 1}-${i + 1}` }];
      ties.push({ id, slots });
      // The first slot always wins 1-0 at home.
      matches.push(inTie(id, 1, result(previous[i]!, previous[i + 1]!, '1-0')));
      next.push(previous[i]!);
    }
    rounds.push({ name: `Round ${r + 1}`, ties });
    previous = next;
  }
  const state = progressBracket({ rounds }, matches, oneMatch);
  assert.equal(state.ties.length, 1023);
  assert.equal(state.champion, 'T0');
});
