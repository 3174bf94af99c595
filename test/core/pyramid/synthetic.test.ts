import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  generateSyntheticPyramid,
  PERU_DEPARTMENTS,
  type PyramidStructure,
} from '../../../src/core/pyramid/index.ts';

const count = (s: PyramidStructure) => {
  const provinces = s.departments.flatMap((d) => d.provinces);
  const districts = provinces.flatMap((p) => p.districts);
  return {
    departments: s.departments.length,
    provinces: provinces.length,
    districts: districts.length,
    clubs: districts.reduce((n, d) => n + d.clubs.length, 0),
  };
};

describe('a synthetic national pyramid', () => {
  const pyramid = generateSyntheticPyramid({ seed: 2014 });

  it('has 1,800 district leagues and 15,000 clubs over the 25 departments and 196 provinces of Peru', () => {
    assert.deepEqual(count(pyramid), { departments: 25, provinces: 196, districts: 1800, clubs: 15000 });
    assert.equal(
      PERU_DEPARTMENTS.reduce((n, d) => n + d.provinces, 0),
      196,
    );
  });

  it('says it is synthetic: in its flag, its name and every id', () => {
    assert.equal(pyramid.synthetic, true);
    assert.match(pyramid.name, /^Synthetic /);
    for (const dep of pyramid.departments) {
      assert.ok(dep.id.startsWith('syn-'));
      for (const prov of dep.provinces) {
        assert.ok(prov.id.startsWith('syn-'));
        for (const d of prov.districts) {
          assert.ok(d.id.startsWith('syn-'));
          assert.ok(d.clubs.every((c) => c.id.startsWith('syn-')));
        }
      }
    }
  });

  it('gives every district league at least four clubs with distinct, plausible names', () => {
    for (const d of pyramid.departments.flatMap((x) => x.provinces).flatMap((p) => p.districts)) {
      assert.ok(d.clubs.length >= 4 && d.clubs.length <= 16, `${d.id}: ${d.clubs.length} clubs`);
      assert.equal(new Set(d.clubs.map((c) => c.name)).size, d.clubs.length);
      for (const c of d.clubs)
        assert.match(
          c.name,
          /^(Deportivo|Sport|Unión|Atlético|Juventud|Defensor|Social|Real|Alianza|Estrella de|Independiente|Academia|Centro Social|Racing|Club) \p{Lu}/u,
        );
    }
    const ids = pyramid.departments
      .flatMap((x) => x.provinces)
      .flatMap((p) => p.districts)
      .flatMap((d) => d.clubs.map((c) => c.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('is the same pyramid for the same seed and another for another seed', () => {
    assert.deepEqual(generateSyntheticPyramid({ seed: 2014 }), pyramid);
    assert.notDeepEqual(generateSyntheticPyramid({ seed: 2015 }).departments[0], pyramid.departments[0]);
  });

  it('scales down on request', () => {
    assert.deepEqual(count(generateSyntheticPyramid({ seed: 1, districtLeagues: 400, clubs: 2000 })), {
      departments: 25,
      provinces: 196,
      districts: 400,
      clubs: 2000,
    });
  });

  it('puts the departments into the eight regions of 2014, Region IV (Lima and Callao) as a knockout', () => {
    assert.equal(pyramid.regions.length, 8);
    assert.equal(new Set(pyramid.regions.flatMap((r) => r.departments)).size, 25);
    assert.deepEqual(
      pyramid.regions.filter((r) => r.format === 'knockout').map((r) => r.departments),
      [['syn-lima', 'syn-callao']],
    );
  });
});
