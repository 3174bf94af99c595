import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNameIndex, resolveName } from '../../../src/core/names/index.ts';

const index = createNameIndex(
  ['Universidad San Martín', 'Alianza Lima', 'Sporting Cristal', 'Sport Huancayo'],
  {
    'Universidad San Martín': ['USMP', 'San Martín'],
    'Alianza Lima': ['Alianza'],
  },
);

describe('team names and their aliases', () => {
  it('finds a canonical name as written', () => {
    assert.deepEqual(resolveName(index, 'Alianza Lima'), { kind: 'exact', name: 'Alianza Lima' });
  });

  it('finds a name by its alias', () => {
    assert.deepEqual(resolveName(index, 'USMP'), {
      kind: 'alias',
      name: 'Universidad San Martín',
      alias: 'USMP',
    });
  });

  it('finds a name without regard to case and diacritics', () => {
    assert.deepEqual(resolveName(index, 'universidad san martin'), {
      kind: 'folded',
      name: 'Universidad San Martín',
      via: 'Universidad San Martín',
    });
    assert.deepEqual(resolveName(index, 'SAN MARTIN'), {
      kind: 'folded',
      name: 'Universidad San Martín',
      via: 'San Martín',
    });
  });

  it('suggests the nearest names for an unknown one: "did you mean"', () => {
    assert.deepEqual(resolveName(index, 'Universidad San Martn'), {
      kind: 'unknown',
      suggestions: ['Universidad San Martín'],
    });
    assert.deepEqual(resolveName(index, 'Sporting Cristall'), {
      kind: 'unknown',
      suggestions: ['Sporting Cristal'],
    });
  });

  it('suggests nothing when nothing is close', () => {
    assert.deepEqual(resolveName(index, 'Real Garcilaso'), { kind: 'unknown', suggestions: [] });
  });

  it('says when an alias points at two teams', () => {
    const clash = createNameIndex([], { 'Sport Boys': ['Boys'], 'Boys Town': ['Boys'] });
    assert.deepEqual(resolveName(clash, 'Boys'), {
      kind: 'ambiguous',
      candidates: ['Sport Boys', 'Boys Town'],
    });
  });
});
