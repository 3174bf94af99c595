import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

/** A made-up league (not real): Soto of Beta is sent off, then named in Beta's next line-up. */
const SEASON = `season: { id: liga-2031, name: Liga 2031 }
clubs: [{ id: alfa, name: Alfa }, { id: beta, name: Beta }]
people: [{ id: soto, name: Soto }]
competitions:
  - id: liga
    name: Liga
    teams: [alfa, beta]
    suspensions: { yellows: 5, yellowBan: 1, redBan: 2 }
    stages: [{ id: league, name: League, format: league, rounds: 2 }]
matches:
  - { competition: liga, stage: league, round: "1", date: 2031-03-01, home: alfa, away: beta, score: 1-0, cards: { away: ["Soto 70' red"] } }
  - competition: liga
    stage: league
    round: "2"
    date: 2031-03-08
    home: beta
    away: alfa
    lineups: { home: { starting: [soto, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10] } }
`;

describe('torneo suspensions and validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-bans-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'liga.yaml');
  writeFileSync(file, SEASON);

  it("lists a team's bans with what is still to serve, and warns of a banned player in a line-up", async () => {
    const r = await runCli(['suspensions', file, 'liga', '--team', 'beta']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Beta\s+Soto\s+sent off\s+liga\/league\/2031-03-01\/alfa-v-beta\s+2\s+1\s+1/);
    assert.match(
      r.stderr,
      /warning: Soto \(Beta\) is in the line-up of liga\/league\/2031-03-08\/beta-v-alfa while suspended for 2 match\(es\) for a sending-off/,
    );
    const json = JSON.parse((await runCli(['suspensions', file, 'liga', '--json'])).stdout) as {
      suspensions: { player: string; servedIn: string[] }[];
    };
    assert.deepEqual(
      json.suspensions.map((s) => [s.player, s.servedIn.length]),
      [['soto', 1]],
    );
  });

  it('validate accepts the season and warns of the banned player, with the card that banned him', async () => {
    const r = await runCli(['validate', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /suspensions: 1 ban\(s\) from cards, 1 banned player\(s\) in a line-up/);
    assert.match(
      r.stderr,
      /warning: suspensions: Soto \(Beta\) is in the line-up of .*beta-v-alfa .* in liga\/league\/2031-03-01\/alfa-v-beta/,
    );
  });

  it('says how to add the rules to a competition without them', async () => {
    const r = await runCli(['suspensions', 'examples/peru-2014', 'descentralizado']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /has no suspensions rules; add e\.g\. suspensions: \{ yellows: 5/);
  });
});
