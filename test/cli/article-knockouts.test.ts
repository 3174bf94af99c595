// The article's knockout sections, checked against the sources: Defensor Bolívar excluded from
// the Region I semi-final for unsportsmanlike conduct (seed 001), Sport Loreto 3–0 and 2–2 against
// Juventud América (S45), Unión Pichanaki through on penalties (rpp-740652), the reserves'
// stage-1 final won by Universitario (seed 002, S22), the Clausura play-off Sporting Cristal 1–0
// Alianza Lima (S32) and the relegation match Sport Huancayo 1–0 Los Caimanes (vavel-422499).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

const PERU = 'examples/peru-2014';

const article = async (competition: string, lang = 'en') => {
  const r = await runCli(['article', PERU, competition, '--lang', lang]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};

/** The text of a section from its heading to the next heading of the same level or above. */
const section = (text: string, heading: string): string => {
  const start = text.indexOf(heading);
  assert.notEqual(start, -1, `no section '${heading}'`);
  const level = /^=+/.exec(heading)![0].length;
  const rest = text.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n={2,${level}} [^=]`));
  return next === -1 ? rest : rest.slice(0, next);
};

describe('torneo article: a section for every knockout round', () => {
  it('has every round of every Copa Perú knockout, the exclusion with its reason', async () => {
    const text = await article('copa-peru');
    for (const heading of [
      '== Regional stage — Region IV ==',
      '== Regional play-offs ==',
      '=== Region I semi-finals ===',
      '=== Region VIII semi-finals ===',
      '== National stage ==',
      '=== Round of 16 ===',
      '=== Quarter-finals ===',
      '=== Semi-finals ===',
      '== Final ==',
    ])
      assert.ok(text.includes(`\n${heading}\n`), heading);
    assert.match(
      section(text, '=== Region I semi-finals ==='),
      /\[\[Defensor Bolívar\]\] v \[\[Defensor La Bocana\]\] — Defensor La Bocana go through by exclusion — Defensor Bolívar excluded: .*unsportsmanlike conduct.*<ref name="seed-001" \/>/,
    );
    const r16 = section(text, '=== Round of 16 ===');
    assert.match(
      r16,
      /Sport Loreto 3–0 Juventud América; Juventud América 2–2 Sport Loreto \(Aggregate 5–2\) — Sport Loreto go through on aggregate/,
    );
    assert.match(r16, /\(4–2 pens\) \(Aggregate 2–2\) — Unión Pichanaki go through on penalties/);
    assert.match(section(text, '=== Quarter-finals ==='), /Sport Loreto go through on away goals/);
    assert.match(
      section(text, '== Regional stage — Region IV =='),
      /Entrants: Aurora Chancayllo, Juventud América, ADEBAMI, América Latina/,
    );
  });

  it('names the rounds and says the outcomes in Spanish', async () => {
    const text = await article('copa-peru', 'es');
    for (const heading of [
      '== Definiciones regionales ==',
      '=== Región I — semifinales ===',
      '== Etapa Nacional ==',
      '=== Octavos de final ===',
    ])
      assert.ok(text.includes(`\n${heading}\n`), heading);
  });

  it('has the reserves’ stage-1 final, won by Universitario', async () => {
    const text = await article('reservas');
    assert.match(section(text, '== First stage final =='), /Universitario \(reserves\) go through/);
  });

  it('has the Clausura play-off and the relegation play-off of the Descentralizado', async () => {
    const text = await article('descentralizado');
    assert.match(
      section(text, '== Torneo Clausura — Play-off =='),
      /team1 += \[\[Sporting Cristal\]\][\s\S]*score += 1–0[\s\S]*team2 += \[\[Alianza Lima\]\]/,
    );
    assert.match(
      section(text, '== Aggregate table — Play-off =='),
      /team1 += \[\[Sport Huancayo\]\][\s\S]*score += 1–0[\s\S]*team2 += \[\[Los Caimanes\]\]/,
    );
  });
});
