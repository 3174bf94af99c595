import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OpenApiValidator } from './openapi-validator.ts';
import { peruApp, type TestApp } from './test-app.ts';

const FINAL = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
const S = '/api/seasons/peru-2014';

describe('the read API, checked against its own OpenAPI document', () => {
  let t: TestApp;
  let v: OpenApiValidator;
  before(async () => {
    t = await peruApp();
    const res = await t.app.request('/openapi.json');
    assert.equal(res.status, 200);
    v = new OpenApiValidator(await res.json());
  });
  after(() => t.close());

  const get = async (template: string, url: string, status = 200) => {
    const res = await t.app.request(url);
    assert.equal(res.status, status, `${url}: ${res.status}`);
    return v.check('get', template, res) as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('serves an OpenAPI 3.1 document that lists every endpoint, and a docs page', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(Object.keys(doc.paths).length >= 17, Object.keys(doc.paths).join(', '));
    const docs = await t.app.request('/docs');
    assert.equal(docs.status, 200);
    const page = await docs.text();
    assert.match(page, /openapi\.json/);
    assert.doesNotMatch(page, /(src|href)="(https?:)?\/\//, 'nothing is loaded from another host');
    for (const path of Object.keys(doc.paths))
      assert.ok(page.includes(`<code>${path}</code>`), `the page documents ${path}`);
    assert.match(page, /<code class="prop">expectedVersion<\/code>/, 'request bodies field by field');
    assert.match(page, /curl -X PUT/, 'with an example request');
  });

  it('lists the seasons and describes one', async () => {
    const list = await get('/api/seasons', '/api/seasons');
    assert.deepEqual(
      list.seasons.map((s: { id: string }) => s.id),
      ['peru-2014'],
    );
    const season = await get('/api/seasons/{season}', S);
    assert.equal(season.name, '2014 Peruvian football season');
    assert.ok(season.competitions.some((c: { id: string }) => c.id === 'torneo-del-inca'));
  });

  it('lists competitions and describes one with its groups', async () => {
    const list = await get('/api/seasons/{season}/competitions', `${S}/competitions`);
    assert.equal(list.competitions.length, 4);
    const inca = await get(
      '/api/seasons/{season}/competitions/{competition}',
      `${S}/competitions/torneo-del-inca`,
    );
    assert.deepEqual(
      inca.stages[0].groups.map((g: { id: string }) => g.id),
      ['a', 'b'],
    );
  });

  it('marks a table computed from incomplete results: partial, what it counts and misses, in words in the language asked', async () => {
    const template = '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables';
    const url = `${S}/competitions/torneo-del-inca/stages/groups/tables`;
    const en = (await get(template, `${url}?lang=en`)).tables.find((x: { group: string }) => x.group === 'a');
    assert.equal(en.partial, true);
    assert.equal(en.certainty, 'partial', 'the group stage of 2014 is over: not provisional');
    assert.deepEqual(
      [
        en.completeness.withResult,
        en.completeness.resultUnknown,
        en.completeness.notRecorded,
        en.completeness.expected,
      ],
      [4, 6, 46, 56],
    );
    assert.deepEqual(en.warnings, [
      'Incomplete table: the stage is over, but only 4 of 56 matches have a recorded result.',
      '6 matches were played but their results are not known; the table cannot count them.',
      '46 of the 56 matches are not recorded at all (neither date nor result).',
    ]);
    const es = (await get(template, `${url}?lang=es`)).tables[0];
    assert.match(es.warnings[0], /la fase terminó, pero solo 4 de 56 partidos tienen resultado registrado/);
    // The group winner a source recorded, with its sources, as data and in words.
    assert.equal(en.recorded[0].winner.id, 'alianza-lima');
    assert.deepEqual(
      en.recorded[0].sources.map((x: { id: string }) => x.id),
      ['S1', 'S4', 'S8', 'S11', 'S12'],
    );
    assert.match(
      en.recordedNotes[0],
      /^Recorded \(sources: 2014 Torneo del Inca .*\): winner Alianza Lima\.$/,
    );
    assert.match(es.recordedNotes[0], /^Registrado \(fuentes: .*\): primero Alianza Lima\.$/);
    assert.equal(en.outcomeOnly, false);
    const dept = await get(template, `${S}/competitions/copa-peru/stages/departmental/tables`);
    assert.equal(dept.tables.length, 25);
    for (const x of dept.tables) {
      assert.equal(x.outcomeOnly, true, `${x.group}: known only by its outcome`);
      assert.ok(x.recorded[0].qualified.length >= 2, `${x.group}: who went through, as recorded`);
    }
    const early = (await get(template, `${url}?asOf=2014-03-01`)).tables[0];
    assert.equal(early.certainty, 'provisional', 'as of 1 March the group stage was still being played');
    assert.equal(early.completeness.stageOver, false);
  });

  it('gives a stage with its tables, and the tables as of a day, home or away', async () => {
    const stage = await get(
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}',
      `${S}/competitions/torneo-del-inca/stages/groups`,
    );
    assert.equal(stage.tables.length, 2);
    const tables = await get(
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
      `${S}/competitions/torneo-del-inca/stages/groups/tables?asOf=2014-03-01&side=home`,
    );
    assert.equal(tables.tables[0].side, 'home');
    assert.equal(tables.tables[0].asOf, '2014-03-01');
    const b = tables.tables.find((x: { group: string }) => x.group === 'b');
    assert.ok(b.rows.every((r: { home: { played: number }; played: number }) => r.home.played <= r.played));
  });

  it('gives the tie-breaks of a table as data, and in words in the language asked for', async () => {
    const url = `${S}/competitions/torneo-del-inca/stages/groups/tables`;
    const template = '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables';
    const english = await get(template, url);
    const a = english.tables.find((x: { group: string }) => x.group === 'a');
    assert.deepEqual(a.tieBreaks[0], {
      kind: 'split',
      criterion: 'goal_difference',
      place: 3,
      groups: [
        [{ id: 'alianza-lima', name: 'Alianza Lima', code: 'ALI' }],
        [{ id: 'union-comercio', name: 'Unión Comercio', code: 'UCO' }],
      ],
    });
    assert.equal(a.notes[0], 'Alianza Lima > Unión Comercio on goal difference');
    assert.ok(a.tieBreaks.some((n: { kind: string; place: number }) => n.kind === 'level' && n.place === 5));
    assert.ok(
      a.notes.includes('Real Garcilaso, San Simón and Inti Gas level on every criterion: they share place 5'),
    );
    const spanish = await get(template, `${url}?lang=es`);
    assert.deepEqual(spanish.tables.find((x: { group: string }) => x.group === 'a').notes, [
      'Alianza Lima > Unión Comercio por diferencia de goles',
      'Real Garcilaso = San Simón = Inti Gas > Juan Aurich por diferencia de goles',
      'Real Garcilaso, San Simón y Inti Gas igualados en todos los criterios: comparten el puesto 5',
    ]);
    const asked = await t.app.request(url, { headers: { 'Accept-Language': 'es-PE,es;q=0.9' } });
    const byHeader = (await v.check('get', template, asked)) as { tables: { notes: string[] }[] };
    assert.match(
      byHeader.tables[0]!.notes[0]!,
      /por diferencia de goles/,
      'Accept-Language when lang is not given',
    );
  });

  it('says how many played results are unknown instead of counting them as zero', async () => {
    const tables = await get(
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
      `${S}/competitions/torneo-del-inca/stages/groups/tables`,
    );
    assert.ok(tables.tables.some((x: { resultsUnknown: number }) => x.resultsUnknown > 0));
    const fixtures = await get(
      '/api/seasons/{season}/competitions/{competition}/fixtures',
      `${S}/competitions/torneo-del-inca/fixtures?known=false`,
    );
    assert.ok(fixtures.matches.length > 0);
    assert.ok(fixtures.matches.every((m: { result?: unknown }) => m.result === undefined));
  });

  it('draws the final as a bracket: Alianza Lima through on penalties', async () => {
    const bracket = await get(
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}/bracket',
      `${S}/competitions/torneo-del-inca/stages/final/bracket`,
    );
    const tie = bracket.rounds[0].ties[0];
    assert.equal(tie.winner, 'alianza-lima');
    assert.equal(tie.decidedBy, 'penalties');
    assert.equal(bracket.winner.team.id, 'alianza-lima');
  });

  it('gives the final with its timeline and the shoot-out kick by kick', async () => {
    const m = await get('/api/seasons/{season}/matches/{match}', `${S}/matches/${encodeURIComponent(FINAL)}`);
    assert.deepEqual(m.result.penalties, { home: 5, away: 3 });
    assert.equal(m.shootout.length, 9);
    assert.equal(m.shootout[5].outcome, 'saved');
    assert.deepEqual(m.shootout.at(-1).score, { home: 5, away: 3 });
    assert.equal(
      m.events.filter((e: { type: string }) => e.type.includes('goal') || e.type === 'penalty').length,
      6,
    );
    assert.equal(m.version, 1);
  });

  it('gives fixtures filtered by stage and team', async () => {
    const f = await get(
      '/api/seasons/{season}/competitions/{competition}/fixtures',
      `${S}/competitions/torneo-del-inca/fixtures?stage=groups&team=alianza-lima`,
    );
    assert.ok(f.matches.length > 0);
    assert.ok(
      f.matches.every(
        (m: { home: { id: string }; away: { id: string } }) =>
          m.home.id === 'alianza-lima' || m.away.id === 'alianza-lima',
      ),
    );
  });

  it('gives scorers and statistics, saying when they are not final', async () => {
    const scorers = await get(
      '/api/seasons/{season}/competitions/{competition}/scorers',
      `${S}/competitions/torneo-del-inca/scorers`,
    );
    assert.notEqual(
      scorers.basis,
      'derived',
      'the Inca has results not known, so the scorers cannot be derived',
    );
    const stats = await get(
      '/api/seasons/{season}/competitions/{competition}/statistics',
      `${S}/competitions/torneo-del-inca/statistics`,
    );
    assert.equal(stats.competition, 'torneo-del-inca');
    assert.ok(['reported', 'partial', 'unknown'].includes(stats.goals.basis));
  });

  it('gives the summary: champions and the links applied', async () => {
    const s = await get('/api/seasons/{season}/summary', `${S}/summary`);
    assert.equal(
      s.competitions.find((c: { id: string }) => c.id === 'torneo-del-inca').champion.team.id,
      'alianza-lima',
    );
    assert.ok(s.links.some((l: { status: string }) => l.status === 'applied' || l.status === 'recorded'));
  });

  it('gives a team with its matches and positions over time', async () => {
    const team = await get('/api/seasons/{season}/teams/{team}', `${S}/teams/universidad-san-martin`);
    assert.equal(team.team.name, 'Universidad San Martín');
    assert.ok(team.positions.some((p: { points: unknown[] }) => p.points.length > 0));
  });

  it('gives the season article as wikitext, Markdown or HTML, in English or Spanish', async () => {
    const wiki = await t.app.request(`${S}/competitions/torneo-del-inca/article`);
    assert.equal(wiki.status, 200);
    assert.match(wiki.headers.get('Content-Type') ?? '', /^text\/plain/);
    assert.match(await wiki.text(), /\{\{Infobox football league season/);
    const html = await t.app.request(`${S}/competitions/torneo-del-inca/article?format=html&lang=es`);
    assert.match(html.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.match(await html.text(), /<article lang="es">/);
    const refused = await get(
      '/api/seasons/{season}/competitions/{competition}/article',
      `${S}/competitions/torneo-del-inca/article?format=pdf`,
      400,
    );
    assert.equal(refused.error.issues[0].path, 'format');
  });

  it('gives the history of one fact', async () => {
    const h = await get(
      '/api/seasons/{season}/facts/{kind}/{key}',
      `${S}/facts/match/${encodeURIComponent(FINAL)}`,
    );
    assert.equal(h.facts[0].action, 'record');
  });

  it('answers what it does not have with 404 and says what was not found', async () => {
    for (const [template, url] of [
      ['/api/seasons/{season}', '/api/seasons/peru-1914'],
      ['/api/seasons/{season}/competitions/{competition}', `${S}/competitions/copa-america`],
      [
        '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
        `${S}/competitions/torneo-del-inca/stages/final/tables`,
      ],
      ['/api/seasons/{season}/matches/{match}', `${S}/matches/no-such-match`],
      ['/api/seasons/{season}/teams/{team}', `${S}/teams/boca-juniors`],
    ] as const) {
      const body = await get(template, url, 404);
      assert.equal(body.error.code, 'not_found');
    }
  });

  it('refuses a malformed query with 400 naming the parameter', async () => {
    const body = await get(
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
      `${S}/competitions/torneo-del-inca/stages/groups/tables?asOf=7-May`,
      400,
    );
    assert.deepEqual(
      body.error.issues.map((i: { in: string; path: string }) => `${i.in}:${i.path}`),
      ['query:asOf'],
    );
  });

  it('answers a repeated read with 304 when nothing changed (ETag)', async () => {
    const first = await t.app.request(`${S}/competitions/torneo-del-inca/stages/groups/tables`);
    const tag = first.headers.get('ETag');
    assert.ok(tag);
    const again = await t.app.request(`${S}/competitions/torneo-del-inca/stages/groups/tables`, {
      headers: { 'If-None-Match': tag },
    });
    assert.equal(again.status, 304);
    const list = await t.app.request('/api/seasons');
    const again2 = await t.app.request('/api/seasons', {
      headers: { 'If-None-Match': list.headers.get('ETag')! },
    });
    assert.equal(again2.status, 304);
  });

  it('allows browsers on other origins to read (CORS)', async () => {
    const res = await t.app.request(`${S}`, { headers: { Origin: 'https://example.org' } });
    assert.equal(res.headers.get('Access-Control-Allow-Origin'), '*');
    const pre = await t.app.request(`${S}/facts`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/i);
  });
});
