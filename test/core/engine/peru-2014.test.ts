// Golden cases from the real 2014 Peruvian season (examples/peru-2014, sources cited there and
// in ../shared/data/peru2014_facts.md): what the engine derives, and what it takes from a
// recorded source where the results are not all known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSeasonEngine, seasonSummary, type SeasonEngine } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { loadSeason } from '../../../src/season/load-season.ts';

const loaded = loadSeason('examples/peru-2014');
const engineAt = (asOf?: string): SeasonEngine =>
  createSeasonEngine(loaded.index!, asOf ? { asOf: isoDate(asOf) } : {});
const peru = engineAt();
const tie = (e: SeasonEngine, comp: string, stage: string, round: string, id?: string) => {
  const r = e.rounds(comp, stage).find((x) => x.id === round)!;
  return (id ? r.ties.find((t) => t.id === id) : r.ties[0])!;
};

describe('Peru 2014 through the engine', () => {
  it('loads without a single issue', () => assert.deepEqual(loaded.issues, []));

  it('copa-inca-2014-final: Alianza Lima champion, 3–3 after extra time, 5–3 on penalties', () => {
    const final = tie(peru, 'torneo-del-inca', 'final', 'final');
    assert.equal(final.outcome.status, 'decided');
    if (final.outcome.status !== 'decided') return;
    assert.equal(final.outcome.winner, 'alianza-lima');
    assert.equal(final.outcome.decidedBy, 'penalties');
    assert.deepEqual(final.outcome.penalties, { home: 5, away: 3 });
    assert.deepEqual(peru.stageResult('torneo-del-inca', 'final', 'winner').team, 'alianza-lima');
  });

  it('takes the group winners from the record, because not all 112 group results are known', () => {
    for (const [group, team] of [
      ['a', 'alianza-lima'],
      ['b', 'universidad-san-martin'],
    ] as const) {
      const q = peru.position('torneo-del-inca', 'groups', group, 1);
      assert.equal(q.team, team);
      assert.equal(q.certainty, 'recorded');
      // The group stage is over: its missing results make the table partial, not provisional.
      assert.equal(peru.table('torneo-del-inca', 'groups', group).certainty, 'partial');
    }
  });

  it("shows Cienciano's −4 in the Inca group B table, with its reason", () => {
    const row = peru.table('torneo-del-inca', 'groups', 'b').rows.find((r) => r.team === 'cienciano')!;
    assert.equal(row.adjustment, -4);
    assert.match(row.adjustmentNotes.join(' '), /debt with its players/);
  });

  it('lands the −3 for the fewest Inca points on Cienciano at the start of the Apertura (recorded)', () => {
    const link = peru.link('inca-fewest-points');
    assert.equal(link.status, 'recorded');
    assert.deepEqual(link.teams, ['cienciano']);
    const row = peru.table('descentralizado', 'apertura').rows.find((r) => r.team === 'cienciano')!;
    assert.equal(row.adjustment, -3);
  });

  it('does not count the Clausura play-off (Sporting Cristal 1–0 Alianza Lima) in the Clausura table', () => {
    const clausura = peru.table('descentralizado', 'clausura');
    const cristal = clausura.rows.find((r) => r.team === 'sporting-cristal')!;
    const playoff = peru.stageMatches('descentralizado', 'clausura').filter((m) => m.playoff);
    assert.equal(playoff.length, 1);
    assert.equal(
      cristal.played,
      peru
        .stageMatches('descentralizado', 'clausura')
        .filter(
          (m) => !m.playoff && m.result && (m.home === 'sporting-cristal' || m.away === 'sporting-cristal'),
        ).length,
    );
  });

  it('descentralizado-2014-final: level on points after two legs, a third match, Sporting Cristal champion', () => {
    const final = tie(peru, 'descentralizado', 'final', 'final');
    assert.equal(final.outcome.status, 'decided');
    if (final.outcome.status !== 'decided') return;
    assert.equal(final.outcome.winner, 'sporting-cristal');
    assert.equal(final.outcome.decidedBy, 'third_match');
    const afterTwoLegs = tie(engineAt('2014-12-17'), 'descentralizado', 'final', 'final');
    assert.deepEqual(
      [
        afterTwoLegs.outcome.status,
        afterTwoLegs.outcome.status === 'pending' && afterTwoLegs.outcome.awaiting,
      ],
      ['pending', 'third_match'],
    );
  });

  it('copa-peru-2014-quarter-final: 1–1 on aggregate, Sport Loreto through on the away goal', () => {
    const qf = tie(peru, 'copa-peru', 'national', 'quarter-finals', 'quarter-finals-2');
    assert.equal(qf.outcome.status, 'decided');
    if (qf.outcome.status !== 'decided') return;
    assert.equal(qf.outcome.winner, 'sport-loreto');
    assert.equal(qf.outcome.decidedBy, 'away_goals');
  });

  it("Sport Loreto's path: 5–2 and 7–6 on aggregate, champion on the record", () => {
    const r16 = tie(peru, 'copa-peru', 'national', 'round-of-16', 'round-of-16-4');
    const sf = tie(peru, 'copa-peru', 'national', 'semi-finals', 'semi-finals-1');
    assert.deepEqual(r16.outcome.status === 'decided' && [r16.outcome.winner, r16.outcome.aggregate], [
      'sport-loreto',
      { home: 5, away: 2 },
    ]);
    assert.deepEqual(sf.outcome.status === 'decided' && [sf.outcome.winner, sf.outcome.aggregate], [
      'sport-loreto',
      { home: 6, away: 7 },
    ]);
    const champion = peru.stageResult('copa-peru', 'national', 'winner');
    assert.equal(champion.team, 'sport-loreto');
  });

  it('qualifies Alianza Lima for the Libertadores, and not USM for the Sudamericana: not top eight of the aggregate table', () => {
    const s = seasonSummary(peru);
    const byId = new Map(s.qualifications.map((l) => [l.link.id, l]));
    const libertadores = [...byId.values()].find((l) => l.teams.includes('alianza-lima'))!;
    const sudamericana = [...byId.values()].find((l) => l.teams.includes('universidad-san-martin'))!;
    assert.equal(libertadores.condition?.met, true);
    assert.equal(sudamericana.status, 'condition-failed');
    assert.equal(sudamericana.condition?.met, false);
  });

  it('relegates Los Caimanes and San Simón, on the record', () => {
    const relegation = seasonSummary(peru).relegations[0]!;
    assert.deepEqual([...relegation.teams].sort(), ['los-caimanes', 'san-simon']);
  });
});
