import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

describe('torneo validate: roster eligibility', () => {
  it('reports a line-up with more older players than the rule allows, naming rule, match, team and players', async () => {
    const r = await runCli(['validate', 'test/fixtures/seasons/reserves-eligibility.yaml']);
    assert.equal(r.code, 0, 'eligibility findings are warnings: the season itself is valid');
    assert.match(r.stdout, /eligibility: 2 line-ups checked, 1 violation\(s\)/);
    assert.match(
      r.stderr,
      /warning: eligibility: reservas reservas\/liga\/2031-03-01\/norte-res-v-sur-res \(2031-03-01\), Norte \(reserves\): 2 players born before the age limit, 1 allowed — Cai Older over the limit \(rule 1 “players born in 2010 or later, one older reinforcement”\)/,
    );
  });
});

describe('torneo validate: squad quotas by age band', () => {
  it('reports a squad that breaks the quotas at its file and line, naming the band, the count and the rule', async () => {
    const r = await runCli(['validate', 'test/fixtures/seasons/reserves-quota.yaml']);
    assert.equal(r.code, 1, 'a squad that breaks its competition’s quota is an error');
    const lines = r.stderr.split('\n').filter((l) => l.includes(': error: '));
    assert.equal(lines.length, 2, r.stderr);
    assert.match(
      lines[0]!,
      /^test\/fixtures\/seasons\/reserves-quota\.yaml:9:\d+: error: Norte \(reserves\)'s squad lists 2 players born on or after 2010-01-01 \(under 21\): fewer than the 3 band 1 requires — the squad quota of Reservas \(competitions\[reservas\]\.eligibility\[0\]: “three under 21, one under 19, at most one older reinforcement”\)/,
    );
    assert.match(
      lines[1]!,
      /:9:\d+: error: Norte \(reserves\)'s squad lists 2 players born before 2010-01-01 \(older reinforcements\): more than the 1 band 3 allows/,
    );
    assert.doesNotMatch(r.stderr, /Sur \(reserves\)/, 'Sur keeps every band');
  });

  it('passes the squads once they keep the quotas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-quota-'));
    try {
      const file = join(dir, 'season.yaml');
      const text = readFileSync('test/fixtures/seasons/reserves-quota.yaml', 'utf8').replace(
        'squad: [ana, bea, cai, dan]',
        'squad: [ana, bea, dan, eli]',
      );
      writeFileSync(file, text);
      const r = await runCli(['validate', file]);
      assert.equal(r.code, 0, r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
