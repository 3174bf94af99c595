import assert from 'node:assert/strict';
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
