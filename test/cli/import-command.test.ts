import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../../src/storage/index.ts';
import { runCli } from './run-cli.ts';

// Synthetic rows in engsoccerdata's layout (made-up clubs), one of them broken on purpose.
const CSV = 'test/fixtures/import/synthetic-engsoccerdata.csv';

describe('torneo import', () => {
  it('turns a results file into a season, listing every refused line with its reason', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'torneo-import-')), 'torneo.db');
    const refused = await runCli(['import', CSV, '--season', 'synthetic-2030', '--db', db]);
    assert.equal(refused.code, 1, 'a refused line stops the import');
    assert.match(refused.stderr, /1 line\(s\) refused; nothing was written \(--skip-bad writes the rest\)/);
    assert.match(
      refused.stderr,
      /synthetic-engsoccerdata\.csv:5: invalid_row: hgoal and vgoal must both be whole numbers/,
    );
    const empty = openStore(db);
    assert.equal(await empty.loadSeasonDocument('synthetic-2030'), undefined, 'nothing written');
    await empty.close();

    const r = await runCli(['import', CSV, '--season', 'synthetic-2030', '--db', db, '--skip-bad']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /imported 4 matches into synthetic-2030 .* in 1 batch\(es\)/);
    assert.match(r.stdout, /facts: 4 added, 0 changed, 0 unchanged; 1 line\(s\) refused/);
    assert.match(
      r.stderr,
      /synthetic-engsoccerdata\.csv:5: invalid_row: hgoal and vgoal must both be whole numbers/,
    );

    const store = openStore(db);
    const season = (await store.loadSeasonDocument('synthetic-2030'))!.doc;
    assert.deepEqual(
      season.competitions.map((c) => c.id),
      ['1-2030-31', '2-2030-31'],
    );
    const norte = season.clubs.find((c) => c.id === 'norte-f-c' || c.id === 'norte-fc');
    assert.ok(norte, 'one club for Norte');
    assert.deepEqual(
      [norte.name, norte.aliases],
      ['Norte F.C.', ['Norte FC']],
      'two spellings, one club: the second is an alias',
    );
    assert.equal((await store.playedMatches('synthetic-2030', '1-2030-31')).length, 3);
    await store.close();
  });

  it('adds nothing when the same file is imported again', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'torneo-import-')), 'torneo.db');
    await runCli(['import', CSV, '--season', 'synthetic-2030', '--db', db, '--skip-bad']);
    const again = await runCli([
      'import',
      CSV,
      '--season',
      'synthetic-2030',
      '--db',
      db,
      '--batch-size',
      '2',
      '--skip-bad',
    ]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      /in 2 batch\(es\)\n\s+definition unchanged; facts: 0 added, 0 changed, 4 unchanged/,
    );
  });
});
