import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.ts';
import { peruApp, type TestApp } from '../http/test-app.ts';

// Peru 2014 seen from three days (../shared/data/peru2014_facts.md): the day before the first
// match (14 Feb 2014), the day before the Inca final (21 May 2014) and the day after it.
const PERU = 'examples/peru-2014';
const S = '/api/seasons/peru-2014';
const COMPETITIONS = ['torneo-del-inca', 'descentralizado', 'reservas', 'copa-peru'];

// Who won, went up, went down or scored most in 2014: none of them may be named as such before
// the season began. Team lists may name them; these are the words that would give a result away.
const RESULTS = [
  /Luis Perea/, // the Inca's top scorer
  /Santiago Silva/, // the Descentralizado's
  /first title/i,
  /primer título/i,
  /relegated[^.]*(Los Caimanes|San Simón)/i,
  /(Los Caimanes|San Simón)[^.|]*relegated/i,
  /Winners?[^|]*\|[^|]*(Alianza|Cristal|Loreto|Melgar|Universitario)/,
];

const noResultNamed = (text: string, where: string) => {
  for (const r of RESULTS) assert.doesNotMatch(text, r, `${where} gives a result away: ${r}`);
};

interface Summary {
  readonly competitions: readonly {
    readonly id: string;
    readonly champion: { team?: unknown };
    readonly runnerUp: { team?: unknown };
  }[];
  /** The API's links; the CLI's JSON lists them by kind. */
  readonly links?: readonly Link[];
  readonly qualifications?: readonly Link[];
  readonly promotions?: readonly Link[];
  readonly relegations?: readonly Link[];
  readonly adjustments?: readonly Link[];
}
interface Link {
  readonly id: string;
  readonly teams: readonly unknown[];
}

const assertNothingDecided = (s: Summary, where: string) => {
  for (const c of s.competitions) {
    assert.equal(c.champion.team ?? null, null, `${where}: a ${c.id} champion`);
    assert.equal(c.runnerUp.team ?? null, null, `${where}: a ${c.id} runner-up`);
  }
  const links = [
    ...(s.links ?? []),
    ...(s.qualifications ?? []),
    ...(s.promotions ?? []),
    ...(s.relegations ?? []),
    ...(s.adjustments ?? []),
  ];
  assert.ok(links.length >= 9, `${where}: every link of the season is listed`);
  for (const l of links) assert.deepEqual(l.teams, [], `${where}: link ${l.id} names teams`);
};

// The CLI's JSON gives a team's id, the API a reference to it.
const champion = (s: Summary, comp: string): string | undefined => {
  const team = s.competitions.find((c) => c.id === comp)?.champion.team;
  return typeof team === 'string' ? team : ((team as { id?: string } | null | undefined)?.id ?? undefined);
};

describe('Peru 2014 as of a day, on every surface', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());
  const get = async (url: string) => {
    const res = await t.app.request(url);
    assert.equal(res.status, 200, url);
    return res;
  };

  it('names no champion, qualifier, relegation or top scorer the day before the first match (CLI)', async () => {
    const summary = await runCli(['summary', PERU, '--as-of', '2014-02-13', '--json']);
    assert.equal(summary.code, 0, summary.stderr);
    assertNothingDecided(JSON.parse(summary.stdout) as Summary, 'torneo summary');
    const text = await runCli(['summary', PERU, '--as-of', '2014-02-13']);
    assert.match(text.stdout, /a fact without a date counts from its stage's end/);
    for (const comp of COMPETITIONS)
      for (const lang of ['en', 'es']) {
        const a = await runCli(['article', PERU, comp, '--as-of', '2014-02-13', '--format', 'markdown', '--lang', lang]);
        assert.equal(a.code, 0, a.stderr);
        noResultNamed(a.stdout, `article ${comp} (${lang})`);
      }
    const bracket = await runCli(['bracket', PERU, 'torneo-del-inca', '--as-of', '2014-02-13', '--json']);
    const final = JSON.parse(bracket.stdout).stages[0].rounds[0].ties[0];
    assert.equal(final.a.id ?? null, null);
    assert.equal(final.winner, null);
  });

  it('names none of them through the API and on the pages either', async () => {
    assertNothingDecided((await (await get(`${S}/summary?asOf=2014-02-13`)).json()) as Summary, 'API summary');
    for (const comp of COMPETITIONS) {
      const article = await (await get(`${S}/competitions/${comp}/article?format=markdown&asOf=2014-02-13`)).text();
      noResultNamed(article, `API article ${comp}`);
      const scorers = (await (await get(`${S}/competitions/${comp}/scorers?asOf=2014-02-13`)).json()) as {
        value?: readonly unknown[];
        reported?: readonly unknown[];
      };
      assert.deepEqual(scorers.value ?? [], [], `API scorers ${comp}`);
      assert.equal(scorers.reported, undefined, `API reported scorers ${comp}`);
    }
    for (const url of [
      '/seasons/peru-2014',
      ...COMPETITIONS.map((c) => `/seasons/peru-2014/competitions/${c}`),
      ...COMPETITIONS.map((c) => `/seasons/peru-2014/competitions/${c}/article`),
    ])
      for (const lang of ['en', 'es']) {
        const html = await (await get(`${url}?asOf=2014-02-13&lang=${lang}`)).text();
        noResultNamed(html.replace(/<[^>]+>/g, ' '), `page ${url} (${lang})`);
      }
    const season = await (await get('/seasons/peru-2014?asOf=2014-02-13&lang=en')).text();
    assert.doesNotMatch(season, /href="[^"]*teams\/alianza-lima"[^>]*>[^<]*<\/a>\s*<\/td>/, 'a champion in the infobox');
  });

  it('leaves the Inca final still to be played on 20 May 2014', async () => {
    const summary = JSON.parse((await runCli(['summary', PERU, '--as-of', '2014-05-20', '--json'])).stdout);
    assert.equal(champion(summary as Summary, 'torneo-del-inca'), undefined);
    const bracket = (await (await get(`${S}/competitions/torneo-del-inca/bracket?asOf=2014-05-20`)).json()) as {
      stages: { rounds: { ties: { a: { id?: string }; b: { id?: string }; legs: unknown[]; status: string }[] }[] }[];
    };
    const final = bracket.stages[0]!.rounds[0]!.ties[0]!;
    assert.deepEqual([final.a.id, final.b.id], ['alianza-lima', 'universidad-san-martin']);
    assert.deepEqual(final.legs, []);
    assert.equal(final.status, 'pending');
    const article = await runCli(['article', PERU, 'torneo-del-inca', '--as-of', '2014-05-20', '--format', 'markdown']);
    assert.match(
      article.stdout,
      /The final, Alianza Lima v Universidad San Martín, is still to be played \(21 May 2014\)\./,
    );
    assert.doesNotMatch(article.stdout, /first title|3–3|5–3/);
    const page = await (await get('/seasons/peru-2014?asOf=2014-05-20&lang=en')).text();
    assert.doesNotMatch(page, /first title/);
  });

  it('has Alianza Lima champion from 22 May 2014, on every surface', async () => {
    const cli = JSON.parse((await runCli(['summary', PERU, '--as-of', '2014-05-22', '--json'])).stdout) as Summary;
    assert.equal(champion(cli, 'torneo-del-inca'), 'alianza-lima');
    const api = (await (await get(`${S}/summary?asOf=2014-05-22`)).json()) as Summary;
    assert.equal(champion(api, 'torneo-del-inca'), 'alianza-lima');
    assert.equal(champion(api, 'descentralizado'), undefined, 'the Descentralizado is months away');
    const article = await runCli(['article', PERU, 'torneo-del-inca', '--as-of', '2014-05-22', '--format', 'markdown']);
    assert.match(article.stdout, /\*\*Champions\*\* \| Alianza Lima/);
    const page = await (await get('/seasons/peru-2014/competitions/torneo-del-inca/article?asOf=2014-05-22&lang=en')).text();
    assert.match(page, /Alianza Lima[^<]*<\/a>\s*\(first title\)|Alianza Lima.{0,200}first title/s);
  });

  it('counts every result the plain Inca tables count as of the last group day, undated ones included', async () => {
    const plain = await runCli(['table', PERU, 'torneo-del-inca/groups', '--json']);
    const asOf = await runCli(['table', PERU, 'torneo-del-inca/groups', '--as-of', '2014-05-18', '--json']);
    // The same tables; the recorded winners' sources, published later, are cited by id alone that day.
    const counted = (stdout: string) =>
      (JSON.parse(stdout) as { tables: Record<string, unknown>[] }).tables.map(
        ({ recorded: _recorded, recordedNotes: _notes, ...table }) => table,
      );
    assert.deepEqual(counted(asOf.stdout), counted(plain.stdout));
    const text = await runCli(['table', PERU, 'torneo-del-inca/groups', '--as-of', '2014-05-18']);
    assert.match(text.stdout, /As of 2014-05-18: results up to that day, and \d+ result\(s\) whose date is unknown/);
  });

  it("keeps Cienciano's undated −4 out of the Inca table before the group stage ended", async () => {
    const row = async (day: string) =>
      (
        JSON.parse((await runCli(['table', PERU, 'torneo-del-inca/groups/b', '--as-of', day, '--json'])).stdout) as {
          rows: { teamId: string; adjustment?: number; points: number }[];
        }
      ).rows.find((r) => r.teamId === 'cienciano');
    assert.ok(!(await row('2014-02-24'))?.adjustment, 'the February table did not show it (enlinea-2014-02-24)');
    assert.equal((await row('2014-05-18'))?.adjustment, -4);
  });
});
