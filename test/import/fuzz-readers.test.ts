// Mutated files of every format through the reading path import uses (readBytes: decoding,
// detection, the reader, the screening), in process: whatever the bytes, a read never throws, and
// what comes back is either a refusal of the whole file with its reason, or matches that are
// well formed and refusals located at a line of the file. The seeds are small so that 10,000
// mutations of each format stay quick.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readBytes } from '../../src/import/read-source.ts';
import type { ImportResult } from '../../src/import/index.ts';
import { runCli } from '../cli/run-cli.ts';

const RUNS = 10_000;

const SEEDS: readonly { readonly format: string; readonly name: string; readonly text: string }[] = [
  {
    format: 'football-txt',
    name: 'cup.txt',
    text: [
      '= World Cup 2022',
      '▪ Group A',
      'Sun Nov 20',
      '  19:00  Qatar  0-2 (0-2)  Ecuador  @ Al Bayt Stadium, Al Khor',
      "         (; Enner Valencia 16', 31')",
      '▪ Final',
      'Sun Dec 18',
      '  18:00  Argentina  3-3 a.e.t. (2-2, 2-0), 4-2 pen.  France',
      '  Arsenal  2-1 (1-0)  Chelsea  (Smith 36, 50 pen; Jones 12 og)',
      '<!-- Final Table:',
      ' 1.Ecuador  1  1  0  0  2- 0  3',
      ' 2.Qatar    1  0  0  1  0- 2  0  -->',
    ].join('\n'),
  },
  {
    format: 'football-json',
    name: 'en.1.json',
    text: JSON.stringify({
      name: 'English Premier League 2023/24',
      matches: [
        {
          round: 'Matchday 1',
          date: '2023-08-11',
          team1: 'Burnley FC',
          team2: 'Manchester City FC',
          score: { ht: [0, 2], ft: [0, 3] },
        },
        {
          round: 'Matchday 1',
          date: '2023-08-12',
          team1: 'Arsenal FC',
          team2: 'Nottingham Forest FC',
          score: { ft: [2, 1] },
        },
        {
          round: 'Final',
          date: '2024-05-25',
          team1: 'A FC',
          team2: 'B FC',
          score: { ft: [1, 1], et: [2, 2], p: [4, 3] },
        },
      ],
    }),
  },
  {
    format: 'football-data-csv',
    name: 'E0.csv',
    text: readFileSync('test/fixtures/import/football-data-format-sample.synthetic.csv', 'utf8')
      .split('\n')
      .slice(0, 4)
      .join('\n'),
  },
  {
    format: 'engsoccerdata-csv',
    name: 'england.csv',
    text: readFileSync('test/fixtures/import/synthetic-engsoccerdata.csv', 'utf8')
      .split('\n')
      .slice(0, 4)
      .join('\n'),
  },
  {
    format: 'results-csv',
    name: 'results.csv',
    text: [
      'date,stage,round,leg,home,away,home_goals,away_goals,home_goals_et,away_goals_et,home_pens,away_pens',
      '2022-12-09,Knockout stage,Quarter-finals,1,Netherlands,Argentina,2,2,2,2,3,4',
      '2022-12-10,Knockout stage,Quarter-finals,1,Morocco,Portugal,1,0,,,,',
      '2022-12-18,Knockout stage,Final,1,Argentina,France,2,2,3,3,4,2',
    ].join('\n'),
  },
];

/** Pieces a mutation may put in: the characters each format lives by, and some it dreads. */
const PIECES = [
  ',',
  '"',
  '\n',
  '\r\n',
  '-',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ';',
  "'",
  ' v ',
  '1-0',
  '99-99',
  '-1',
  'a.e.t.',
  'pen.',
  '<!--',
  '-->',
  '▪ ',
  '» ',
  '@ ',
  '2031-02-30',
  '00/13/2025',
  "90+9'",
  'bye',
  'w/o',
  '[awarded]',
  'NaN',
  'null',
  '1e999',
  '\u0000',
  '\uFEFF',
  'ü',
  '\u00a0',
  '\t',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.integer().map(String)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const at = (n: number) => (s.length === 0 ? 0 : n % (s.length + 1));
    if (m.kind === 'insert') s = s.slice(0, at(m.at)) + m.text + s.slice(at(m.at));
    else if (m.kind === 'delete') s = s.slice(0, at(m.at)) + s.slice(at(m.at) + m.length);
    else if (m.kind === 'truncate') s = s.slice(0, at(m.at));
    else {
      const lines = s.split('\n');
      if (m.kind === 'duplicate-line') lines.splice(m.line % lines.length, 0, lines[m.line % lines.length]!);
      else {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      s = lines.join('\n');
    }
  }
  return s;
}

const isScore = (s: { home: number; away: number } | undefined) =>
  s === undefined || (Number.isInteger(s.home) && Number.isInteger(s.away) && s.home >= 0 && s.away >= 0);

/** A refusal of the whole file with a reason, or a read whose every match and refusal is well formed. */
function checkRead(path: string, bytes: Uint8Array): void {
  const r = readBytes(path, path, bytes);
  if ('unreadable' in r) return assert.ok(r.unreadable.length > 0, 'an unreadable file says why');
  if ('skip' in r) return assert.ok(r.skip.length > 0, 'a skipped file says why');
  if (!('matches' in r.read.result)) return;
  const result = r.read.result as ImportResult;
  const lines = new TextDecoder().decode(bytes).split('\n').length;
  for (const x of result.refused) {
    assert.ok(x.reason, 'a refusal has a reason');
    assert.ok(
      Number.isInteger(x.line) && x.line >= 0 && x.line <= lines + 1,
      `refusal at line ${x.line} of ${lines}`,
    );
  }
  for (const m of result.matches) {
    assert.ok(typeof m.home === 'string' && m.home.trim() !== '', 'a home team');
    assert.ok(typeof m.away === 'string' && m.away.trim() !== '', 'an away team');
    assert.ok(m.line >= 1 && m.line <= lines + 1, `match at line ${m.line} of ${lines}`);
    assert.ok(m.date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(m.date), `date ${m.date}`);
    const res = m.result;
    if (res)
      for (const s of [res.fullTime, res.halfTime, res.extraTime, res.penalties])
        assert.ok(isScore(s), `score ${JSON.stringify(s)}`);
  }
}

describe('every reader, fed mutated files', () => {
  for (const seed of SEEDS)
    it(`reads ${RUNS.toLocaleString('en')} mutations of a ${seed.format} file without a crash, refusing what it cannot read with its place`, () => {
      const encoder = new TextEncoder();
      // The seed itself reads as its format, so the mutations start from a correct read.
      const clean = readBytes(seed.name, seed.name, encoder.encode(seed.text));
      assert.ok('read' in clean && clean.read.format === seed.format, `${seed.name} reads as ${seed.format}`);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (ms, latin1) => {
          const text = mutate(seed.text, ms);
          // Now and then as single bytes, as a Windows-1252 file would come.
          const bytes = latin1
            ? Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff))
            : encoder.encode(text);
          checkRead(seed.name, bytes);
        }),
        { numRuns: RUNS, seed: 20301 },
      );
    });
});

// The commands over the same mutations, fewer of them (each run writes a file): an internal
// error (exit 70) is a bug; 0, 1 (refused), 2 (usage) and 3 (not found) are answers.
const CLI_RUNS = 150;

describe('the ad-hoc commands, fed mutated files', () => {
  for (const seed of SEEDS)
    it(`answers table --results and bracket --results on ${CLI_RUNS} mutations of a ${seed.format} file without an internal error`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'torneo-fuzz-'));
      try {
        const path = join(dir, seed.name);
        await fc.assert(
          fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (ms) => {
            writeFileSync(path, mutate(seed.text, ms));
            for (const command of ['table', 'bracket']) {
              const r = await runCli([command, '--results', path, '--json']);
              assert.ok([0, 1, 2, 3].includes(r.code), `${command}: exit ${r.code}: ${r.stderr}`);
            }
          }),
          { numRuns: CLI_RUNS, seed: 20302 },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
