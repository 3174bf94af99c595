import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

describe('torneo article', () => {
  it('writes the wikitext article of a competition', async () => {
    const r = await runCli(['article', 'examples/peru-2014', 'torneo-del-inca']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\{\{Infobox football league season\n\| competition = Copa Inca/);
    assert.match(r.stdout, /== Competition modus ==/);
  });

  it('writes Markdown in Spanish as of a day', async () => {
    const r = await runCli([
      'article',
      'examples/peru-2014',
      'torneo-del-inca',
      '--format',
      'markdown',
      '--lang',
      'es',
      '--as-of',
      '2014-03-01',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Torneo del Inca 2014/);
    assert.match(r.stdout, /## Sistema de competición/);
    assert.doesNotMatch(r.stdout, /## Final\n/, 'the final had not been played by 1 March');
  });

  it('refuses a format or language it does not know (usage, exit 2)', async () => {
    const f = await runCli(['article', 'examples/peru-2014', 'torneo-del-inca', '--format', 'pdf']);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /--format must be one of wikitext, markdown, html, got 'pdf'/);
    const l = await runCli(['article', 'examples/peru-2014', 'torneo-del-inca', '--lang', 'fr']);
    assert.equal(l.code, 2);
  });

  it('names the competition it cannot find and the near miss (not found, exit 3)', async () => {
    const r = await runCli(['article', 'examples/peru-2014', 'torneo-del-incaa']);
    assert.equal(r.code, 3);
    assert.match(
      r.stderr,
      /no competition 'torneo-del-incaa' in examples\/peru-2014 — did you mean 'torneo-del-inca'\?/,
    );
  });
});
