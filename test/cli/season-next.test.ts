import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadSeason } from '../../src/season/load-season.ts';
import { runCli } from './run-cli.ts';

describe('torneo season next', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-next-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes 2015 from the Peru 2014 example: Sport Loreto up, Los Caimanes and San Simón down, and validate accepts it', async () => {
    // peru2014_facts.md §4 (S47): Sport Loreto, the Copa Perú winner, went up to the 2015
    // Descentralizado, replacing the relegated Los Caimanes and San Simón.
    const to = join(dir, 'peru-2015');
    const r = await runCli(['season', 'next', 'examples/peru-2014', '--to', to]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /descentralizado: − Los Caimanes, − San Simón, \+ Sport Loreto/);
    const valid = await runCli(['validate', to]);
    assert.equal(valid.code, 0, valid.stderr);
    const next = loadSeason(to);
    assert.equal(next.doc!.season.id, 'peru-2015');
    assert.equal(next.doc!.season.previous, 'peru-2014');
    const teams = (id: string) => next.doc!.competitions.find((c) => c.id === id)!.teams ?? [];
    for (const id of ['descentralizado', 'torneo-del-inca']) {
      assert.ok(teams(id).includes('sport-loreto'), `Sport Loreto plays the ${id}`);
      assert.ok(!teams(id).includes('los-caimanes') && !teams(id).includes('san-simon'), id);
      assert.equal(teams(id).length, 15);
    }
    assert.ok(!teams('reservas').includes('los-caimanes-reserves'));
    assert.ok(!teams('copa-peru').includes('sport-loreto'));
    assert.equal(next.doc!.matches.length, 0, 'no results are carried');
  });

  it('refuses to write into a folder that is not empty', async () => {
    const again = await runCli(['season', 'next', 'examples/peru-2014', '--to', join(dir, 'peru-2015')]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /is not empty/);
  });
});
