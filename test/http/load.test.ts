import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runHttpLoad } from '../../bench/http.ts';

describe('under load on loopback', () => {
  it('records every result from several clients exactly once while others read tables', async () => {
    const r = await runHttpLoad({
      writers: 3,
      writesPerWriter: 12,
      readers: 3,
      readsPerReader: 10,
      timeoutMs: 30_000,
    });
    assert.equal(r.acknowledged, 3 * 12, 'each writer’s retried first write is the same fact');
    assert.equal(r.lost, 0);
    assert.equal(r.duplicated, 0);
    assert.equal(r.foundOnce, r.acknowledged);
    assert.equal(r.rows.length, 2);
    assert.ok(r.rows.every((row) => row.perSecond > 0 && row.p99 >= row.p50));
  });
});
