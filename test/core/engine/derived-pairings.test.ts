import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSeasonEngine } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

// A 10-club league whose top four play two-legged semi-finals (1st v 4th, 2nd v 3rd, the
// lower-placed at home first) and a one-match final: nothing about the pairings is written.
const FILE = 'test/fixtures/seasons/liga-diez.yaml';

function engine(extraMatches = '', asOf?: string) {
  const text = readFileSync(FILE, 'utf8') + extraMatches;
  const loaded = loadSeasonFromFiles([{ path: FILE, text }]);
  assert.deepEqual(loaded.issues, []);
  return createSeasonEngine(loaded.index!, asOf ? { asOf: isoDate(asOf) } : {});
}

const SEMIS = `
  - { competition: liga, stage: play-offs, round: Semi-finals, leg: 1, date: 2031-05-03, home: dunas, away: arcos, score: 1-0 }
  - { competition: liga, stage: play-offs, round: Semi-finals, leg: 2, date: 2031-05-10, home: arcos, away: dunas, score: 1-0, extraTime: 1-0, penalties: 4-2 }
  - { competition: liga, stage: play-offs, round: Semi-finals, leg: 1, date: 2031-05-03, home: cantera, away: bosque, score: 2-2 }
  - { competition: liga, stage: play-offs, round: Semi-finals, leg: 2, date: 2031-05-10, home: bosque, away: cantera, score: 0-1 }
`;
const FINAL = `
  - { competition: liga, stage: play-offs, round: Final, date: 2031-05-17, home: arcos, away: cantera, score: 2-0 }
`;

const sides = (e: ReturnType<typeof engine>, round: number) =>
  e.rounds('liga', 'play-offs')[round]!.ties.map((t) => t.slots!.map((q) => q.team ?? `(${q.slot})`));

describe('a league followed by top-four play-offs, paired by the engine', () => {
  it('pairs 4th v 1st and 3rd v 2nd as soon as the league is complete, the lower-placed club at home first', () => {
    const e = engine();
    assert.equal(e.table('liga', 'league').certainty, 'derived');
    assert.deepEqual(sides(e, 0), [
      ['dunas', 'arcos'],
      ['cantera', 'bosque'],
    ]);
    const [first] = e.rounds('liga', 'play-offs')[0]!.ties;
    assert.equal(first!.id, 'semi-finals-1');
    assert.equal(first!.outcome.status, 'pending');
    assert.deepEqual(
      first!.slots!.map((q) => q.origin),
      [
        { kind: 'position', competition: 'liga', stage: 'league', position: 4 },
        { kind: 'position', competition: 'liga', stage: 'league', position: 1 },
      ],
    );
  });

  it('shows where each final place comes from while the semi-finals are not played', () => {
    const final = engine().rounds('liga', 'play-offs')[1]!.ties[0]!;
    assert.equal(final.id, 'final');
    assert.deepEqual(
      final.slots!.map((q) => [q.team, q.origin]),
      [
        [undefined, { kind: 'winner', tie: 'semi-finals-1', name: 'Semi-finals 1' }],
        [undefined, { kind: 'winner', tie: 'semi-finals-2', name: 'Semi-finals 2' }],
      ],
    );
  });

  it('before the last round, names the current top four only provisionally and settles no pairing', () => {
    const e = engine('', '2031-04-20');
    const [semi] = e.rounds('liga', 'play-offs')[0]!.ties;
    assert.deepEqual(
      semi!.slots!.map((q) => q.certainty),
      ['provisional', 'provisional'],
    );
    assert.equal(semi!.outcome.status, 'pending');
    assert.equal('teams' in semi!.outcome ? semi!.outcome.teams : undefined, undefined);
  });

  it('puts the semi-final winners in the final — Arcos through on penalties, Cantera on aggregate — and crowns its winner', () => {
    const withSemis = engine(SEMIS);
    const [sf1, sf2] = withSemis.rounds('liga', 'play-offs')[0]!.ties;
    assert.equal(sf1!.outcome.status === 'decided' && sf1!.outcome.decidedBy, 'penalties');
    assert.equal(sf2!.outcome.status === 'decided' && sf2!.outcome.winner, 'cantera');
    assert.deepEqual(sides(withSemis, 1), [['arcos', 'cantera']]);

    const done = engine(SEMIS + FINAL);
    const final = done.rounds('liga', 'play-offs')[1]!.ties[0]!;
    assert.equal(final.matches.length, 1, 'the final match joins the derived tie by its two teams');
    assert.equal(done.stageResult('liga', 'play-offs', 'winner').team, 'arcos');
    assert.equal(done.stageResult('liga', 'play-offs', 'runner-up').team, 'cantera');
  });
});

describe('a place held on a condition', () => {
  // The league winner meets the 6th-placed club in a final, provided it finished in the top four;
  // otherwise the best-placed club not already in takes its place.
  const conditional = (text: string) =>
    text.replace(
      / {6}- id: play-offs[\s\S]*?\nmatches:/,
      `      - id: play-offs
        name: Play-offs
        format: knockout
        rounds:
          - id: final
            name: Final
            entrants:
              - { from: league, position: 1 }
              - entrant: { from: league, position: 6 }
                condition: { stage: league, positionAtMost: 4 }
                otherwise: { from: league, bestRemaining: true }
matches:`,
    );

  it('gives a failed place to the best-placed club not already in, saying whose place it took and why', () => {
    const loaded = loadSeasonFromFiles([{ path: FILE, text: conditional(readFileSync(FILE, 'utf8')) }]);
    assert.deepEqual(loaded.issues, []);
    const final = createSeasonEngine(loaded.index!).rounds('liga', 'play-offs')[0]!.ties[0]!;
    const [a, b] = final.slots!;
    assert.equal(a.team, 'arcos');
    assert.equal(b.team, 'bosque');
    assert.equal(b.inheritedFrom, 'faro');
    assert.deepEqual([b.condition?.team, b.condition?.position, b.condition?.met], ['faro', 6, false]);
  });
});
