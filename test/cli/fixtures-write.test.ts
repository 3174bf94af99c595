import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

interface FixturesJson {
  seed: number;
  matches: Record<string, unknown>[];
  waiting: string[];
  written: boolean;
}
const ok = async (args: string[]) => {
  const r = await runCli(args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return r;
};

describe('torneo init, then fixtures --write, then record: no YAML written by hand', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torneo-fixtures-write-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the fixture list into the season folder; load and record then work on it', async () => {
    const season = join(dir, 'liga');
    const db = join(dir, 'liga.db');
    await ok(['init', season, '--name', 'Liga Distrital 2031', '--clubs', 'Alfa,Beta,Gamma,Delta']);
    const w = await ok(['fixtures', season, 'liga-distrital-2031', '--start', '2031-03-01', '--write']);
    assert.match(w.stdout, /recorded 12 scheduled matches in .*facts\/matches\.yaml/);
    assert.match(readFileSync(join(season, 'facts', 'matches.yaml'), 'utf8'), /round: "1", date: 2031-03-01/);
    await ok(['validate', season]);
    await ok(['load', season, '--db', db]);
    const rec = await ok(['record', season, 'alfa-v-beta', '2-1', '--db', db]);
    assert.match(rec.stdout, /Alfa 2–1 Beta/);
    const table = await ok(['table', 'liga-distrital-2031', 'liga-distrital-2031', '--db', db, '--json']);
    const rows = (JSON.parse(table.stdout) as { rows: { teamId: string; points: number; played: number }[] })
      .rows;
    assert.deepEqual(
      rows.filter((r) => r.played).map((r) => [r.teamId, r.points]),
      [
        ['alfa', 3],
        ['beta', 0],
      ],
    );
    // Written again: the recorded list leaves nothing to schedule, and nothing is duplicated.
    const again = await ok(['fixtures', season, 'liga-distrital-2031', '--write']);
    assert.match(again.stdout, /nothing left to schedule/);
  });

  it('writes the fixture list into the database with --db, once', async () => {
    const season = join(dir, 'liga2');
    const db = join(dir, 'liga2.db');
    await ok(['init', season, '--name', 'Liga Dos 2031', '--clubs', 'Alfa,Beta,Gamma,Delta']);
    await ok(['load', season, '--db', db]);
    const w = await ok(['fixtures', 'liga-dos-2031', 'liga-dos-2031', '--db', db, '--write', '--json']);
    assert.equal((JSON.parse(w.stdout) as FixturesJson).matches.length, 12);
    const rec = await ok(['record', 'liga-dos-2031', 'alfa-v-beta', '1-1', '--db', db]);
    assert.match(rec.stdout, /recorded: .*alfa-v-beta version 2/);
  });

  it('prints matches that paste into the season format as they are (round is text)', async () => {
    const season = join(dir, 'paste');
    await ok(['init', season, '--name', 'Paste 2031', '--clubs', 'Alfa,Beta,Gamma,Delta']);
    const r = await ok(['fixtures', season, 'paste-2031', '--json']);
    const { matches } = JSON.parse(r.stdout) as FixturesJson;
    assert.equal(typeof matches[0]!.round, 'string');
    writeFileSync(join(season, 'pasted.yaml'), `matches: ${JSON.stringify(matches)}\n`);
    await ok(['validate', season]);
  });
});

describe('torneo fixtures on a knockout stage', () => {
  let dir: string;
  let season: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torneo-ko-fixtures-'));
    season = join(dir, 'cup.yaml');
    copyFileSync('test/fixtures/seasons/cup-draw.yaml', season);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('waits for the draw, then schedules both legs of every drawn tie and writes them', async () => {
    const before = JSON.parse(
      (await ok(['fixtures', season, 'cup/knockout', '--json'])).stdout,
    ) as FixturesJson;
    assert.equal(before.matches.length, 0);
    assert.ok(before.waiting.some((w) => /quarter-finals: its pairings are drawn/.test(w)));

    const drawn = JSON.parse(
      (await ok(['draw', season, 'cup/knockout', '--seed', '8', '--write', '--json'])).stdout,
    ) as {
      ties: { id: string; home: string; away: string }[];
    };
    const r = await ok([
      'fixtures',
      season,
      'cup/knockout',
      '--start',
      '2030-03-01',
      '--every',
      '7',
      '--json',
      '--write',
    ]);
    const { matches } = JSON.parse(r.stdout) as FixturesJson;
    assert.equal(matches.length, 8, 'four ties, two legs each');
    for (const t of drawn.ties) {
      const legs = matches.filter((m) => m.tie === t.id);
      assert.deepEqual(
        legs.map((m) => [m.leg, m.home, m.away, m.date, m.round]),
        [
          [1, t.home, t.away, '2030-03-01', 'quarter-finals'],
          [2, t.away, t.home, '2030-03-08', 'quarter-finals'],
        ],
      );
    }
    await ok(['validate', season]);
    const after = JSON.parse(
      (await ok(['fixtures', season, 'cup/knockout', '--json'])).stdout,
    ) as FixturesJson;
    assert.equal(after.matches.length, 0, 'the scheduled legs are recorded: nothing left to schedule');
  });
});
