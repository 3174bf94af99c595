import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createRandom } from '../../../src/core/random/index.ts';

describe('a seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const [a, b] = [createRandom(seed), createRandom(seed)];
        for (let i = 0; i < 20; i++) assert.equal(a.nextInt(0, 1000), b.nextInt(0, 1000));
        assert.deepEqual(a.shuffle([1, 2, 3, 4, 5]), b.shuffle([1, 2, 3, 4, 5]));
      }),
    );
  });

  it('draws integers inside the bounds, both included', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -50, max: 50 }), fc.nat({ max: 20 }), (seed, min, width) => {
        const r = createRandom(seed);
        for (let i = 0; i < 30; i++) {
          const x = r.nextInt(min, min + width);
          assert.ok(x >= min && x <= min + width);
        }
      }),
    );
  });

  it('shuffles into a permutation and leaves its input alone', () => {
    const items = ['alianza-lima', 'universitario', 'sporting-cristal', 'melgar'];
    const shuffled = createRandom(7).shuffle(items);
    assert.deepEqual([...shuffled].sort(), [...items].sort());
    assert.deepEqual(items, ['alianza-lima', 'universitario', 'sporting-cristal', 'melgar']);
  });

  it('does not start neighbouring seeds on neighbouring numbers', () => {
    const firsts = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => createRandom(s).nextInt(0, 1_000_000));
    const steps = firsts.slice(1).map((x, i) => x - (firsts[i] as number));
    assert.ok(new Set(steps).size > 1);
  });

  it('forks independent streams', () => {
    const parent = createRandom(42);
    const [a, b] = [parent.fork(), parent.fork()];
    const seqA = Array.from({ length: 10 }, () => a.nextInt(0, 1 << 30));
    const seqB = Array.from({ length: 10 }, () => b.nextInt(0, 1 << 30));
    assert.notDeepEqual(seqA, seqB);
    assert.notDeepEqual(seqA.slice(1), seqB.slice(0, 9));
  });

  it('accepts seeds beyond 32 bits and refuses negative or fractional ones', () => {
    assert.notEqual(createRandom(2 ** 40).nextInt(0, 1 << 30), createRandom(0).nextInt(0, 1 << 30));
    assert.throws(() => createRandom(-1), RangeError);
    assert.throws(() => createRandom(1.5), RangeError);
  });
});
