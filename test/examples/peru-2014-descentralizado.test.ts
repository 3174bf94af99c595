// examples/peru-2014: the 2014 Torneo Descentralizado and the links into it from the Torneo del
// Inca (seed 000's modus; shared/data/peru2014_facts.md §1 and §3) — checked against values
// copied from the sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableRulesFor } from '../../src/core/engine/index.ts';
import { clubNamed, goalText, matchBetween, peru2014Doc, score, venueOf } from './peru-2014-season.ts';

const dec = () => peru2014Doc().competitions.find((c) => c.id === 'descentralizado')!;
const stage = (id: string) => dec().stages.find((s) => s.id === id)!;
const link = (id: string) => peru2014Doc().links.find((l) => l.id === id)!;

describe('Peru 2014 example: 2014 Torneo Descentralizado', () => {
  it('plays the Apertura as a single round robin and the Clausura with its fixtures reversed, a tie for first played off', () => {
    const apertura = stage('apertura');
    const clausura = stage('clausura');
    assert.deepEqual([apertura.format, apertura.format === 'league' && apertura.rounds], ['league', 1]);
    assert.deepEqual([clausura.format, clausura.format === 'league' && clausura.rounds], ['league', 1]);
    assert.deepEqual(clausura.format === 'league' && clausura.fixtures, { pattern: 'reversed', of: 'apertura' });
    for (const s of [apertura, clausura]) assert.deepEqual(s.rules, { preset: 'adfp-2014', playoffPositions: [1] });
    const aggregate = stage('aggregate');
    assert.deepEqual(aggregate.format === 'aggregate' && aggregate.sources, [{ stage: 'apertura' }, { stage: 'clausura' }]);
  });

  it('records Juan Aurich as Apertura champions with 30 points (S25)', () => {
    const o = peru2014Doc().outcomes.find((x) => x.competition === 'descentralizado' && x.stage === 'apertura' && !x.date);
    assert.equal(o?.winner, 'juan-aurich');
    assert.deepEqual(o?.positions?.[0], { position: 1, team: 'juan-aurich', points: 30 });
  });

  it('has the Clausura tie on 33 points and its play-off: Sporting Cristal 1–0 Alianza Lima, Blanco 57′', () => {
    const o = peru2014Doc().outcomes.find((x) => x.competition === 'descentralizado' && x.stage === 'clausura');
    assert.deepEqual(o?.positions, [{ position: 1, team: 'sporting-cristal', points: 33 }, { position: 2, team: 'alianza-lima', points: 33 }]);
    const m = matchBetween('descentralizado', 'clausura', 'Sporting Cristal', 'Alianza Lima');
    assert.deepEqual([m.playoff, m.date, score(m.score), m.goals?.home.map(goalText), m.venue], [true, '2014-12-03', '1-0', ['Sergio Blanco 57'], undefined]);
  });

  it('has the relegation play-off in the aggregate table: Sport Huancayo 1–0 Los Caimanes after extra time', () => {
    // "A tie on points across the relegation line is settled by a play-off": of sixteen with two
    // down, the line between 14th and 15th — the tie of 2014 (Huancayo and Caimanes level on 32).
    assert.deepEqual(stage('aggregate').rules, { preset: 'adfp-2014', playoffBetween: [[14, 15]] });
    assert.deepEqual(tableRulesFor(dec(), stage('aggregate')).playoffPositions, [14]);
    const m = matchBetween('descentralizado', 'aggregate', 'Sport Huancayo', 'Los Caimanes');
    assert.deepEqual([m.playoff, m.neutral, score(m.score), score(m.extraTime), venueOf(m.venue).name], [true, true, '0-0', '1-0', 'Estadio Julio Lores Colán']);
    assert.deepEqual(m.goals?.home.map(goalText), ['Jankarlo Chirinos']);
  });

  it('plays the final over two legs on points, then a third match on neutral ground with extra time and penalties', () => {
    const final = stage('final');
    assert.equal(final.format, 'knockout');
    if (final.format !== 'knockout') return;
    assert.deepEqual(final.tie, { legs: 2, aggregate: 'points', extraTime: false, penalties: false, thirdMatch: { neutral: true, extraTime: true, penalties: true } });
    // Apertura v Clausura winner, each provided it finishes in the aggregate top eight (S41, S42).
    const top8 = { stage: 'aggregate', positionAtMost: 8, team: 'team' };
    assert.deepEqual(final.rounds[0]!.entrants, [
      { entrant: { from: 'apertura', position: 1 }, condition: top8 },
      { entrant: { from: 'clausura', position: 1 }, condition: top8 },
    ]);
  });

  it('has the final’s three matches: 2–2 in Chiclayo, 0–0 in Lima, 3–2 a.e.t. in Trujillo', () => {
    const first = matchBetween('descentralizado', 'final', 'Juan Aurich', 'Sporting Cristal', 1);
    const second = matchBetween('descentralizado', 'final', 'Sporting Cristal', 'Juan Aurich', 2);
    const third = matchBetween('descentralizado', 'final', 'Sporting Cristal', 'Juan Aurich', 3);
    assert.deepEqual([first.date, score(first.score), venueOf(first.venue).name], ['2014-12-14', '2-2', 'Elías Aguirre']);
    assert.deepEqual([second.date, score(second.score), venueOf(second.venue).name], ['2014-12-17', '0-0', 'Estadio Nacional']);
    assert.deepEqual([third.date, score(third.score), score(third.halfTime), score(third.extraTime), venueOf(third.venue).name, third.neutral], ['2014-12-21', '2-2', '1-2', '3-2', 'Mansiche', true]);
    assert.deepEqual(third.goals?.home.map(goalText), ['Irven Ávila 42', 'Horacio Calcaterra 68', 'Edison Chávez 113']);
    assert.deepEqual(third.goals?.away.map(goalText), ['Hernán Rengifo 13', 'Junior Viza 44']);
    const outcome = peru2014Doc().outcomes.find((x) => x.competition === 'descentralizado' && x.stage === 'final');
    assert.deepEqual([outcome?.winner, outcome?.runnerUp], ['sporting-cristal', 'juan-aurich']);
  });

  it('relegates the two lowest of the aggregate table: Los Caimanes and San Simón', () => {
    assert.deepEqual(link('descentralizado-relegation').from, { competition: 'descentralizado', stage: 'aggregate', pick: { positions: [-2, -1] } });
    const r = peru2014Doc().linkResolutions.find((x) => x.link === 'descentralizado-relegation');
    assert.deepEqual(r?.teams.slice().sort(), [clubNamed('Los Caimanes').id, clubNamed('San Simón').id].sort());
  });
});

describe('Peru 2014 example: from the Torneo del Inca into the Descentralizado', () => {
  it('docks Cienciano 4 points in the Inca’s group B (S3)', () => {
    const a = peru2014Doc().adjustments.find((x) => x.competition === 'torneo-del-inca');
    assert.deepEqual([a?.team, a?.points, a?.stage, a?.group, a?.sources], ['cienciano', -4, 'groups', 'b', ['S3']]);
  });

  it('starts the fewest-points team over all on −3 in the Apertura, recorded for Cienciano (S24, S44)', () => {
    assert.deepEqual(link('inca-fewest-points').from, { competition: 'torneo-del-inca', stage: 'groups', overall: true, pick: { position: -1 } });
    const effect = link('inca-fewest-points').effect;
    assert.deepEqual('adjustment' in effect && [effect.adjustment.points, effect.adjustment.competition, effect.adjustment.stage], [-3, 'descentralizado', 'apertura']);
    const a = peru2014Doc().adjustments.find((x) => x.competition === 'descentralizado');
    assert.deepEqual([a?.team, a?.points, a?.stage, a?.link], ['cienciano', -3, 'apertura', 'inca-fewest-points']);
    assert.ok(a?.sources?.includes('S24') && a.sources.includes('S44'));
  });

  it('sends the Inca champion to the Libertadores as Perú 3 and the runner-up to the Sudamericana as Perú 4, if top eight of the aggregate', () => {
    const condition = { competition: 'descentralizado', stage: 'aggregate', positionAtMost: 8, team: 'team' };
    assert.deepEqual([link('inca-champion').from.pick, link('inca-champion').effect, link('inca-champion').condition], ['winner', { qualification: { to: '2015 Copa Libertadores', as: 'Perú 3', forms: { to: { es: 'Copa Libertadores 2015', en: '2015 Copa Libertadores' } } } }, condition]);
    assert.deepEqual([link('inca-runner-up').from.pick, link('inca-runner-up').effect, link('inca-runner-up').condition], ['runner-up', { qualification: { to: '2015 Copa Sudamericana', as: 'Perú 4', forms: { to: { es: 'Copa Sudamericana 2015', en: '2015 Copa Sudamericana' } } } }, condition]);
  });

  it('records that Alianza Lima qualified (S39, S49) and San Martín did not (S43, S40)', () => {
    const r = (id: string) => peru2014Doc().linkResolutions.find((x) => x.link === id);
    assert.deepEqual([r('inca-champion')?.teams, r('inca-champion')?.conditionMet], [['alianza-lima'], true]);
    assert.deepEqual([r('inca-runner-up')?.teams, r('inca-runner-up')?.conditionMet], [['universidad-san-martin'], false]);
    assert.ok(r('inca-champion')?.sources?.includes('S39') && r('inca-runner-up')?.sources?.includes('S43'));
  });
});
