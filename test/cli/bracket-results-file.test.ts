import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { runCli } from './run-cli.ts';

// openfootball/worldcup 2022--qatar/cup_finals.txt (CC0): the whole knockout stage.
const WC_2022_TXT = '../shared/data/openfootball-worldcup/2022--qatar/cup_finals.txt';
// The same knockout as a results CSV with stage, round and leg columns, from the same file.
const WC_2022_CSV = 'test/fixtures/results/world-cup-2022-knockout.csv';
// An excerpt of that file (quarter-finals of 9 December and the final), carried in the tests.
const WC_2022_EXCERPT = 'test/fixtures/import/worldcup-2022-finals.txt';

const TIE_KEYS = ['id', 'a', 'b', 'legs', 'aggregate', 'winner', 'decidedBy', 'status'];

interface Tie {
  a: { id: string };
  b: { id: string };
  winner?: string;
  decidedBy?: string;
  status: string;
  legs: { score: string; extraTime?: string; penalties?: string }[];
}
interface Bracket {
  stages: { id: string; rounds: { id: string; name: string; ties: Tie[] }[] }[];
}

async function bracket(args: string[]): Promise<Bracket> {
  const r = await runCli(['bracket', ...args, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Bracket;
}

const summary = (b: Bracket) =>
  b.stages.flatMap((s) => s.rounds.map((r) => `${r.name}: ${r.ties.map((t) => t.winner).join(' ')}`));

describe('torneo bracket --results FILE of any format', () => {
  it('draws the 2022 World Cup from the openfootball file: Argentina win the final on penalties', async (t: TestContext) => {
    if (!existsSync(WC_2022_TXT)) return t.skip('../shared/data not found');
    const b = await bracket(['--results', WC_2022_TXT]);
    assert.deepEqual(
      b.stages[0]!.rounds.map((r) => `${r.name}: ${r.ties.length}`),
      ['Round of 16: 8', 'Quarter-finals: 4', 'Semi-finals: 2', 'Match for third place: 1', 'Final: 1'],
    );
    const final = b.stages[0]!.rounds.at(-1)!.ties[0]!;
    for (const k of TIE_KEYS) assert.ok(k in final, `tie has ${k}`);
    assert.deepEqual([final.a.id, final.b.id], ['argentina', 'france']);
    assert.deepEqual([final.winner, final.decidedBy, final.status], ['argentina', 'penalties', 'decided']);
    assert.deepEqual(final.legs[0], { ...final.legs[0], score: '2-2', extraTime: '3-3', penalties: '4-2' });
  });

  it('draws the same bracket from a results CSV with round and leg columns', async (t: TestContext) => {
    const csv = await bracket(['--results', WC_2022_CSV]);
    assert.deepEqual(summary(csv), [
      'Round of 16: netherlands argentina france england croatia brazil morocco portugal',
      'Quarter-finals: croatia argentina morocco france',
      'Semi-finals: argentina france',
      'Match for third place: croatia',
      'Final: argentina',
    ]);
    assert.equal(csv.stages[0]!.rounds.at(-1)!.ties[0]!.decidedBy, 'penalties');
    if (!existsSync(WC_2022_TXT)) return t.skip('../shared/data not found: the CSV alone was checked');
    assert.deepEqual(summary(await bracket(['--results', WC_2022_TXT])), summary(csv));
  });

  it('reads the openfootball excerpt carried in the tests, and draws it for the terminal', async () => {
    const b = await bracket(['--results', WC_2022_EXCERPT]);
    assert.deepEqual(b.stages[0]!.rounds.at(-1)!.ties[0]!.winner, 'argentina');
    const text = await runCli(['bracket', '--results', WC_2022_EXCERPT]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /→ Argentina go through on penalties/);
  });

  it('takes the tie rules from --tie or a rules file: away goals under uefa-pre-2021, extra time awaited under uefa-2021', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-bracket-'));
    try {
      const csv = join(dir, 'qf.csv');
      writeFileSync(
        csv,
        [
          'date,round,leg,home,away,home_goals,away_goals',
          '2019-04-09,Quarter-finals,1,Tottenham Hotspur,Manchester City,1,0',
          '2019-04-17,Quarter-finals,2,Manchester City,Tottenham Hotspur,4,3',
        ].join('\n'),
      );
      const rules = join(dir, 'rules.yaml');
      writeFileSync(rules, 'tie: { preset: uefa-pre-2021 }\n');
      const old = (await bracket(['--results', csv, '--rules', rules])).stages[0]!.rounds[0]!.ties[0]!;
      assert.deepEqual([old.winner, old.decidedBy], ['tottenham-hotspur', 'away_goals']);
      const now = (await bracket(['--results', csv, '--tie', 'uefa-2021'])).stages[0]!.rounds[0]!.ties[0]!;
      assert.equal(now.status, 'pending');
      const bad = await runCli(['bracket', '--results', csv, '--tie', 'uefa-2012']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /unknown tie preset 'uefa-2012'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says a league has no knockout, and refuses bad lines with their place as import does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-bracket-'));
    try {
      const league = join(dir, 'league.csv');
      writeFileSync(
        league,
        [
          'date,home,away,home_goals,away_goals',
          '2024-01-01,A,B,1,0',
          '2024-01-02,B,C,1,1',
          '2024-01-03,C,A,0,2',
          '2024-01-03,C,C,0,2',
        ].join('\n'),
      );
      const refused = await runCli(['bracket', '--results', league]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /league\.csv:5: .*itself/);
      const none = await runCli(['bracket', '--results', league, '--skip-bad']);
      assert.equal(none.code, 3);
      assert.match(none.stderr, /has no knockout/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
