// Walks every openfootball file in ../shared/data (Football.TXT, football.json, .conf.txt
// tables) through readSource: nothing may crash, every match file must yield matches, and every
// line not understood must come back as a refusal with a reason. Skipped when the data is absent.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, type TestContext } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { readSource, type ImportResult, type ReadFile } from '../../../src/import/index.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const present = existsSync(DATA);
const SKIP = '../shared/data not found';
const folders = present ? readdirSync(DATA).filter((d) => d.startsWith('openfootball-')) : [];
const reads = folders.map((folder) => ({
  folder,
  read: readSource(DATA + folder, { formats: ['football-txt', 'football-json', 'published-tables'] }),
}));
const all: ReadFile[] = reads.flatMap(({ folder, read }) =>
  read.files.map((f) => ({ ...f, path: `${folder}/${f.path}` }) as ReadFile),
);
const matchFiles = all.filter(
  (f): f is Extract<ReadFile, { result: ImportResult }> =>
    f.format === 'football-txt' || f.format === 'football-json',
);
const file = (path: string) => matchFiles.find((f) => f.path === path)!.result;

const tally = (keys: readonly string[]): string =>
  [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ') || 'none';

describe('openfootball corpus', () => {
  it('reads every file without a crash and lists what it skipped', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    for (const { folder, read } of reads) {
      assert.deepEqual(read.unreadable, [], folder);
      t.diagnostic(
        `${folder}: ${read.files.length} files read; skipped ${tally(read.skipped.map((s) => s.reason))}`,
      );
    }
    assert.ok(matchFiles.length > 550, `only ${matchFiles.length} match files`);
  });

  it('gets matches out of every match file and tables out of every .conf.txt', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    assert.deepEqual(
      matchFiles.filter((f) => f.result.matches.length === 0).map((f) => f.path),
      [],
    );
    const confs = all.filter((f) => f.format === 'published-tables');
    assert.deepEqual(
      confs.filter((f) => f.result.tables.length === 0).map((f) => f.path),
      [],
    );
  });

  it('refuses almost nothing, and says why for every refusal', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const refused = matchFiles.flatMap((f) => f.result.refused);
    const matches = matchFiles.reduce((n, f) => n + f.result.matches.length, 0);
    t.diagnostic(`${matchFiles.length} files, ${matches} matches, ${refused.length} lines refused`);
    t.diagnostic(`refusals by reason: ${tally(refused.map((r) => r.reason))}`);
    for (const r of refused.slice(0, 20))
      t.diagnostic(`  ${r.file}:${r.line} ${r.reason} ${r.detail ?? ''} ${r.text.trim().slice(0, 80)}`);
    const ignored = matchFiles.flatMap((f) =>
      Object.entries(f.result.ignored ?? {}).flatMap(([k, n]) => Array<string>(n ?? 0).fill(k)),
    );
    t.diagnostic(`understood but not imported: ${tally(ignored)}`);
    assert.ok(refused.every((r) => r.reason && r.line > 0));
    assert.ok(refused.length <= matches / 1000, `${refused.length} refusals for ${matches} matches`);
  });

  it('reports the data issues it finds', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const issues = matchFiles.flatMap((f) => f.result.issues);
    t.diagnostic(`data issues by code: ${tally(issues.map((i) => i.code))}`);
    for (const i of issues.filter((x) => x.severity === 'error' && x.code !== 'date_before_season_start')) {
      t.diagnostic(`  ${i.file}:${i.line} ${i.code}: ${i.message}`);
    }
  });
});

describe('openfootball facts', () => {
  it('premier-league-2023-24 has 380 matches, and Football.TXT and football.json agree on every score', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const txt = file('openfootball-england/2023-24/1-premierleague.txt');
    const json = file('openfootball-football.json/2023-24/en.1.json');
    assert.equal(txt.matches.length, 380);
    assert.equal(json.matches.length, 380);
    const key = (m: { date?: string; home: string; away: string }) => `${m.date} ${m.home} ${m.away}`;
    const scores = new Map(json.matches.map((m) => [key(m), m.result]));
    for (const m of txt.matches) assert.deepEqual(m.result, scores.get(key(m)), key(m));
  });

  it('premier-league-2023-24 official table lists Everton −8 and Nottingham Forest −4', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const [table] = file('openfootball-england/rsssf/eng2024-premierleague.txt').tables;
    const row = (team: string) => table!.rows.find((r) => r.team === team)!;
    assert.deepEqual([row('Everton').points, row('Everton').adjustment], [40, -8]);
    assert.deepEqual([row('Nottingham Forest').points, row('Nottingham Forest').adjustment], [32, -4]);
    assert.deepEqual(
      table!.adjustments.map((a) => `${a.team} ${a.points}`),
      ['Everton -8', 'Nottingham Forest -4'],
    );
  });

  it('champions-league-2024-25 in football.json: the 4-4 shoot-outs and the final without a score', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const json = file('openfootball-football.json/2024-25/uefa.cl.json');
    assert.deepEqual(
      json.issues.filter((i) => i.code === 'shootout_level').map((i) => i.message.split(':')[0]),
      ['Liverpool FC v Paris Saint-Germain FC', 'Club Atlético de Madrid v Real Madrid CF'],
    );
    const asOf = readSource(`${DATA}openfootball-football.json/2024-25/uefa.cl.json`, {
      asOf: isoDate('2025-07-01'),
    });
    const result = asOf.files[0]!.result as ImportResult;
    assert.deepEqual(
      result.issues.filter((i) => i.code === 'missing_result').map((i) => i.message.split(':')[0]),
      ['Paris Saint-Germain FC v FC Internazionale Milano'],
    );
    // The Football.TXT file of the same season has the shoot-outs (1-4, 2-4) and the final (5-0).
    const txt = file('openfootball-champions-league/2024-25/cl.txt');
    assert.deepEqual(txt.issues, []);
    assert.deepEqual(txt.matches.find((m) => m.round === 'Finals, Final')?.result?.fullTime, {
      home: 5,
      away: 0,
    });
  });

  it('copa-libertadores-2015: the Cruzeiro – São Paulo second leg is reported', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const issues = file('openfootball-south-america/copa-libertadores/2015_copal.txt').issues;
    assert.deepEqual(
      issues.map((i) => [i.line, i.code]),
      [[243, 'score_copied_from_shootout']],
    );
  });

  it('premier-league-2019-20 in football.json dates the July 2020 restart in July 2019, and it is reported', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const json = file('openfootball-football.json/2019-20/en.1.json');
    const early = json.issues.filter((i) => i.code === 'date_before_season_start');
    assert.ok(early.length > 0);
    assert.match(early[0]!.message, /dated 2019-07-\d\d, before matchday 1 began \(2019-08-09\)/);
    const txt = file('openfootball-england/2019-20/1-premierleague.txt');
    assert.equal(txt.issues.filter((i) => i.code === 'date_before_season_start').length, 0);
    assert.ok(txt.matches.some((m) => m.date === '2020-07-26'));
  });

  it('world-cup-2022-qualifying: awarded, voided and annulled matches and group tables', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const q = file('openfootball-worldcup/rsssf/2022q.txt');
    const count = (status: string) => q.matches.filter((m) => m.status === status).length;
    assert.deepEqual([count('awarded'), count('void'), count('annulled')], [2, 1, 6]);
    assert.ok(q.tables.length >= 40);
  });
});
