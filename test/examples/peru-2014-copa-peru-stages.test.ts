// The 2014 Copa Perú through the engine, stage by stage: the regions by department (seed 001),
// their own formats, the national round of 16 from the regional places and its results
// (rpp-740652: "Defensor La Bocana 2-0 Sport Rosario … Ida: 1-1 Global: 3-1", "Unión Pichanaki
// 2 (4)-0 (2) Defensor Zarumilla … Global: 2-2"), Sport Loreto's path (S45) and Defensor
// Bolívar's exclusion (seed 001, Region I).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.ts';
import { clubNamed, peru2014Doc } from './peru-2014-season.ts';

const PERU = 'examples/peru-2014';

interface Side {
  readonly id: string | null;
  readonly name: string | null;
}
interface Tie {
  readonly id: string;
  readonly a: Side;
  readonly b: Side;
  readonly aggregate: string | null;
  readonly winner: string | null;
  readonly decidedBy: string | null;
  readonly status: string;
  readonly reason?: string;
  readonly penalties?: string;
}
interface Stage {
  readonly id: string;
  readonly kind: string;
  readonly entrants?: readonly Side[];
  readonly rounds: readonly { readonly id: string; readonly ties: readonly Tie[] }[];
}

const bracket = async (target: string): Promise<Stage[]> => {
  const r = await runCli(['bracket', PERU, target, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { stages: Stage[] }).stages;
};

// seed 001, "Regional Stage": which departments each region gathers.
const REGION_OF: Readonly<Record<string, number>> = {
  Amazonas: 1, Lambayeque: 1, Tumbes: 1, Piura: 1,
  Ancash: 2, Cajamarca: 2, 'La Libertad': 2, 'San Martín': 2,
  Loreto: 3, Ucayali: 3,
  Lima: 4, Callao: 4,
  Junín: 5, Pasco: 5, Huánuco: 5,
  Ayacucho: 6, Huancavelica: 6, Ica: 6,
  Arequipa: 7, Moquegua: 7, Tacna: 7,
  Apurímac: 8, Cusco: 8, 'Madre de Dios': 8, Puno: 8,
};
const regionOf = (id: string) => REGION_OF[peru2014Doc().clubs.find((c) => c.id === id)?.department ?? ''];

// rpp-740652: the eight clubs through to the quarter-finals.
const QUARTER_FINALISTS = [
  'Defensor La Bocana', 'Cristal Tumbes', 'Aurora Chancayllo', 'Sport Loreto',
  'Sport Aguila', 'Unión Pichanaki', 'Sportivo Cariocos', 'Unión Fuerza Minera',
];

describe('Peru 2014 example: the Copa Perú stage by stage', () => {
  it('builds the national round of 16 from the regional places: two clubs of each region, regions I–II, III–IV, V–VI, VII–VIII', async () => {
    const [national] = await bracket('copa-peru/national');
    const r16 = national!.rounds.find((r) => r.id === 'round-of-16')!;
    assert.equal(r16.ties.length, 8);
    const teams = r16.ties.flatMap((t) => [t.a.id!, t.b.id!]);
    assert.equal(new Set(teams).size, 16);
    for (let region = 1; region <= 8; region++)
      assert.equal(teams.filter((t) => regionOf(t) === region).length, 2, `region ${region}`);
    for (const t of r16.ties) {
      const pair = [regionOf(t.a.id!), regionOf(t.b.id!)].sort();
      assert.equal(pair[1]! - pair[0]!, 1, t.id);
      assert.equal(pair[0]! % 2, 1, t.id);
      assert.equal(t.status, 'decided', t.id);
    }
    assert.deepEqual(
      r16.ties.map((t) => t.winner),
      QUARTER_FINALISTS.map((n) => clubNamed(n).id),
    );
    const bocana = r16.ties.find((t) => t.b.name === 'Defensor La Bocana')!;
    assert.deepEqual([bocana.aggregate, bocana.decidedBy], ['1-3', 'aggregate']);
    const pichanaki = r16.ties.find((t) => t.b.name === 'Unión Pichanaki')!;
    assert.deepEqual([pichanaki.aggregate, pichanaki.penalties, pichanaki.decidedBy], ['2-2', '2-4', 'penalties']);
  });

  it('derives the quarter-finals from the round of 16, Sport Loreto through on away goals (S45)', async () => {
    const [national] = await bracket('copa-peru/national');
    const qf = national!.rounds.find((r) => r.id === 'quarter-finals')!;
    assert.deepEqual(
      qf.ties.map((t) => [t.a.name, t.b.name]),
      [
        ['Defensor La Bocana', 'Cristal Tumbes'],
        ['Aurora Chancayllo', 'Sport Loreto'],
        ['Sport Aguila', 'Unión Pichanaki'],
        ['Sportivo Cariocos', 'Unión Fuerza Minera'],
      ],
    );
    const loreto = qf.ties[1]!;
    assert.deepEqual([loreto.aggregate, loreto.winner, loreto.decidedBy], ['1-1', 'sport-loreto', 'away_goals']);
  });

  it('plays Region IV as a knockout of its four Lima and Callao clubs, with no table', async () => {
    const stages = await bracket('copa-peru/regional');
    const region4 = stages.find((s) => s.id === 'regional/region-4')!;
    assert.equal(region4.kind, 'group');
    assert.deepEqual(
      region4.entrants?.map((e) => e.id).sort(),
      ['adebami', 'america-latina', 'aurora-chancayllo', 'juventud-america'],
    );
    assert.deepEqual(region4.rounds.map((r) => r.id), ['semi-finals', 'final']);
    const table = await runCli(['table', PERU, 'copa-peru/regional/region-4']);
    assert.notEqual(table.code, 0);
    assert.match(table.stderr, /played as a knockout/);
    const text = await runCli(['bracket', PERU, 'copa-peru/regional']);
    assert.match(text.stdout, /== Region IV ==\nEntrants: Aurora Chancayllo, Juventud América, ADEBAMI, América Latina\nSemi-finals · Regional final: to be decided/);
  });

  it('ranks the other regions as round robins, each sending its two recorded qualifiers on', async () => {
    const table = await runCli(['table', PERU, 'copa-peru/regional', '--json']);
    assert.equal(table.code, 0, table.stderr);
    const groups = (JSON.parse(table.stdout) as { tables: { group: string }[] }).tables.map((t) => t.group);
    assert.deepEqual(groups, ['region-1', 'region-2', 'region-3', 'region-5', 'region-6', 'region-7', 'region-8']);
  });

  it('shows Defensor Bolívar’s exclusion in the bracket with its reason', async () => {
    const [playoffs] = await bracket('copa-peru/regional-playoffs');
    const tie = playoffs!.rounds[0]!.ties[0]!;
    assert.deepEqual([tie.a.id, tie.b.id], ['defensor-bolivar', 'defensor-la-bocana']);
    assert.deepEqual([tie.winner, tie.decidedBy, tie.status], ['defensor-la-bocana', 'exclusion', 'decided']);
    assert.match(tie.reason ?? '', /unsportsmanlike conduct/);
    const text = await runCli(['bracket', PERU, 'copa-peru/regional-playoffs']);
    assert.match(text.stdout, /Defensor La Bocana go through by exclusion — Defensor Bolívar excluded: .*unsportsmanlike/);
  });
});
