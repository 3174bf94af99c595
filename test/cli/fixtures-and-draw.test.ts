import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

const PERU = 'examples/peru-2014';
interface Fixture {
  round: string;
  date?: string;
  group?: string;
  home: string;
  away: string;
  venue?: string;
}
const json = async (args: string[]) => {
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { seed: number; matches: Fixture[] };
};

describe('torneo fixtures', () => {
  it('prints the Torneo del Inca groups as a complete double round robin, in the JSON contract', async () => {
    const { seed, matches } = await json([
      'fixtures',
      PERU,
      'torneo-del-inca/groups',
      '--seed',
      '7',
      '--json',
      '--start',
      '2014-02-14',
    ]);
    assert.equal(seed, 7);
    assert.equal(matches.length, 112);
    for (const key of ['round', 'date', 'group', 'home', 'away', 'venue']) assert.ok(key in matches[0]!, key);
    const pairs = new Map<string, number>();
    for (const m of matches) pairs.set(`${m.home}>${m.away}`, (pairs.get(`${m.home}>${m.away}`) ?? 0) + 1);
    assert.ok(
      [...pairs.values()].every((n) => n === 1),
      'each team hosts each group rival once',
    );
    assert.equal(new Set(matches.map((m) => m.date)).size, 14, 'fourteen rounds, one date each');
  });

  it('never has two clubs of one ground at home on the same day, across the two groups', async () => {
    const { matches } = await json(['fixtures', PERU, 'torneo-del-inca/groups', '--seed', '11', '--json']);
    const sharing = [
      ['sporting-cristal', 'universidad-san-martin'],
      ['juan-aurich', 'los-caimanes'],
      ['cienciano', 'real-garcilaso'],
    ];
    for (const round of new Set(matches.map((m) => m.round))) {
      const home = new Set(matches.filter((m) => m.round === round).map((m) => m.home));
      for (const [a, b] of sharing)
        assert.ok(!(home.has(a!) && home.has(b!)), `round ${round}: ${a} and ${b} both at home`);
    }
  });

  it('gives the same list for the same seed, and plays the Clausura as the Apertura reversed', async () => {
    const a = await json(['fixtures', PERU, 'descentralizado/apertura', '--seed', '3', '--json']);
    const b = await json(['fixtures', PERU, 'descentralizado/apertura', '--seed', '3', '--json']);
    assert.deepEqual(a, b);
    const clausura = await json(['fixtures', PERU, 'descentralizado/clausura', '--seed', '3', '--json']);
    assert.equal(clausura.matches.length, 120);
    const apertura = new Set(a.matches.map((m) => `${m.home}>${m.away}`));
    assert.ok(
      clausura.matches.every((m) => apertura.has(`${m.away}>${m.home}`)),
      'every Clausura match is an Apertura match with home and away swapped',
    );
  });

  it("writes a team's fixtures as iCal", async () => {
    const r = await runCli([
      'fixtures',
      PERU,
      'torneo-del-inca/groups',
      '--start',
      '2014-02-14',
      '--kickoff',
      '20:00',
      '--team',
      'alianza-lima',
      '--ical',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(r.stdout.match(/BEGIN:VEVENT/g)?.length, 14);
    assert.match(r.stdout, /SUMMARY:.*Alianza Lima/);
    // The season's timezone (America/Lima): every kick-off in it, and the zone described once.
    assert.equal(r.stdout.match(/DTSTART;TZID=America\/Lima:2014\d{4}T200000/g)?.length, 14);
    assert.equal(r.stdout.match(/BEGIN:VTIMEZONE\r\nTZID:America\/Lima\r\n/g)?.length, 1);
    assert.match(r.stdout, /TZOFFSETTO:-0500/);
  });

  it('writes the fixture sheet as CSV, one line per match with names and ids', async () => {
    const r = await runCli([
      'fixtures',
      PERU,
      'torneo-del-inca/groups',
      '--start',
      '2014-02-14',
      '--kickoff',
      '20:00',
      '--team',
      'alianza-lima',
      '--csv',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const [header, ...rows] = r.stdout.split('\r\n');
    assert.match(
      header!,
      /^competition,stage,group,round,tie,leg,date,time,home,home_id,away,away_id,venue,venue_id,/,
    );
    assert.equal(rows.length, 14);
    assert.ok(rows.every((l) => l.startsWith('torneo-del-inca,groups,a,') && l.includes(',alianza-lima,')));
    assert.ok(rows.every((l) => /,20:00,/.test(l) && l.includes(',scheduled,')));
    const both = await runCli(['fixtures', PERU, 'torneo-del-inca/groups', '--csv', '--json']);
    assert.equal(both.code, 2);
  });

  it('has nothing left to schedule in a knockout whose matches are all recorded (the Torneo del Inca final)', async () => {
    const r = await runCli(['fixtures', PERU, 'torneo-del-inca/final']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /nothing left to schedule/);
  });
});

describe('torneo draw', () => {
  it('draws the 2014 Torneo del Inca groups with Alianza Lima in A and Universitario in B, and prints the seed', async () => {
    for (const seed of ['1', '2', '99']) {
      const r = await runCli(['draw', PERU, 'torneo-del-inca/groups', '--seed', seed, '--json']);
      assert.equal(r.code, 0, r.stderr);
      const draw = JSON.parse(r.stdout) as {
        seed: number;
        outcomes: string;
        groups: { id: string; teams: string[] }[];
      };
      assert.equal(draw.seed, Number(seed));
      assert.equal(draw.outcomes, '3432', 'C(14,7): the 14 unseeded clubs split 7 and 7');
      assert.ok(draw.groups.find((g) => g.id === 'a')!.teams.includes('alianza-lima'));
      assert.ok(draw.groups.find((g) => g.id === 'b')!.teams.includes('universitario'));
      assert.deepEqual(
        draw.groups.map((g) => g.teams.length),
        [8, 8],
      );
    }
    const text = await runCli(['draw', PERU, 'torneo-del-inca/groups', '--seed', '5']);
    assert.match(
      text.stdout,
      /draw with seed 5 \(npx torneo draw examples\/peru-2014 torneo-del-inca\/groups --seed 5 replays it\)/,
    );
  });

  it('chooses and prints a seed when none is given', async () => {
    const r = await runCli(['draw', PERU, 'torneo-del-inca/groups']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /draw with seed \d+/);
  });
});
