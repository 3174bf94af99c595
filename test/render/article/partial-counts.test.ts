// Every count in the article says what it counts: "12 of 95" is a number of results, of scorer
// lists or of crowds, and the reader is told which (issue: an infobox said "12 of 95 results known"
// when all 95 results were known and only 12 had scorers).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticle } from '../../../src/render/article/index.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';

const infobox = (competition: string, lang: 'en' | 'es') =>
  renderArticle(peru2014().index!, competition, 'markdown', lang)
    .split('\n')
    .filter((l) => l.startsWith('| **'));
const row = (lines: readonly string[], label: string) =>
  lines.find((l) => l.startsWith(`| **${label}**`)) ?? '';

describe('counts in the article say what they count', () => {
  it('a top scorer rests on the matches whose scorers are known, a record on the matches with a known result', () => {
    const copa = infobox('copa-peru', 'en');
    assert.match(row(copa, 'Top scorer'), /Diego Mayora \(from the 2 matches whose scorers are known\) \|$/);
    assert.match(row(copa, 'Goals scored'), /\(from the 20 matches with a known result\) \|$/);
    const reservas = infobox('reservas', 'en');
    assert.match(row(reservas, 'Top scorer'), /\(from 1 of the 353 matches whose scorers are known\) \|$/);
    assert.match(row(reservas, 'Matches played'), /\(from 3 of the 353 matches with a known result\) \|$/);
  });

  it('says the same in Spanish', () => {
    const copa = infobox('copa-peru', 'es');
    assert.ok(
      copa.some((l) => /\(sobre los 2 partidos con goleadores conocidos\) \|$/.test(l)),
      copa.join('\n'),
    );
    assert.ok(
      copa.some((l) => /\(sobre los 20 partidos con resultado conocido\) \|$/.test(l)),
      copa.join('\n'),
    );
  });

  it('a recorded winner leads, with its sources, and the count of known results follows, for a group or a league stage', () => {
    const text = renderArticle(peru2014().index!, 'descentralizado', 'markdown', 'en');
    const winner = text.indexOf('Winner, as reported: Juan Aurich.');
    assert.ok(winner > 0, 'the Apertura is a league: its winner, not a group winner');
    assert.ok(
      winner < text.indexOf('Only 6 of the 120 results of this stage are known'),
      'the record comes first',
    );
    const reservas = renderArticle(peru2014().index!, 'reservas', 'markdown', 'es');
    assert.match(reservas, /Ganador del grupo, según las fuentes: Sporting Cristal \(reservas\)\./);
    assert.match(reservas, /Solo se conoce 1 de los 56 resultados de este grupo/);
    assert.match(reservas, /No se conoce ningún resultado de esta fase/);
  });

  it('a group known only by who went through leads with them; a stage nobody recorded says so', () => {
    const en = renderArticle(peru2014().index!, 'copa-peru', 'markdown', 'en');
    const amazonas = en.slice(en.indexOf('### Amazonas'), en.indexOf('### Ancash'));
    assert.match(
      amazonas,
      /^### Amazonas\n\nWent through, as reported: Bagua Grande and Defensor Libertad\.\[\^seed-001\]\n\nNo result of this group is known/,
    );
    assert.match(en, /## District stage\n\nNothing of this stage is recorded: no group, team or result\./);
    const es = renderArticle(peru2014().index!, 'copa-peru', 'markdown', 'es');
    assert.match(es, /Clasificados, según las fuentes: Bagua Grande y Defensor Libertad\./);
    assert.match(es, /No hay nada registrado de esta fase: ni grupos, ni equipos, ni resultados\./);
  });
});
