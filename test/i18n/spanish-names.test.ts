import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inName, ofName, toName, withArticle } from '../../src/i18n/spanish-names.ts';
import { translator } from '../../src/i18n/translate.ts';

describe('Spanish names inside a sentence', () => {
  it('gives a name the article of its first noun: la Liga Nacional, el Grupo A, los octavos de final', () => {
    assert.equal(withArticle('Liga Nacional'), 'la Liga Nacional');
    assert.equal(withArticle('Grupo A'), 'el Grupo A');
    assert.equal(withArticle('Octavos de final'), 'los octavos de final');
    assert.equal(withArticle('Semifinales'), 'las semifinales');
    assert.equal(withArticle('Etapa Nacional'), 'la Etapa Nacional');
  });

  it('writes a common noun in lower case and keeps a proper name as it is', () => {
    assert.equal(ofName('Tabla acumulada'), 'de la tabla acumulada');
    assert.equal(ofName('Primera etapa (Torneo del Inca)'), 'de la primera etapa (Torneo del Inca)');
    assert.equal(ofName('Torneo de Promoción y Reservas'), 'del Torneo de Promoción y Reservas');
    assert.equal(ofName('Apertura'), 'del Apertura');
  });

  it('contracts de el and a el: del Torneo Clausura, al Torneo Descentralizado 2015', () => {
    assert.equal(ofName('Torneo Clausura'), 'del Torneo Clausura');
    assert.equal(toName('Torneo Descentralizado 2015'), 'al Torneo Descentralizado 2015');
    assert.equal(toName('Copa Libertadores 2015'), 'a la Copa Libertadores 2015');
    assert.equal(inName('Región IV'), 'en la Región IV');
  });

  it('leaves a name that is none of these nouns without an article: de Amazonas', () => {
    assert.equal(ofName('Amazonas'), 'de Amazonas');
    assert.equal(withArticle('Sport Loreto'), 'Sport Loreto');
  });
});

describe('the labels', () => {
  const es = translator('es');
  const en = translator('en');

  it('shape a name as the label asks: {where|de}', () => {
    assert.equal(es('slot.winnerOfTable', { where: 'Grupo A' }), 'Primero del Grupo A');
    assert.equal(es('slot.winnerOfTable', { where: 'Tabla acumulada' }), 'Primero de la tabla acumulada');
    assert.equal(en('slot.winnerOfTable', { where: 'Group A' }), 'Winner of Group A');
  });

  it('agree with a count of one: 1 partido se jugó, 6 partidos se jugaron', () => {
    assert.match(es('comp.resultsUnknown', { n: 1 }), /^1 partido se jugó/);
    assert.match(es('comp.resultsUnknown', { n: 6 }), /^6 partidos se jugaron/);
    assert.match(en('comp.resultsUnknown', { n: 1 }), /^1 match was played/);
  });
});
