// The matches a season simulation plays: fixtures the format implies get fair venues.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { fitDixonColes } from '../../../src/core/predict/index.ts';
import { seasonToPlay } from '../../../src/core/simulate/season-to-play.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';

describe('seasonToPlay', () => {
  const index = peru2014().index!;
  const prepared = seasonToPlay({ index, asOf: isoDate('2014-02-13'), model: fitDixonColes([], {}) });
  const stage = (id: string) =>
    prepared.toPlay.filter((m) => m.competition === 'descentralizado' && m.stage === id);

  it('puts each team at home about half the time in a single round robin, not the first-listed team every time', () => {
    // The Apertura is one round robin of 16 (15 matches each), none played on 13 February: the
    // first-listed team used to be at home in all its 15, the last-listed in none.
    const homes = new Map<string, number>();
    for (const m of stage('apertura')) homes.set(m.home, (homes.get(m.home) ?? 0) + 1);
    assert.equal(stage('apertura').length, 120);
    for (const [team, n] of homes) assert.ok(n === 7 || n === 8, `${team}: ${n} home matches`);
  });

  it('reverses the Apertura’s venues in the Clausura (fixtures: reversed, of: apertura)', () => {
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const apertura = new Map(stage('apertura').map((m) => [key(m.home, m.away), m.home]));
    const listed = new Set(
      index.doc.matches.filter((m) => m.stage === 'clausura').map((m) => key(m.home, m.away)),
    );
    const implied = stage('clausura').filter((m) => !listed.has(key(m.home, m.away)));
    assert.ok(implied.length > 100);
    for (const m of implied) assert.equal(apertura.get(key(m.home, m.away)), m.away, `${m.home} v ${m.away}`);
  });
});
