// The 2014 Copa Perú from the regional stage to the national final, as `torneo bracket`,
// `table` and `summary` show it: the regions filled with the departmental qualifiers the seed
// lists (seed 001), the round of 16 with the clubs the regions sent on (rpp-740652), Sport
// Loreto's path to the final (S45, S46) and the title and promotion (S47). Where the sources
// give no result (Region IV's semi-finals, the second leg of the final) the record stands in,
// with its source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSeasonEngine } from '../../src/core/engine/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { peru2014, peru2014Doc } from './peru-2014-season.ts';

const PERU = 'examples/peru-2014';

interface Side {
  readonly id: string | null;
  readonly from?: { readonly kind: string; readonly tie?: string };
}
interface Stage {
  readonly id: string;
  readonly entrants?: readonly Side[];
  readonly rounds: readonly {
    readonly id: string;
    readonly ties: readonly { readonly a: Side; readonly b: Side; readonly winner: string | null }[];
  }[];
}

async function cli(args: string[]): Promise<string> {
  const r = await runCli(args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The clubs a source recorded as going through from a group of the Copa Perú. */
const recordedQualifiers = (stage: string, group: string): string[] =>
  peru2014Doc().outcomes.find((o) => o.competition === 'copa-peru' && o.stage === stage && o.group === group)
    ?.qualified ?? [];

describe('Peru 2014 example: the Copa Perú from the regions to the national final', () => {
  it('fills every region with the qualifiers of its departments, Region IV a knockout of Lima’s and Callao’s', async () => {
    const regional = peru2014Doc()
      .competitions.find((c) => c.id === 'copa-peru')!
      .stages.find((s) => s.id === 'regional')!;
    assert.equal(regional.format, 'groups');
    if (regional.format !== 'groups') return;
    const stages = JSON.parse(await cli(['bracket', PERU, 'copa-peru/regional', '--json'])) as { stages: Stage[] };
    for (const g of regional.groups) {
      const e = g.entrants?.[0];
      assert.ok(e && 'groups' in e && Array.isArray(e.groups) && e.from === 'departmental', g.id);
      const expected = (e.groups as string[]).flatMap((d) => recordedQualifiers('departmental', d));
      const teams =
        g.format === 'knockout'
          ? stages.stages.find((s) => s.id === `regional/${g.id}`)!.entrants!.map((t) => t.id)
          : (
              JSON.parse(await cli(['table', PERU, `copa-peru/regional/${g.id}`, '--json'])) as {
                rows: { teamId: string }[];
              }
            ).rows.map((r) => r.teamId);
      assert.deepEqual([...teams].sort(), [...expected].sort(), g.id);
    }
  });

  it('gives Region V its own tiebreaker, a play-off for first place (seed 001), and ranks the other regions on goal difference', () => {
    // The regional results are not known, so no play-off can be shown played: the rule is.
    const engine = createSeasonEngine(peru2014().index!);
    const rules = (group: string) => engine.table('copa-peru', 'regional', group).rules;
    assert.deepEqual(rules('region-5').playoffPositions, [1]);
    assert.ok(rules('region-5').tiebreakers.includes('playoff'));
    for (const group of ['region-1', 'region-2', 'region-3', 'region-6', 'region-7', 'region-8'])
      assert.ok(!rules(group).tiebreakers.includes('playoff'), group);
  });

  it('takes into the round of 16 exactly the clubs the regions sent on', async () => {
    const { stages } = JSON.parse(await cli(['bracket', PERU, 'copa-peru/national', '--json'])) as {
      stages: Stage[];
    };
    const r16 = stages[0]!.rounds[0]!;
    const sent = Array.from({ length: 8 }, (_, i) => recordedQualifiers('regional', `region-${i + 1}`)).flat();
    assert.equal(sent.length, 16);
    assert.deepEqual(r16.ties.flatMap((t) => [t.a.id, t.b.id]).sort(), [...sent].sort());
    // From the quarter-finals on, each side is the winner of a tie of the round before.
    for (const round of stages[0]!.rounds.slice(1))
      for (const t of round.ties) assert.deepEqual([t.a.from?.kind, t.b.from?.kind], ['winner', 'winner'], round.id);
    const final = stages[0]!.rounds.at(-1)!.ties[0]!;
    assert.deepEqual([final.a.id, final.a.from?.tie], ['sport-loreto', 'semi-finals-1']);
  });

  it('draws the whole competition in one bracket: Region IV, the regional play-offs, then round of 16 to final', async () => {
    const text = await cli(['bracket', PERU, 'copa-peru']);
    const at = (s: string) => text.indexOf(s);
    assert.ok(at('== Region IV ==') >= 0, text);
    assert.ok(at('== Region IV ==') < at('== Regional play-offs =='));
    assert.ok(at('== Regional play-offs ==') < at('== National stage =='));
    assert.match(text, /Round of 16 +Quarter-finals +Semi-finals +Final/);
    assert.match(text, /Defensor La Bocana go through by exclusion — Defensor Bolívar excluded/);
    // Sport Loreto's path (S45, S46): 5–2 Juventud América, away goals v Aurora Chancayllo,
    // 7–6 Defensor La Bocana, 4–1 in the first leg of the final.
    assert.match(text, /Sport Loreto v Juventud América +5-2\n[^\n]+\n[^\n]+\n +→ Sport Loreto go through on aggregate/);
    assert.match(text, /Aurora Chancayllo v Sport Loreto +1-1\n[^\n]+\n[^\n]+\n +→ Sport Loreto go through on away goals/);
    assert.match(text, /Defensor La Bocana v Sport Loreto +6-7\n[^\n]+\n[^\n]+\n +→ Sport Loreto go through on aggregate/);
    assert.match(text, /Final\n +Sport Loreto v Unión Fuerza Minera +4-1\n +Sport Loreto 4–1 Unión Fuerza Minera/);
  });

  it('ends with Sport Loreto champion and promoted, Unión Fuerza Minera runner-up and promoted, as the sources record', async () => {
    const text = await cli(['summary', PERU]);
    assert.match(text, /Copa Perú: champion Sport Loreto \(recorded: [^)]*S47\), runner-up Unión Fuerza Minera/);
    assert.match(text, /Sport Loreto promoted to 2015 Torneo Descentralizado — recorded/);
    assert.match(text, /Unión Fuerza Minera promoted to 2015 Peruvian Segunda División — recorded/);
  });
});
