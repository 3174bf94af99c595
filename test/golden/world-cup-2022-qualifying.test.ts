// Every group table that openfootball's RSSSF copy of the 2022 World Cup qualifying
// (../shared/data/openfootball-worldcup/rsssf/2022q.txt, CC0) states, recomputed from the
// matches under it: awarded matches count with their awarded score, voided and annulled ones
// (North Korea's in AFC Group H, the Cook Islands' in OFC) do not.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { teamId, type TableRules } from '../../src/core/model/index.ts';
import { editDistance, foldName } from '../../src/core/names/suggest.ts';
import { computeStandings } from '../../src/core/standings/index.ts';
import { engineMatch } from '../../src/import/engine-match.ts';
import { parseFootballTxt, parsePublishedTables } from '../../src/import/football-txt/index.ts';
import type { ImportedMatch, PublishedTable } from '../../src/import/model/index.ts';

const FILE = '../shared/data/openfootball-worldcup/rsssf/2022q.txt';

/**
 * FIFA World Cup 2022 qualifying regulations, art. 20: points, goal difference, goals scored;
 * then points, goal difference, goals scored and away goals in the matches among the teams
 * concerned; then fair play; then lots. (No cards in the file, so fair play never decides.)
 */
const FIFA_2022_QUALIFYING: TableRules = {
  points: { win: 3, draw: 1, loss: 0 },
  tiebreakers: [
    'points',
    'goal_difference',
    'goals_for',
    'h2h_points',
    'h2h_goal_difference',
    'h2h_goals_for',
    'h2h_away_goals_for',
  ],
  headToHead: 'once',
};

/**
 * Published names are in capitals for qualifiers and abbreviated ("N. Ireland", "Bosnia Herz.",
 * "St.Vincent/G."); the match lines write them out, and not always the same way ("Northern
 * Ireland" and "N. Ireland" both occur). A table names exactly the teams of its matches, so each
 * name in the matches is the published team it abbreviates, or is abbreviated by, best.
 */
function nameResolver(published: readonly string[], names: readonly string[]) {
  const tokens = (s: string) => foldName(s).split(' ').filter(Boolean);
  const prefixHits = (short: string, long: string) => {
    const c = tokens(long);
    let j = 0;
    let hits = 0;
    const p = tokens(short);
    for (const t of p) {
      while (j < c.length && !c[j]!.startsWith(t)) j++;
      if (j < c.length) {
        hits++;
        j++;
      }
    }
    return hits / Math.max(1, p.length);
  };
  const score = (a: string, b: string) =>
    foldName(a) === foldName(b)
      ? 100
      : Math.max(prefixHits(a, b), prefixHits(b, a)) * 50 - editDistance(foldName(a), foldName(b)) / 10;
  const canonical = new Map<string, string>();
  for (const n of names) {
    const best = [...published].sort((x, y) => score(y, n) - score(x, n))[0];
    if (best !== undefined) canonical.set(n, best);
  }
  return (name: string) => canonical.get(name) ?? name;
}

/** The matches under a table: after it, before the next one, under the same heading as the first. */
function tableMatches(
  all: readonly ImportedMatch[],
  table: PublishedTable,
  next: PublishedTable | undefined,
): ImportedMatch[] {
  const after = all.filter((m) => m.line > table.line && (!next || m.line < next.line));
  const first = after[0];
  return first
    ? after.filter((m) => m.stage === first.stage && m.round === first.round && m.group === first.group)
    : [];
}

describe(
  '2022 World Cup qualifying: every published group table',
  { skip: !existsSync(FILE) && `${FILE} not found (../shared/data is not beside this checkout)` },
  () => {
    if (!existsSync(FILE)) return;
    const text = readFileSync(FILE, 'utf8');
    const parsed = parseFootballTxt(text, { file: '2022q.txt' });
    const tables = parsePublishedTables(text, { file: '2022q.txt' });

    it('finds the forty published tables and every match', () => {
      assert.equal(tables.length, 40);
      assert.equal(parsed.refused.length, 0);
    });

    tables.forEach((table, i) => {
      const matches = tableMatches(parsed.matches, table, tables[i + 1]);
      const names = [...new Set(matches.flatMap((m) => [m.home, m.away]))];
      const resolve = nameResolver(
        [...table.rows.map((r) => r.team), ...table.withdrawn.map((w) => w.team)],
        names,
      );
      const withdrawn = new Set(table.withdrawn.map((w) => w.team));
      const teams = table.rows.map((r) => teamId(r.team));
      const counted = matches
        .map((m) => ({ ...m, home: resolve(m.home), away: resolve(m.away) }))
        .filter((m) => !withdrawn.has(m.home) && !withdrawn.has(m.away));
      it(`${table.heading ?? 'table'} at line ${table.line} (${table.rows.map((r) => r.team).join(', ')})`, () => {
        const computed = computeStandings({
          teams,
          matches: counted.map(engineMatch),
          rules: FIFA_2022_QUALIFYING,
        });
        const got = computed.rows.map((r) => [
          r.team,
          r.played,
          r.won,
          r.drawn,
          r.lost,
          r.goalsFor,
          r.goalsAgainst,
          r.points,
        ]);
        const want = table.rows.map((r) => [
          r.team,
          r.played,
          r.won,
          r.drawn,
          r.lost,
          r.goalsFor,
          r.goalsAgainst,
          r.points + 0,
        ]);
        assert.deepEqual(got, want);
      });
    });
  },
);
