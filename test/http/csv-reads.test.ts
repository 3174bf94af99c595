import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { peruApp, type TestApp } from './test-app.ts';

const TABLES = '/api/seasons/peru-2014/competitions/torneo-del-inca/stages/groups/tables';
const FIXTURES = '/api/seasons/peru-2014/competitions/torneo-del-inca/fixtures';

describe('tables and fixtures as CSV over the API', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(url, { headers });
    return { res, text: await res.text() };
  };

  it('gives the tables of a stage as CSV with ?format=csv, the same rows as the JSON', async () => {
    const { res, text } = await get(`${TABLES}?format=csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', /^text\/csv; charset=utf-8/);
    const lines = text.trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'competition,stage,group,position,team,team_id,played,won,drawn,lost,goals_for,goals_against,goal_difference,points,adjustment',
    );
    const json = (await (await t.app.request(TABLES)).json()) as {
      tables: { group?: string; rows: { position: number; team: { id: string }; points: number }[] }[];
    };
    const rows = json.tables.flatMap((tb) => tb.rows.map((r) => [tb.group, r.position, r.team.id, r.points]));
    assert.equal(lines.length - 1, rows.length);
    const csvRows = lines.slice(1).map((l) => l.split(','));
    for (const [i, [group, position, team, points]] of rows.entries()) {
      const row = csvRows[i]!;
      assert.deepEqual([row[2], Number(row[3]), row[5], Number(row[13])], [group, position, team, points]);
    }
  });

  it('answers Accept: text/csv with CSV, and a browser that accepts anything with JSON', async () => {
    const csv = await get(TABLES, { Accept: 'text/csv' });
    assert.match(csv.res.headers.get('Content-Type') ?? '', /^text\/csv/);
    assert.match(csv.res.headers.get('Vary') ?? '', /\bAccept\b/);
    const browser = await get(TABLES, { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    assert.match(browser.res.headers.get('Content-Type') ?? '', /^application\/json/);
    const preferred = await get(TABLES, { Accept: 'application/json, text/csv;q=0.5' });
    assert.match(preferred.res.headers.get('Content-Type') ?? '', /^application\/json/);
  });

  it('gives the fixtures of a competition as CSV, goals in columns of their own, empty when unknown', async () => {
    const { res, text } = await get(`${FIXTURES}?format=csv&stage=final`);
    assert.equal(res.status, 200);
    const [header, ...rows] = text.trimEnd().split('\r\n');
    const cols = header!.split(',');
    assert.equal(rows.length, 1);
    const final = Object.fromEntries(rows[0]!.split(',').map((v, i) => [cols[i], v]));
    // The 2014 Torneo del Inca final: 2–2, 3–3 after extra time, 5–3 on penalties (seed 000).
    assert.deepEqual(
      [final.date, final.home_id, final.away_id, final.status, final.home_goals, final.away_goals],
      ['2014-05-21', 'alianza-lima', 'universidad-san-martin', 'played', '2', '2'],
    );
    assert.deepEqual(
      [final.home_goals_aet, final.away_goals_aet, final.home_penalties, final.away_penalties],
      ['3', '3', '5', '3'],
    );
    const all = await get(`${FIXTURES}?format=csv`);
    const unknown = all.text.split('\r\n').filter((l) => l.includes(',played,,,'));
    assert.ok(unknown.length > 0, 'a played match whose score nobody knows has empty goal cells, never 0');
  });

  it('documents the CSV form of both reads in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<
        string,
        { get: { parameters: { name: string }[]; responses: { 200: { content: object } } } }
      >;
    };
    for (const path of [
      '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
      '/api/seasons/{season}/competitions/{competition}/fixtures',
    ]) {
      const get = doc.paths[path]!.get;
      assert.ok('text/csv' in get.responses[200].content, path);
      assert.ok(
        get.parameters.some((p) => p.name === 'format'),
        path,
      );
    }
  });
});
