import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SeasonDoc } from '../../src/core/definition/index.ts';
import { loadSeason } from '../../src/season/load-season.ts';
import { runCli } from './run-cli.ts';

// Regions III (Loreto, Ucayali) and IV (Lima, Callao, played as a knockout), two provinces of
// two district leagues of four clubs in each department: 64 clubs.
const SMALL = ['--regions', '2', '--provinces', '2', '--districts', '2', '--clubs', '4'];

interface Side {
  id: string | null;
}
interface BracketTie {
  id: string;
  a: Side;
  b: Side;
  winner: string | null;
  status: string;
  decidedBy: string | null;
}
interface BracketStage {
  id: string;
  group?: string;
  entrants?: { id: string }[];
  rounds: { id: string; ties: BracketTie[] }[];
}

/** Every file of a folder, by its path inside it. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
  };
  walk(dir);
  return out;
}

async function json<T>(args: string[]): Promise<T> {
  const r = await runCli(args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

describe('torneo season synthetic: a Copa Perú derived from the district results to the promotions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-synthetic-'));
  const season = join(dir, 'seed-7');
  let doc: SeasonDoc;
  after(() => rmSync(dir, { recursive: true, force: true }));
  before(async () => {
    const r = await runCli(['season', 'synthetic', '--to', season, '--seed', '7', ...SMALL, '--play']);
    assert.equal(r.code, 0, r.stderr);
    doc = loadSeason(season).doc!;
  });

  const comp = () => doc.competitions[0]!;
  const stage = (id: string) => comp().stages.find((s) => s.id === id)!;
  const groupsOf = (id: string) => {
    const s = stage(id);
    return s.format === 'groups' ? s.groups : [];
  };
  /** A table's teams, best first, as `torneo table --json` ranks them. */
  const table = async (stageId: string, group: string) =>
    (
      await json<{ rows: { teamId: string }[] }>(['table', season, `copa-peru/${stageId}/${group}`, '--json'])
    ).rows.map((r) => r.teamId);
  const bracket = async (path: string) =>
    (await json<{ stages: BracketStage[] }>(['bracket', season, path, '--json'])).stages;
  /** The two that go on from each of some groups of a stage, in the order the groups are listed. */
  const firstTwo = async (stageId: string, groups: readonly string[]) =>
    (await Promise.all(groups.map(async (g) => (await table(stageId, g)).slice(0, 2)))).flat();

  it('writes a folder that validate accepts, with 64 clubs in 16 district leagues, and says what it played', async () => {
    const r = await runCli(['validate', season]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(doc.clubs.length, 64);
    assert.ok(doc.clubs.every((c) => c.synthetic === true && c.department && c.province));
    assert.deepEqual(
      comp().stages.map((s) => s.id),
      ['district', 'provincial', 'departmental', 'regional', 'national'],
    );
    assert.equal(groupsOf('district').length, 16);
    assert.equal(groupsOf('provincial').length, 8);
    assert.deepEqual(
      groupsOf('departmental').map((g) => g.id),
      ['callao', 'lima', 'loreto', 'ucayali'],
    );
    assert.deepEqual(
      groupsOf('regional').map((g) => g.id),
      ['region-iii', 'region-iv'],
    );
  });

  it('types no team after the district leagues: only entrants, and only matches and lots as facts', () => {
    for (const id of ['provincial', 'departmental', 'regional'])
      for (const g of groupsOf(id)) {
        assert.equal(g.teams, undefined, `${id}/${g.id} lists no teams`);
        assert.ok(g.entrants?.length, `${id}/${g.id} takes entrants`);
      }
    const national = stage('national');
    assert.equal(national.format, 'knockout');
    if (national.format !== 'knockout') return;
    for (const tie of national.rounds[0]!.ties ?? []) {
      assert.ok(tie.home && 'from' in tie.home, `${tie.id}: home from a regional place`);
      assert.ok(tie.away && 'from' in tie.away, `${tie.id}: away from a regional place`);
    }
    assert.ok(national.rounds.slice(1).every((r) => r.pairing === 'bracket'));
    assert.equal(doc.outcomes.length + doc.draws.length + doc.adjustments.length + doc.exclusions.length, 0);
    assert.ok(doc.matches.length > 0);
    // 16 leagues of 4 (6 matches), 8 provinces of 4 (6), 4 departments of 4 (6), Region III of 4
    // home and away (12), Region IV's two semi-finals and final (6 legs), 2 semi-finals and a
    // final (6 legs): 96 + 48 + 24 + 12 + 6 + 6, before any extra time or shoot-out.
    assert.equal(doc.matches.length, 192);
  });

  it('fills every provincial, departmental and regional group with the first two of the groups before it', async () => {
    for (const [id, from] of [
      ['provincial', 'district'],
      ['departmental', 'provincial'],
      ['regional', 'departmental'],
    ] as const)
      for (const g of groupsOf(id)) {
        const e = g.entrants![0]!;
        assert.ok('groups' in e && Array.isArray(e.groups) && e.from === from);
        const expected = await firstTwo(from, e.groups as string[]);
        const teams =
          g.format === 'knockout'
            ? (await bracket(`copa-peru/${id}`)).find((s) => s.group === g.id)!.entrants!.map((t) => t.id)
            : await table(id, g.id);
        assert.deepEqual([...teams].sort(), [...expected].sort(), `${id}/${g.id}`);
        assert.equal(teams.length, 4);
      }
  });

  it("plays Region IV as a knockout: each department's winner v the other's runner-up, then a final", async () => {
    const [callao, lima] = [await table('departmental', 'callao'), await table('departmental', 'lima')];
    const region = (await bracket('copa-peru/regional')).find((s) => s.group === 'region-iv')!;
    const [semis, final] = region.rounds;
    assert.deepEqual(
      semis!.ties.map((t) => [t.a.id, t.b.id]),
      [
        [callao[0], lima[1]],
        [callao[1], lima[0]],
      ],
    );
    assert.deepEqual(
      [final!.ties[0]!.a.id, final!.ties[0]!.b.id],
      semis!.ties.map((t) => t.winner),
    );
  });

  it('pairs the national stage from the regional places, Region III v IV, and follows the bracket', async () => {
    const iii = await table('regional', 'region-iii');
    const regionIv = (await bracket('copa-peru/regional')).find((s) => s.group === 'region-iv')!;
    const ivFinal = regionIv.rounds.at(-1)!.ties[0]!;
    const ivRunnerUp = ivFinal.winner === ivFinal.a.id ? ivFinal.b.id : ivFinal.a.id;
    const [semis, final] = (await bracket('copa-peru/national'))[0]!.rounds;
    assert.deepEqual(
      semis!.ties.map((t) => [t.a.id, t.b.id]),
      [
        [iii[0], ivRunnerUp],
        [ivFinal.winner, iii[1]],
      ],
    );
    assert.deepEqual(
      [final!.ties[0]!.a.id, final!.ties[0]!.b.id],
      semis!.ties.map((t) => t.winner),
    );
  });

  it('decides every knockout tie, each for one of its two sides', async () => {
    const ties = [...(await bracket('copa-peru/regional')), ...(await bracket('copa-peru/national'))].flatMap(
      (s) => s.rounds.flatMap((r) => r.ties),
    );
    assert.equal(ties.length, 6);
    for (const t of ties) {
      assert.equal(t.status, 'decided', t.id);
      assert.ok(t.winner === t.a.id || t.winner === t.b.id, `${t.id}: ${t.winner}`);
      assert.ok(t.decidedBy, t.id);
    }
  });

  it('names one champion, the final’s winner, and promotes exactly two clubs: the winner up to the first division, the runner-up to the second', async () => {
    const final = (await bracket('copa-peru/national'))[0]!.rounds.at(-1)!.ties[0]!;
    const loser = final.winner === final.a.id ? final.b.id : final.a.id;
    const summary = await json<{
      competitions: { champion: { team: string }; runnerUp: { team: string } }[];
      promotions: { id: string; status: string; teams: { id: string }[]; effect: string }[];
    }>(['summary', season, '--json']);
    assert.equal(summary.competitions.length, 1);
    assert.equal(summary.competitions[0]!.champion.team, final.winner);
    assert.equal(summary.competitions[0]!.runnerUp.team, loser);
    const promoted = summary.promotions.filter((p) => p.status === 'applied');
    assert.deepEqual(
      promoted.map((p) => [p.id, p.teams.map((t) => t.id)]),
      [
        ['copa-peru-winner-promotion', [final.winner]],
        ['copa-peru-runner-up-promotion', [loser]],
      ],
    );
    assert.match(promoted[0]!.effect, /Primera División/);
    assert.match(promoted[1]!.effect, /Segunda División/);
  });

  it('as of the eve of the national stage: every national place known, no tie played, nobody promoted yet', async () => {
    const national = stage('national');
    const eve = new Date(Date.parse(`${national.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const stages = (
      await json<{ stages: BracketStage[] }>([
        'bracket',
        season,
        'copa-peru/national',
        '--as-of',
        eve,
        '--json',
      ])
    ).stages;
    const [semis, final] = stages[0]!.rounds;
    for (const t of semis!.ties) {
      assert.ok(t.a.id && t.b.id, t.id);
      assert.deepEqual([t.status, t.winner], ['pending', null], t.id);
    }
    assert.deepEqual([final!.ties[0]!.a.id, final!.ties[0]!.status], [null, 'awaiting']);
    const summary = await json<{ promotions: { status: string }[] }>([
      'summary',
      season,
      '--as-of',
      eve,
      '--json',
    ]);
    assert.ok(summary.promotions.every((p) => p.status !== 'applied'));
  });

  it('simulates the played season without fault: the champion and the two promoted in every run', async () => {
    // The regional stage's overall table leaves out Region IV, a group played as a knockout.
    const final = (await bracket('copa-peru/national'))[0]!.rounds.at(-1)!.ties[0]!;
    const sim = await json<{ runs: number; teams: { team: string; champion: number; promoted: number }[] }>([
      'simulate',
      season,
      '--runs',
      '5',
      '--seed',
      '1',
      '--json',
    ]);
    const champions = sim.teams.filter((t) => t.champion > 0);
    assert.deepEqual(
      champions.map((t) => [t.team, t.champion]),
      [[final.winner, 1]],
    );
    assert.equal(sim.teams.filter((t) => t.promoted === 1).length, 2);
  });

  it('writes the same folder again from the same seed, and another from another seed', async () => {
    const again = join(dir, 'seed-7-again');
    const other = join(dir, 'seed-8');
    assert.equal(
      (await runCli(['season', 'synthetic', '--to', again, '--seed', '7', ...SMALL, '--play'])).code,
      0,
    );
    assert.equal(
      (await runCli(['season', 'synthetic', '--to', other, '--seed', '8', ...SMALL, '--play'])).code,
      0,
    );
    assert.deepEqual(filesOf(again), filesOf(season));
    assert.notDeepEqual(filesOf(other).get('facts/matches.yaml'), filesOf(season).get('facts/matches.yaml'));
  });

  it('without --play writes the pyramid with no results: each national place says where it comes from, nobody is promoted', async () => {
    const empty = join(dir, 'unplayed');
    const r = await runCli(['season', 'synthetic', '--to', empty, '--seed', '7', ...SMALL]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /64 clubs in 16 district leagues, 8 provinces, 4 departments, 2 regions/);
    assert.equal(loadSeason(empty).doc!.matches.length, 0);
    const summary = await json<{ promotions: { status: string; teams: unknown[] }[] }>([
      'summary',
      empty,
      '--json',
    ]);
    assert.deepEqual(
      summary.promotions.map((p) => [p.status, p.teams.length]),
      [
        ['unknown', 0],
        ['unknown', 0],
      ],
    );
    // Later groups hold nobody yet: they wait for the stage before, not for a draw.
    const show = await json<{ competitions: { stages: { id: string; teams: number }[] }[] }>([
      'show',
      empty,
      '--json',
    ]);
    assert.deepEqual(
      show.competitions[0]!.stages.map((st) => [st.id, st.teams]),
      [
        ['district', 64],
        ['provincial', 0],
        ['departmental', 0],
        ['regional', 0],
        ['national', 0],
      ],
    );
    const fixtures = await runCli(['fixtures', empty, 'copa-peru/provincial']);
    assert.equal(fixtures.code, 2);
    assert.match(
      fixtures.stderr,
      /not known yet: they go through from 'copa-peru\/district', whose qualifiers are not all decided/,
    );
    const national = await runCli(['bracket', empty, 'copa-peru/national']);
    assert.match(national.stdout, /Winner of Region III v Runner-up of Region IV\n\s+→ awaiting its teams/);
    assert.match(national.stdout, /Winner of Semi-finals 1 v Winner of Semi-finals 2/);
  });

  it('plays off a tie on points for first in Region V, and sends the play-off’s winner to the national stage as its winner', async () => {
    // All eight regions, one province of one league of two clubs per department: with seed 7
    // Region V ends with two clubs level on points at the top.
    const all = join(dir, 'all-regions');
    const r = await runCli([
      'season',
      'synthetic',
      '--to',
      all,
      '--seed',
      '7',
      '--regions',
      '8',
      '--provinces',
      '1',
      '--districts',
      '1',
      '--clubs',
      '2',
      '--play',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const played = loadSeason(all).doc!;
    const playoffs = played.matches.filter((m) => m.playoff);
    assert.equal(playoffs.length, 1);
    assert.equal(playoffs[0]!.group, 'region-v');
    const rows = (
      await json<{ rows: { teamId: string; points: number; decidedBy: string | null }[] }>([
        'table',
        all,
        'copa-peru/regional/region-v',
        '--json',
      ])
    ).rows;
    assert.equal(rows[0]!.points, rows[1]!.points);
    assert.equal(rows[0]!.decidedBy, 'playoff');
    assert.deepEqual(
      [rows[0]!.teamId, rows[1]!.teamId].sort(),
      [playoffs[0]!.home, playoffs[0]!.away].sort(),
    );
    const national = (
      await json<{ stages: BracketStage[] }>(['bracket', all, 'copa-peru/national', '--json'])
    ).stages[0]!;
    const r16 = national.rounds[0]!.ties;
    assert.equal(r16.length, 8);
    // Region V v VI: the winner of V at home first against VI's runner-up.
    assert.equal(r16[4]!.a.id, rows[0]!.teamId);
    assert.equal(r16[5]!.b.id, rows[1]!.teamId);
  });

  it('refuses sizes it cannot build, saying what it expects', async () => {
    const r = await runCli(['season', 'synthetic', '--to', join(dir, 'bad'), '--regions', '3']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--regions expects 2, 4 or 8, got '3'/);
    const clubs = await runCli(['season', 'synthetic', '--to', join(dir, 'bad'), '--clubs', '40']);
    assert.equal(clubs.code, 2);
    assert.match(clubs.stderr, /--clubs expects a whole number from 2 to 16, got '40'/);
  });
});
