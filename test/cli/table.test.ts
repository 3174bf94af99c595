import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

// World Cup 2002, Group F (openfootball-worldcup/2002--south-korea-n-japan/cup.txt, CC0):
// Sweden and England level on points and goal difference; Sweden first on goals scored.
const GROUP_F = 'test/fixtures/results/world-cup-2002-group-f.csv';
const CONTRACT = [
  'position',
  'team',
  'played',
  'won',
  'drawn',
  'lost',
  'goalsFor',
  'goalsAgainst',
  'goalDifference',
  'points',
  'adjustment',
  'decidedBy',
];

describe('torneo table', () => {
  it('says what an incomplete table counts and misses, in the terminal and in --json', async () => {
    const season = 'test/fixtures/seasons/partial-league.yaml';
    const text = await runCli(['table', season, 'liga/apertura']);
    assert.equal(text.code, 0, text.stderr);
    const [heading, ...lines] = text.stdout.split('\n');
    assert.equal(heading, 'Apertura — incomplete', 'a finished stage is never called provisional');
    // What the source recorded leads, with its source; the table is said to be what it is.
    assert.deepEqual(lines.slice(0, 2), [
      '  Recorded (source: Acta final de la Liga (Liga Distrital)): winner Blanquiazul. Blanquiazul champions on 7 points.',
      '  The table below counts only the recorded results, not what the source says.',
    ]);
    assert.deepEqual(lines.slice(2, 5), [
      '  ! Incomplete table: the stage is over, but only 3 of 6 matches have a recorded result.',
      '  ! 1 match was played but its result is not known; the table cannot count it.',
      '  ! 2 of the 6 matches are not recorded at all (neither date nor result).',
    ]);
    const json = JSON.parse((await runCli(['table', season, 'liga/apertura', '--json'])).stdout);
    assert.equal(json.partial, true);
    assert.equal(json.certainty, 'partial');
    assert.deepEqual(
      [json.completeness.withResult, json.completeness.resultUnknown, json.completeness.notRecorded],
      [3, 1, 2],
    );
    assert.equal(json.warnings.length, 3);
    assert.equal(json.recorded[0].winner.id, 'blanquiazul');
    assert.deepEqual(json.recorded[0].sources, [
      { id: 'acta', title: 'Acta final de la Liga', publisher: 'Liga Distrital' },
    ]);
    assert.equal(json.outcomeOnly, false);
    const early = await runCli(['table', season, 'liga/apertura', '--as-of', '2031-11-05']);
    assert.match(early.stdout, /^Apertura — provisional, 2 of 6 matches have a recorded result\n/);
    assert.doesNotMatch(early.stdout, /Recorded/, 'the outcome of 2 December was not known on 5 November');
  });

  it('leads with the outcome a source recorded, and shows a stage known only by its outcome without a table (Peru 2014)', async () => {
    const inca = await runCli(['table', 'examples/peru-2014', 'torneo-del-inca/groups/a']);
    const lines = inca.stdout.split('\n');
    assert.equal(lines[0], 'Group A — incomplete');
    assert.match(
      lines[1]!,
      /^ {2}Recorded \(sources: 2014 Torneo del Inca \(Wikipedia \(English\), copy of August 2020\); .*\): winner Alianza Lima\.$/,
    );
    assert.ok(
      lines.findIndex((l) => l.includes('Sporting Cristal')) > 1,
      'the derived table comes after the record',
    );
    const amazonas = await runCli(['table', 'examples/peru-2014', 'copa-peru/departmental/amazonas']);
    assert.equal(
      amazonas.stdout,
      [
        'Amazonas — outcome only',
        '  Recorded (source: 2014 Copa Perú (Wikipedia (English), seed copy)): went through: Bagua Grande and Defensor Libertad.',
        '  Known only by its outcome: no match result of Amazonas is recorded, so no table is computed.',
      ].join('\n'),
    );
    const district = await runCli(['table', 'examples/peru-2014', 'copa-peru/district']);
    assert.equal(district.stdout, 'District stage: nothing is recorded (no group, team or result).');
  });

  it('ranks a results CSV with a preset, in the JSON contract', async () => {
    const r = await runCli(['table', '--results', GROUP_F, '--preset', 'fifa-world-cup', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { rows } = JSON.parse(r.stdout) as { rows: Record<string, unknown>[] };
    for (const key of CONTRACT) assert.ok(key in rows[0]!, `rows carry '${key}'`);
    assert.deepEqual(
      rows.map((x) => [x.team, x.points, x.goalsFor]),
      [
        ['Sweden', 5, 4],
        ['England', 5, 2],
        ['Argentina', 4, 2],
        ['Nigeria', 1, 1],
      ],
    );
    assert.equal(rows[0]!.decidedBy, 'goals_for');
  });

  it('applies a rules file: preset, adjustments with reasons', async () => {
    const r = await runCli([
      'table',
      '--results',
      GROUP_F,
      '--rules',
      'test/fixtures/results/rules-lots.yaml',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Nigeria\s+3\s+0\s+1\s+2\s+1\s+3\s+−2\s+0\s+−1/);
    assert.match(r.stdout, /Nigeria −1: made-up deduction for the test/);
  });

  it('names the file, line, column and field of a bad results row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-table-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'date,home,away,home_goals,away_goals\n2002-06-02,Argentina,Nigeria,one,0\n');
    const r = await runCli(['table', '--results', bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`bad\\.csv:2:4: invalid_row: home_goals: `));
    assert.match(r.stderr, /1 line\(s\) refused; nothing was counted/);
  });

  it('refuses an unknown preset and a rules file with a wrong tie-breaker, with suggestions', async () => {
    const preset = await runCli(['table', '--results', GROUP_F, '--preset', 'fifa-worldcup']);
    assert.equal(preset.code, 2);
    assert.match(preset.stderr, /unknown preset 'fifa-worldcup' — did you mean 'fifa-world-cup'\?/);
    const dir = mkdtempSync(join(tmpdir(), 'torneo-rules-'));
    const rules = join(dir, 'rules.yaml');
    writeFileSync(rules, 'tiebreakers:\n  - points\n  - goal_diff\n');
    const r = await runCli(['table', '--results', GROUP_F, '--rules', rules]);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /rules\.yaml:3:5: error: 'goal_diff' is not allowed here — did you mean 'goal_difference'\? \(at tiebreakers\[1\]\)/,
    );
  });

  it("prints a season's group table with its adjustment note (Peru 2014, Inca group B)", async () => {
    const r = await runCli(['table', 'examples/peru-2014', 'torneo-del-inca/groups/b', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { rows } = JSON.parse(r.stdout) as { rows: { teamId: string; adjustment: number }[] };
    assert.equal(rows.find((x) => x.teamId === 'cienciano')!.adjustment, -4);
  });

  it('refuses a group that does not exist, and --home with --away', async () => {
    assert.equal((await runCli(['table', 'examples/peru-2014', 'torneo-del-inca/groups/z'])).code, 3);
    assert.equal(
      (await runCli(['table', 'examples/peru-2014', 'torneo-del-inca', '--home', '--away'])).code,
      2,
    );
  });
});

describe('dates on the command line', () => {
  it('refuses a day that does not exist, naming the flag (exit 2)', async () => {
    const asOf = await runCli(['table', 'examples/peru-2014', 'torneo-del-inca', '--as-of', '2014-13-01']);
    assert.equal(asOf.code, 2);
    assert.match(asOf.stderr, /--as-of expects a calendar date written YYYY-MM-DD, got '2014-13-01'/);
    const start = await runCli([
      'fixtures',
      'examples/peru-2014',
      'torneo-del-inca/groups',
      '--start',
      '2014-02-31',
    ]);
    assert.equal(start.code, 2);
    assert.match(start.stderr, /--start expects a calendar date written YYYY-MM-DD, got '2014-02-31'/);
  });
});

describe('torneo table --csv', () => {
  it('prints every row of every group as CSV with a header, names quoted only when they must be', async () => {
    const r = await runCli(['table', 'examples/peru-2014', 'torneo-del-inca/groups', '--csv']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(
      lines[0],
      'competition,stage,group,position,team,team_id,played,won,drawn,lost,goals_for,goals_against,goal_difference,points,adjustment',
    );
    assert.equal(lines.length, 1 + 16, 'two groups of eight');
    assert.ok(lines.slice(1).every((l) => /^torneo-del-inca,groups,[ab],\d+,/.test(l)));
    assert.match(r.stdout, /,cienciano,.*,-4$/m, 'the deduction in its column');
    assert.equal(
      (await runCli(['table', 'examples/peru-2014', 'torneo-del-inca', '--csv', '--json'])).code,
      2,
    );
  });
});
