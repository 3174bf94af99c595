// Every file of ../shared/data that import reads (openfootball Football.TXT and football.json,
// engsoccerdata), read as import reads it: no team name may hold a digit, a parenthesis or a
// minute mark unless the club's own name does (scorers, dates and scores glued to a name are
// what this catches), and every file that publishes a final table must give that table, row by
// row, from its own matches, or be listed below with the reason. Skipped when
// the data is absent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, type TestContext } from 'node:test';
import { createSeasonEngine } from '../../../src/core/engine/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';
import { readSource, type ImportResult } from '../../../src/import/index.ts';
import { seasonFromResults } from '../../../src/season/from-import/season-from-results.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const present = existsSync(DATA);
const SKIP = '../shared/data not found';
const FOLDERS = [
  'openfootball-england',
  'openfootball-worldcup',
  'openfootball-south-america',
  'openfootball-champions-league',
  'openfootball-football.json',
  'engsoccerdata',
];

/**
 * Clubs whose names, as the sources write them, hold a digit, a parenthesis or an apostrophe
 * after a digit: founding years (`Bologna FC 1909`, `TSG 1899 Hoffenheim`), club numbers
 * (`FC Schalke 04`, `1. FC Köln`, `B36 Tórshavn`), regiments (`105th Regiment`), dates in the
 * name (`12 de Octubre`), `FC Twente '65`, and the years openfootball's archive adds to tell
 * defunct clubs apart (`Accrington FC (1878-1896)`).
 */
const CLUB_NAMES = new Set([
  '1. CfR Pforzheim',
  '1. FC Düren',
  '1. FC Heidenheim 1846',
  '1. FC Kaiserslautern',
  '1. FC Köln',
  '1. FC Lok Stendal',
  '1. FC Magdeburg',
  '1. FC Nürnberg',
  '1. FC Rielasingen-Arlen',
  '1. FC Saarbrücken',
  '1. FC Schweinfurt 05',
  '1. FC Slovácko',
  '1. FC Union Berlin',
  '1. FK Příbram',
  '1. FSV Mainz 05',
  '1. FSV Mainz 05 II',
  '1. Wiener Neustädter SC',
  '105th Regiment',
  '12 de Octubre de Itauguá',
  '1899 Hoffenheim',
  '1st Surrey Rifles',
  '2 de Mayo',
  '9 de Octubre',
  '93rd Highland Regiment',
  'AC Pisa 1909',
  'AC Reggiana 1919',
  'AS Varese 1910',
  'Accrington FC (1878-1896)',
  'B36 Tórshavn',
  'Bayer 04 Leverkusen',
  'Birmingham 1879',
  'Bohemians Praha 1905',
  'Bologna FC 1909',
  'Bootle FC (1879-1893)',
  'Burton Swifts FC (1871-1901)',
  'CSKA 1948 Sofia',
  'Clermont Foot 63',
  'Como 1907',
  'Crystal Palace 1861',
  'Darwen FC (1870-2009)',
  'F91 Dudelange',
  'FC 08 Villingen',
  'FC Bari 1908',
  'FC Basel 1893',
  'FC DAC 1904',
  'FC Differdange 03',
  'FC Gleisdorf 09',
  'FC Iberia 1999',
  'FC Ingolstadt 04',
  'FC Schalke 04',
  'FC St. Pauli 1910',
  "FC Twente '65",
  'FC Viktoria 1889 Berlin',
  'FC Wil 1900',
  'FK Radnički 1923',
  'FV Engers 07',
  'Grenoble Foot 38',
  'Hannover 96',
  'KF Shkëndija 79',
  'KFC Uerdingen 05',
  'Kapfenberger SV 1919',
  'Mantova 1911 SSD',
  'Parma Calcio 1913',
  'Reggina 1914',
  'SC Neusiedl/See 1919',
  'SC Paderborn 07',
  'SK Dnipro-1',
  'SPAL 2013 Ferrara',
  'SSV Ulm 1846',
  'SV 07 Elversberg',
  'SV Darmstadt 98',
  'SpVgg Greuther Fürth 1903',
  'Stade Brestois 29',
  'Stade Rennais FC 1901',
  'TSG 1899 Hoffenheim',
  'TSV 1860 München',
  'Telstar 1963',
  'US Salernitana 1919',
  'VfL Bochum 1848',
  'Völkermarkter ST 1868',
  'Weiche Flensburg 08',
]);

const NOT_A_NAME = /\d|[()]|\d\s*['’]/;

/**
 * Files with published tables that are not compared, each with the reason: tables of matches the
 * file does not hold, and group tables (import compares league tables only, for now; the World
 * Cup files also give some knockout scores after extra time alone, which a season cannot hold).
 */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  'openfootball-england/rsssf/eng2024-playoffs_details.txt':
    'the tables are of the regular seasons; the file holds only their play-off matches',
  'openfootball-worldcup/rsssf/2014f.txt':
    'group tables only (the file gives the knockout scores after extra time alone, "2-1 (aet)"): no league table to compare',
  'openfootball-worldcup/rsssf/2022f.txt': 'group tables only: no league table to compare',
  'openfootball-worldcup/rsssf/2022q.txt':
    'group tables of the qualifying rounds; the knockout scores are given after extra time alone',
};

const reads = present
  ? FOLDERS.map((folder) => ({
      folder,
      read: readSource(DATA + folder, { formats: ['football-txt', 'football-json', 'engsoccerdata-csv'] }),
    }))
  : [];
const files = reads.flatMap(({ folder, read }) =>
  read.files.flatMap((f) =>
    'matches' in f.result ? [{ path: `${folder}/${f.path}`, result: f.result as ImportResult }] : [],
  ),
);

describe('the shared data corpus, read as import reads it', () => {
  it('gives no team a name holding a digit, a parenthesis or a minute mark unless the club is so named', (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const bad = new Map<string, string>();
    for (const f of files)
      for (const m of f.result.matches)
        for (const name of [m.home, m.away])
          if (NOT_A_NAME.test(name) && !CLUB_NAMES.has(name) && !bad.has(name))
            bad.set(name, `${f.path}:${m.line}`);
    assert.deepEqual(
      [...bad].map(([n, w]) => `${w}: ${n}`),
      [],
    );
    const teams = new Set(files.flatMap((f) => f.result.matches.flatMap((m) => [m.home, m.away])));
    t.diagnostic(`${files.length} files, ${teams.size} team names checked`);
  });

  it("gives every published league table row by row from the file's own matches, or lists why not", (t: TestContext) => {
    if (!present) return t.skip(SKIP);
    const withTables = files.filter((f) => f.result.tables.length > 0);
    assert.ok(withTables.length > 0, 'no file with a published table');
    const unexplained: string[] = [];
    let compared = 0;
    for (const f of withTables) {
      const built = seasonFromResults(f.result);
      const reason = NOT_COMPARED[f.path];
      if (!built.doc || built.published.length === 0) {
        if (!reason)
          unexplained.push(`${f.path}: no table compared (${built.problems[0] ?? 'no league stage'})`);
        else t.diagnostic(`${f.path}: not compared: ${reason}`);
        continue;
      }
      const engine = createSeasonEngine(indexSeason(built.doc));
      for (const p of built.published) {
        const rows = engine.table(p.competition, p.stage).rows.map((r) => ({ ...r, team: p.nameOf(r.team) }));
        const c = p.comparison.compare(rows);
        compared++;
        t.diagnostic(`${f.path}: ${c.matching}/${c.rows} rows match`);
        if (c.differences.length && !reason) unexplained.push(`${f.path}: ${c.differences.join('; ')}`);
      }
    }
    assert.deepEqual(unexplained, []);
    assert.ok(compared >= 2, `only ${compared} tables compared`);
  });
});
