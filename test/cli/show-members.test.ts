// Who is in each Copa Perú stage (seed 001: the departmental qualifiers, the regions by
// department): `show`, `table` and the API count the same teams, whether a group lists them or
// they follow from its departments' qualifiers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { peruApp, type TestApp } from '../http/test-app.ts';
import { runCli } from './run-cli.ts';

const PERU = 'examples/peru-2014';

interface StageJson {
  readonly id: string;
  readonly groups: number;
  readonly teams: number;
  readonly unknown: readonly string[];
  readonly expectedMatches?: number;
}

const copaStages = async (): Promise<StageJson[]> => {
  const r = await runCli(['show', PERU, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { competitions: { id: string; stages: StageJson[] }[] };
  return json.competitions.find((c) => c.id === 'copa-peru')!.stages;
};

describe('torneo show counts the teams of groups filled by the rules', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  it('counts the 54 qualifiers in the eight regions, as table ranks them and the API lists them', async () => {
    const regional = (await copaStages()).find((s) => s.id === 'regional')!;
    assert.deepEqual([regional.groups, regional.teams], [8, 54]);
    assert.ok(!regional.unknown.some((u) => /no known teams/.test(u)), regional.unknown.join('; '));

    const table = await runCli(['table', PERU, 'copa-peru/regional', '--json']);
    assert.equal(table.code, 0, table.stderr);
    const tables = (JSON.parse(table.stdout) as { tables: { group: string; rows: { teamId: string }[] }[] })
      .tables;
    const res = await t.app.request('/api/seasons/peru-2014/competitions/copa-peru');
    assert.equal(res.status, 200);
    const brief = (await res.json()) as {
      stages: { id: string; groups: { id: string; teams: { id: string }[] }[] }[];
    };
    const api = brief.stages.find((s) => s.id === 'regional')!.groups;
    for (const g of tables)
      assert.deepEqual(
        api.find((x) => x.id === g.group)!.teams.map((x) => x.id),
        g.rows.map((r) => r.teamId),
        g.group,
      );
    // Region IV is a knockout: no table, but its four clubs are in the API's list.
    assert.deepEqual(
      api
        .find((x) => x.id === 'region-4')!
        .teams.map((x) => x.id)
        .sort(),
      ['adebami', 'america-latina', 'aurora-chancayllo', 'juventud-america'],
    );
    assert.equal(api.flatMap((g) => g.teams).length, 54);
  });

  it('counts the departmental groups by the clubs they sent on, without guessing their matches', async () => {
    const departmental = (await copaStages()).find((s) => s.id === 'departmental')!;
    assert.deepEqual([departmental.groups, departmental.teams], [25, 54]);
    assert.equal(departmental.expectedMatches, undefined);
    assert.ok(departmental.unknown.some((u) => /known only by the teams that went through/.test(u)));
  });

  it('says a stage nobody recorded anything of is so, instead of counting 0 of 0 results', async () => {
    const district = (await copaStages()).find((s) => s.id === 'district')!;
    assert.deepEqual([district.groups, district.teams, district.expectedMatches], [0, 0, undefined]);
    assert.deepEqual(district.unknown, ['no group, team or result recorded']);
  });
});
