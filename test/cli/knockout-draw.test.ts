import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

const PERU = 'examples/peru-2014';
interface DrawJson {
  seed: number;
  outcomes: string;
  round: string;
  ties: { id: string; tie: number; home: string; away: string }[];
  byes: string[];
  written: boolean;
}

describe('torneo draw on a knockout stage', () => {
  let dir: string;
  let season: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torneo-ko-draw-'));
    season = join(dir, 'cup.yaml');
    copyFileSync('test/fixtures/seasons/cup-draw.yaml', season);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the first round not yet drawn: winners v runners-up of another group and country, the runner-up at home', async () => {
    const groupOf = (t: string) => t[0];
    const country: Record<string, string> = {
      a2: 'ITA',
      b2: 'ESP',
      c2: 'FRA',
      d2: 'GER',
      a1: 'ESP',
      b1: 'ITA',
      c1: 'GER',
      d1: 'FRA',
    };
    for (let seed = 1; seed <= 12; seed++) {
      const r = await runCli(['draw', season, 'cup/knockout', '--seed', String(seed), '--json']);
      assert.equal(r.code, 0, r.stderr);
      const draw = JSON.parse(r.stdout) as DrawJson;
      assert.equal(draw.round, 'quarter-finals');
      // Four pairings (checked by hand) × 4! numberings of the ties.
      assert.equal(draw.outcomes, '96');
      for (const t of draw.ties) {
        assert.match(t.home, /2$/, 'the runner-up is at home in the first leg');
        assert.match(t.away, /1$/);
        assert.notEqual(groupOf(t.home), groupOf(t.away));
        assert.notEqual(country[t.home], country[t.away]);
        assert.equal(t.id, `quarter-finals-${t.tie}`);
      }
    }
  });

  it('refuses a later round until the earlier one is decided, saying which', async () => {
    const r = await runCli(['draw', season, 'cup/knockout/semi-finals', '--seed', '1']);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /'cup\/knockout\/semi-finals' is drawn once 'quarter-finals' is decided; 'quarter-finals' has no ties yet/,
    );
  });

  it('--write records the pairings in the season file; the engine takes them as the ties, and a second draw is refused', async () => {
    const r = await runCli(['draw', season, 'cup/knockout', '--seed', '5', '--write', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const draw = JSON.parse(r.stdout) as DrawJson;
    assert.equal(draw.written, true);
    const text = readFileSync(season, 'utf8');
    assert.match(
      text,
      /draws:\n {2}- \{ competition: cup, stage: knockout, round: quarter-finals, seed: 5, date: 2030-01-01, pairs: /,
    );
    assert.equal((await runCli(['validate', season])).code, 0);

    const again = await runCli(['draw', season, 'cup/knockout/quarter-finals', '--seed', '6']);
    assert.equal(again.code, 4);
    assert.match(again.stderr, /was drawn already \(seed 5, 2030-01-01\)/);

    const open = await runCli(['draw', season, 'cup/knockout/semi-finals', '--seed', '1']);
    assert.equal(open.code, 1);
    assert.match(open.stderr, /4 tie\(s\) still open: /);

    // The quarter-finals are played (the team at home first wins both legs) …
    const legs = draw.ties.flatMap((t) => [
      `  - { competition: cup, stage: knockout, round: quarter-finals, leg: 1, date: 2030-03-01, home: ${t.home}, away: ${t.away}, score: 2-0 }`,
      `  - { competition: cup, stage: knockout, round: quarter-finals, leg: 2, date: 2030-03-08, home: ${t.away}, away: ${t.home}, score: 0-1 }`,
    ]);
    appendFileSync(season, `matches:\n${legs.join('\n')}\n`);
    // … and the semi-finals are drawn among their winners.
    const semis = await runCli(['draw', season, 'cup/knockout', '--seed', '2', '--json']);
    assert.equal(semis.code, 0, semis.stderr);
    const sf = JSON.parse(semis.stdout) as DrawJson;
    assert.equal(sf.round, 'semi-finals');
    assert.deepEqual(sf.ties.flatMap((t) => [t.home, t.away]).sort(), draw.ties.map((t) => t.home).sort());
  });

  it('a draw with no valid outcome names the rules in conflict', async () => {
    const impossible = join(dir, 'impossible.yaml');
    // Every club from one country: winners v runners-up of another country cannot be drawn.
    writeConflicting(impossible);
    const r = await runCli(['draw', impossible, 'cup/knockout', '--seed', '1']);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /no outcome satisfies all of these rules together: teams of the same country kept apart/,
    );
  });
});

function writeConflicting(path: string): void {
  const text = readFileSync('test/fixtures/seasons/cup-draw.yaml', 'utf8').replace(
    /country: [A-Z]{3}/g,
    'country: ESP',
  );
  appendFileSync(path, text);
}

describe('torneo draw on the Copa Perú regional stage', () => {
  it('puts Sport Loreto in Region III and Juventud América in Region IV whatever the seed: regions follow departments', async () => {
    for (const seed of ['1', '7', '99']) {
      const r = await runCli(['draw', PERU, 'copa-peru/regional', '--seed', seed, '--json']);
      assert.equal(r.code, 0, r.stderr);
      const draw = JSON.parse(r.stdout) as { outcomes: string; groups: { id: string; teams: string[] }[] };
      assert.equal(draw.outcomes, '1', 'nothing is left to draw');
      const regionOf = (team: string) => draw.groups.find((g) => g.teams.includes(team))?.id;
      assert.equal(regionOf('sport-loreto'), 'region-3');
      assert.equal(regionOf('juventud-america'), 'region-4');
      assert.equal(regionOf('binacional'), 'region-8');
    }
    const text = await runCli(['draw', PERU, 'copa-peru/regional', '--seed', '7']);
    assert.match(text.stdout, /nothing to draw: every team’s group follows from the rules/);
    assert.match(text.stdout, /Region III: .*Sport Loreto/);
  });
});
