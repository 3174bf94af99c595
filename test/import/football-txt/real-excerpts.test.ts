// Golden cases from excerpts of the openfootball repositories (CC0), carried into
// test/fixtures/import/ with a header naming the source file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';

const fixture = (name: string) =>
  parseFootballTxt(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8'), {
    file: name,
  });

describe('premier-league-2023-24 (RSSSF conversion)', () => {
  const r = fixture('eng2024-premierleague.txt');

  it('reads the official final table above the matches, deductions included', () => {
    assert.equal(r.tables.length, 1);
    const table = r.tables[0]!;
    assert.equal(table.rows.length, 20);
    const everton = table.rows.find((row) => row.team === 'Everton')!;
    assert.deepEqual(
      [
        everton.position,
        everton.played,
        everton.goalsFor,
        everton.goalsAgainst,
        everton.points,
        everton.adjustment,
      ],
      [15, 38, 40, 51, 40, -8],
    );
    assert.equal(table.rows.find((row) => row.team === 'Nottingham Forest')!.adjustment, -4);
    assert.deepEqual(table.rows[0]!.marks, ['C']);
    assert.equal(table.rows[0]!.remark, 'Champions');
    assert.deepEqual(
      table.adjustments.map((a) => [a.team, a.points, a.reason]),
      [
        ['Everton', -8, 'for financial reasons'],
        ['Nottingham Forest', -4, 'for financial reasons'],
      ],
    );
  });

  it('reads the rounds with their dates in the right years', () => {
    assert.deepEqual(r.refused, []);
    const first = r.matches[0]!;
    assert.deepEqual(
      [first.round, first.date, first.home, first.away],
      ['Round 1', '2023-08-11', 'Burnley', 'Manchester C'],
    );
  });

  it('keeps the abandoned Bournemouth – Luton match apart from its replay', () => {
    const luton = r.matches.filter((m) => m.home === 'Bournemouth' && m.away === 'Luton');
    assert.deepEqual(
      luton.map((m) => [m.date, m.status, m.round, m.replay ?? false]),
      [
        ['2023-12-16', 'abandoned', 'Round 17', false],
        ['2024-03-13', 'played', 'Round 17, Replay', true],
      ],
    );
  });
});

describe('copa-libertadores-2015-round-of-16', () => {
  const r = fixture('copal-2015-round-of-16.txt');

  it('pairs the legs and reads River Plate’s awarded second leg', () => {
    const boca = r.matches.find((m) => m.home === 'Boca Juniors')!;
    assert.deepEqual([boca.status, boca.awardedTo, boca.leg], ['awarded', 'away', 2]);
  });

  it('reports the Cruzeiro – São Paulo line, whose a.e.t. and 90-minute scores repeat the shoot-out', () => {
    const cruzeiro = r.matches.find((m) => m.home === 'Cruzeiro' && m.away === 'São Paulo FC')!;
    assert.equal(cruzeiro.leg, 2);
    const issue = r.issues.find((i) => i.line === cruzeiro.line)!;
    assert.equal(issue.code, 'score_copied_from_shootout');
    assert.match(issue.message, /4-3 repeats the shoot-out score 4-3 \(90 minutes: 4-3\)/);
  });
});

describe('world-cup-2022-finals', () => {
  const r = fixture('worldcup-2022-finals.txt');

  it('reads the final: 2-2 after 90, 3-3 after extra time, 4-2 on penalties, six scorers', () => {
    const final = r.matches.find((m) => m.round === 'Final')!;
    assert.deepEqual(final.result, {
      fullTime: { home: 2, away: 2 },
      halfTime: { home: 2, away: 0 },
      extraTime: { home: 3, away: 3 },
      penalties: { home: 4, away: 2 },
    });
    assert.equal(final.date, '2022-12-18');
    assert.equal(final.venue, 'Lusail Iconic Stadium, Lusail');
    assert.deepEqual(
      final.goals?.map((g) => `${g.side} ${g.name} ${g.minute?.minute} ${g.kind}`),
      [
        'home Lionel Messi 23 penalty',
        'home Lionel Messi 108 goal',
        'home Ángel Di María 36 goal',
        'away Kylian Mbappé 80 penalty',
        'away Kylian Mbappé 81 goal',
        'away Kylian Mbappé 118 penalty',
      ],
    );
  });

  it('reads scorers written over two lines, and minutes such as 90+11', () => {
    const nl = r.matches.find((m) => m.home === 'Netherlands')!;
    assert.deepEqual(nl.goals?.[1]?.minute, { minute: 90, added: 11 });
    assert.equal(nl.goals?.length, 4);
    assert.deepEqual(r.refused, []);
    assert.deepEqual(r.issues, []);
  });
});

describe('world-cup-2022-qualifying (RSSSF conversion)', () => {
  const r = fixture('q2022-excerpt.txt');

  it('reads awarded, voided and annulled matches', () => {
    const status = (home: string, away: string) =>
      r.matches.find((m) => m.home === home && m.away === away)?.status;
    assert.equal(status('Russia', 'Poland'), 'awarded');
    assert.equal(status('Brazil', 'Argentina'), 'void');
    assert.equal(status('North Korea', 'Lebanon'), 'annulled');
    assert.equal(status('Sri Lanka', 'Turkmenistan'), 'played');
    assert.deepEqual(r.refused, []);
  });

  it('reads the group table with North Korea listed as withdrawn', () => {
    const table = r.tables[0]!;
    assert.equal(table.heading, 'Asia (AFC) / Second Round / Group H');
    assert.deepEqual(
      table.rows.map((row) => [row.team, row.points]),
      [
        ['SOUTH KOREA', 16],
        ['LEBANON', 10],
        ['Turkmenistan', 9],
        ['Sri Lanka', 0],
      ],
    );
    assert.equal(table.withdrawn[0]!.team, 'North Korea');
    assert.match(table.withdrawn[0]!.note!, /^withdrew after playing 5 matches .* all results annulled$/s);
  });

  it('reads two-digit years and keeps the stage of every match', () => {
    const sweden = r.matches.find((m) => m.home === 'Sweden')!;
    assert.deepEqual(
      [sweden.date, sweden.stage, sweden.round, sweden.fullTimeUnknown],
      ['2022-03-24', 'Europe (UEFA)', 'Playoff Stage, Path B, Semifinals', true],
    );
  });
});
