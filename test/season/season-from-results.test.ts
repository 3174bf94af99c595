import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { TieRulesDoc } from '../../src/core/definition/index.ts';
import { createSeasonEngine, type KnockoutRoundState } from '../../src/core/engine/index.ts';
import { indexSeason } from '../../src/core/season/season.ts';
import { parseResultsCsv } from '../../src/import/index.ts';
import { screenMatches } from '../../src/import/quality/screen-matches.ts';
import { seasonFromResults } from '../../src/season/from-import/season-from-results.ts';

// The 2022 World Cup knockout stage (openfootball-worldcup/2022--qatar/cup_finals.txt, CC0) as a
// results CSV with stage, round and leg columns.
const WC_2022 = 'test/fixtures/results/world-cup-2022-knockout.csv';

function rounds(text: string, tie?: TieRulesDoc): KnockoutRoundState[] {
  const { doc, problems } = seasonFromResults(
    screenMatches(parseResultsCsv(text, { file: 'f.csv' })),
    tie ? { tie } : {},
  );
  assert.deepEqual(problems, []);
  const engine = createSeasonEngine(indexSeason(doc!));
  const comp = doc!.competitions[0]!;
  const stage = comp.stages.find((s) => s.format === 'knockout')!;
  const state = engine.stageState(comp.id, stage.id);
  assert.equal(state.kind, 'knockout');
  return state.kind === 'knockout' ? [...state.rounds] : [];
}

const outcome = (r: KnockoutRoundState) =>
  r.ties.map((t) =>
    t.outcome.status === 'decided' ? `${t.outcome.winner} (${t.outcome.decidedBy})` : t.outcome.status,
  );

describe('a season from a results file, in memory', () => {
  it('makes the 2022 World Cup bracket from a CSV with round and leg columns: Argentina win the final on penalties', () => {
    const rs = rounds(readFileSync(WC_2022, 'utf8'));
    assert.deepEqual(
      rs.map((r) => `${r.name}: ${r.ties.length}`),
      ['Round of 16: 8', 'Quarter-finals: 4', 'Semi-finals: 2', 'Match for third place: 1', 'Final: 1'],
    );
    assert.deepEqual(outcome(rs[1]!), [
      'croatia (penalties)',
      'argentina (penalties)',
      'morocco (single_match)',
      'france (single_match)',
    ]);
    assert.deepEqual(outcome(rs[4]!), ['argentina (penalties)']);
  });

  it('resolves two-legged ties under the tie rules given: away goals decide under uefa-pre-2021, extra time under uefa-2021', () => {
    const csv = [
      'date,round,leg,home,away,home_goals,away_goals,home_goals_et,away_goals_et,home_pens,away_pens',
      '2019-04-09,Quarter-finals,1,Tottenham Hotspur,Manchester City,1,0,,,,',
      '2019-04-17,Quarter-finals,2,Manchester City,Tottenham Hotspur,4,3,,,,',
      '2019-04-10,Quarter-finals,1,Alpha,Beta,1,1,,,,',
      '2019-04-16,Quarter-finals,2,Beta,Alpha,0,0,,,,',
    ].join('\n');
    // 2018/19 (UEFA, away goals): Spurs through on away goals, 4-4 on aggregate.
    assert.deepEqual(outcome(rounds(csv, { preset: 'uefa-pre-2021' })[0]!), [
      'tottenham-hotspur (away_goals)',
      'beta (away_goals)',
    ]);
    // The same results under the 2021/22 rules: both ties wait for extra time.
    assert.deepEqual(outcome(rounds(csv, { preset: 'uefa-2021' })[0]!), ['pending', 'pending']);
  });
});
