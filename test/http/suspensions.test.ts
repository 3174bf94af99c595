import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/http/app.ts';
import { sha256Hex, TokenRegistry } from '../../src/http/auth/token-registry.ts';
import { FactBus } from '../../src/live/fact-bus.ts';
import { SeasonCatalog } from '../../src/live/season-catalog.ts';
import { syncSeasonFiles } from '../../src/serve/sync-season-files.ts';
import { openStore, type SeasonStore } from '../../src/storage/index.ts';
import { errorPage } from '../../src/web/pages/error-page.ts';
import { mountWeb } from '../../src/web/web-routes.ts';
import { OpenApiValidator } from './openapi-validator.ts';
import { bearer } from './test-app.ts';

/**
 * A made-up league (not real). Soto of Beta is sent off in round 1 (two matches' ban) and named in
 * Beta's round-2 line-up; Ruiz of Alfa collects two yellows (the rule here: two ban for one).
 * The cup has no suspensions rules.
 */
const SEASON = `season: { id: liga-2031, name: Liga 2031 }
clubs: [{ id: alfa, name: Alfa }, { id: beta, name: Beta }, { id: gama, name: Gama }]
people: [{ id: soto, name: Soto }, { id: ruiz, name: Ruiz }, { id: vera, name: Vera }]
competitions:
  - id: liga
    name: Liga
    teams: [alfa, beta, gama]
    suspensions: { yellows: 2, yellowBan: 1, redBan: 2 }
    stages: [{ id: league, name: League, format: league, rounds: 2 }]
  - id: copa
    name: Copa
    teams: [alfa, beta]
    stages: [{ id: cup, name: Cup, format: league, rounds: 1 }]
matches:
  - { competition: liga, stage: league, round: "1", date: 2031-03-01, home: alfa, away: beta, score: 1-0, cards: { home: ["Ruiz 10' yellow"], away: ["Soto 70' red"] } }
  - { competition: liga, stage: league, round: "2", date: 2031-03-08, home: beta, away: gama }
  - { competition: liga, stage: league, round: "3", date: 2031-03-15, home: gama, away: alfa, score: 0-0, cards: { away: ["Ruiz 30' yellow"] } }
  - { competition: liga, stage: league, round: "4", date: 2031-03-22, home: beta, away: alfa }
  - { competition: liga, stage: league, round: "5", date: 2031-03-29, home: alfa, away: gama }
`;
const S = '/api/seasons/liga-2031';
const ROUND_2 = 'liga/league/2031-03-08/beta-v-gama';
const TOKEN = 'liga-admin-token';
const LINEUP = { home: { starting: ['soto', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10'] } };

interface Ban {
  competition: string;
  player: { id: string; name: string };
  team: { id: string };
  reason: string;
  after: { id: string };
  matches: number;
  servedIn: { id: string }[];
  served: number;
  toServe: number;
}

describe('suspensions over HTTP: read per competition and team, checked on every line-up written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-bans-http-'));
  let store: SeasonStore;
  let app: ReturnType<typeof createApp>;
  let v: OpenApiValidator;
  before(async () => {
    writeFileSync(join(dir, 'liga.yaml'), SEASON);
    store = openStore(':memory:');
    await store.migrate();
    await syncSeasonFiles(store, join(dir, 'liga.yaml'), {
      author: 'test-loader',
      recordedAt: new Date('2030-01-01T00:00:00Z'),
    });
    const catalog = new SeasonCatalog(store, new FactBus());
    const tokens = new TokenRegistry({
      version: 2,
      tokens: [
        {
          name: 'liga-admin',
          sha256: sha256Hex(TOKEN),
          grants: [{ season: 'liga-2031', competition: '*', role: 'admin' }],
        },
      ],
    });
    let clock = Date.parse('2031-04-01T00:00:00Z');
    const nowMs = () => (clock += 1000);
    app = createApp({ catalog, tokens, nowMs }, { errorPage });
    mountWeb(app, { catalog, tokens, defaultSeason: 'liga-2031', nowMs });
    v = new OpenApiValidator(await (await app.request('/openapi.json')).json());
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const SUSPENSIONS = '/api/seasons/{season}/competitions/{competition}/suspensions';

  it("lists the competition's bans with the match that brought each, what serves it and what is left", async () => {
    const res = await app.request(`${S}/competitions/liga/suspensions`);
    assert.equal(res.status, 200);
    const body = (await v.check('get', SUSPENSIONS, res)) as { rules: unknown; suspensions: Ban[] };
    assert.deepEqual(body.rules, { yellows: 2, yellowBan: 1, redBan: 2 });
    const soto = body.suspensions.find((b) => b.player.id === 'soto')!;
    assert.equal(soto.reason, 'red');
    assert.equal(soto.team.id, 'beta');
    assert.equal(soto.after.id, 'liga/league/2031-03-01/alfa-v-beta');
    assert.deepEqual(
      soto.servedIn.map((m) => m.id),
      [ROUND_2, 'liga/league/2031-03-22/beta-v-alfa'],
    );
    // Neither of Beta's next two matches has been played: both are still to serve.
    assert.deepEqual([soto.matches, soto.served, soto.toServe], [2, 0, 2]);
    const ruiz = body.suspensions.find((b) => b.player.id === 'ruiz')!;
    assert.equal(ruiz.reason, 'yellows');
    assert.equal(ruiz.after.id, 'liga/league/2031-03-15/gama-v-alfa');
    assert.deepEqual([ruiz.matches, ruiz.toServe], [1, 1]);
  });

  it('narrows to one team with ?team=, says 404 for a team the season does not have', async () => {
    const beta = (await v.check(
      'get',
      SUSPENSIONS,
      await app.request(`${S}/competitions/liga/suspensions?team=beta`),
    )) as {
      suspensions: Ban[];
    };
    assert.deepEqual(
      beta.suspensions.map((b) => b.player.id),
      ['soto'],
    );
    const missing = await app.request(`${S}/competitions/liga/suspensions?team=betta`);
    assert.equal(missing.status, 404);
    assert.match(JSON.stringify(await missing.json()), /team 'betta'/);
  });

  it('answers a competition without rules with no rules and no bans', async () => {
    const res = await app.request(`${S}/competitions/copa/suspensions`);
    const body = (await v.check('get', SUSPENSIONS, res)) as { rules?: unknown; suspensions: Ban[] };
    assert.equal(res.status, 200);
    assert.equal(body.rules, undefined);
    assert.deepEqual(body.suspensions, []);
  });

  it("gives a team's bans with the team", async () => {
    const res = await app.request(`${S}/teams/alfa`);
    const body = (await v.check('get', '/api/seasons/{season}/teams/{team}', res)) as { suspensions: Ban[] };
    assert.deepEqual(
      body.suspensions.map((b) => `${b.competition}:${b.player.name}:${b.toServe}`),
      ['liga:Ruiz:1'],
    );
  });

  it("shows a team's bans on its page, in the page's language", async () => {
    const en = await (await app.request('/seasons/liga-2031/teams/beta?lang=en')).text();
    assert.match(en, /<h2 id="suspensions">Suspensions<\/h2>/);
    assert.match(en, /Liga: 2 yellow cards ban for 1 match, a sending-off for 2\./);
    assert.match(en, /<th scope="row" class="text">Soto<\/th>\s*<td class="text">\s*sent off\s*<\/td>/);
    const es = await (await app.request('/seasons/liga-2031/teams/beta?lang=es')).text();
    assert.match(es, /<h2 id="suspensions">Suspensiones<\/h2>/);
    assert.match(es, /expulsado/);
    assert.match(es, /Liga: 2 tarjetas amarillas suspenden 1 partido; una expulsión, 2\./);
    const gama = await (await app.request('/seasons/liga-2031/teams/gama?lang=en')).text();
    assert.match(gama, /No player of this team has been banned by cards\./);
  });

  it('refuses a line-up naming a banned player (400 at the line-up, saying who and why), and takes it with a reason', async () => {
    const url = `${S}/matches/${encodeURIComponent(ROUND_2)}/result`;
    const refused = await app.request(url, {
      method: 'PUT',
      headers: bearer(TOKEN),
      body: JSON.stringify({ score: '1-1', lineups: LINEUP }),
    });
    assert.equal(refused.status, 400);
    const body = (await v.check('put', '/api/seasons/{season}/matches/{match}/result', refused)) as {
      error: { issues: { path: string; message: string }[] };
    };
    assert.deepEqual(
      body.error.issues.map((i) => i.path),
      ['lineups.home'],
    );
    assert.match(
      body.error.issues[0]!.message,
      /Soto \(Beta\) is in the line-up of liga\/league\/2031-03-08\/beta-v-gama while suspended for 2 match\(es\) for a sending-off in liga\/league\/2031-03-01\/alfa-v-beta; if he did play, write the line-up again with a reason/,
    );
    const history = (await (await app.request(`${S}/facts/match/${encodeURIComponent(ROUND_2)}`)).json()) as {
      facts: unknown[];
    };
    assert.equal(history.facts.length, 1, 'nothing was written');

    const taken = await app.request(url, {
      method: 'PUT',
      headers: bearer(TOKEN),
      body: JSON.stringify({
        score: '1-1',
        lineups: LINEUP,
        reason: 'Soto played although suspended (report)',
      }),
    });
    assert.equal(taken.status, 201, await taken.text());
    const bans = (await (await app.request(`${S}/competitions/liga/suspensions?team=beta`)).json()) as {
      suspensions: Ban[];
      inLineups: { player: { id: string }; match: { id: string } }[];
    };
    assert.deepEqual(
      bans.inLineups.map((x) => `${x.player.id}@${x.match.id}`),
      [`soto@${ROUND_2}`],
    );
    assert.deepEqual([bans.suspensions[0]!.served, bans.suspensions[0]!.toServe], [1, 1]);
  });

  it('takes a line-up without banned players, and a correction of a result whose line-up was taken before', async () => {
    const url = `${S}/matches/${encodeURIComponent('liga/league/2031-03-29/alfa-v-gama')}/result`;
    const res = await app.request(url, {
      method: 'PUT',
      headers: bearer(TOKEN),
      body: JSON.stringify({
        score: '2-0',
        lineups: {
          home: { starting: ['ruiz', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'] },
        },
      }),
    });
    // Ruiz's ban is served in Alfa's round-4 match, still to play: in round 5 he is free.
    assert.equal(res.status, 201, await res.text());
    const corrected = await app.request(`${S}/matches/${encodeURIComponent(ROUND_2)}/result`, {
      method: 'PUT',
      headers: bearer(TOKEN),
      body: JSON.stringify({ score: '2-1', lineups: LINEUP, reason: 'the score was 2-1' }),
    });
    assert.equal(corrected.status, 201, await corrected.text());
  });
});
