import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { SseReader } from './sse-reader.ts';
import { peruApp } from './test-app.ts';

const EVENTS = '/api/seasons/peru-2014/events';

describe('the event stream of a season, shared by its clients', () => {
  it('listens to the season once however many clients it has, and lets go when the last one goes', async () => {
    const t = await peruApp();
    const clients = await Promise.all(
      [1, 2, 3].map(async () => {
        const r = new SseReader(await t.app.request(EVENTS));
        await r.next('hello');
        return r;
      }),
    );
    assert.equal(t.catalog.bus.listenerCount('peru-2014'), 1, 'one subscription for three clients');
    t.catalog.bus.publish({ season: 'peru-2014', fact: 10_000 });
    for (const c of clients) assert.equal((await c.next('fact')).id, '10000', 'every client hears it');
    for (const c of clients) await c.close();
    assert.equal(t.catalog.bus.listenerCount('peru-2014'), 0);
    await t.close();
  });

  it('drops a client that does not read, while another goes on receiving every event', async () => {
    const t = await peruApp({ slowClientBytes: 4096 });
    const reading = new SseReader(await t.app.request(EVENTS));
    await reading.next('hello');
    const stalled = (await t.app.request(EVENTS)).body!.getReader();
    const first = 20_000;
    const count = 300; // about 20 KB of events: several times what the stalled client may hold
    let received = 0;
    const readAll = (async () => {
      for (let i = 0; i < count; i++) {
        assert.equal((await reading.next('fact')).id, String(first + i));
        received++;
      }
    })();
    for (let i = 0; i < count; i++) {
      t.catalog.bus.publish({ season: 'peru-2014', fact: first + i, kind: 'match', key: `k${i}` });
      if (i % 10 === 0) await new Promise((r) => setImmediate(r)); // the reader reads as it goes
    }
    await readAll;
    assert.equal(received, count, 'the reading client got every event, in order');

    let bytes = 0;
    const ended = await (async () => {
      for (;;) {
        try {
          const { done, value } = await stalled.read();
          if (done) return 'closed';
          bytes += value.byteLength;
        } catch (e) {
          return (e as Error).message;
        }
      }
    })();
    assert.match(ended, /fell too far behind/, 'the stalled client’s stream ends with why');
    assert.ok(bytes < 8192, `it was given no more than its limit and an event (${bytes} bytes)`);
    await reading.close();
    await t.close();
  });

  it('over real connections: a client whose socket takes nothing is cut off, the others get every event', async () => {
    const t = await peruApp({ slowClientBytes: 64 * 1024 });
    const server = await new Promise<ServerType>((ready) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
    });
    const { port } = server.address() as AddressInfo;
    try {
      // A client that asks for the stream and then reads nothing: its socket's buffers fill up.
      const stalled = connect(port, '127.0.0.1');
      stalled.write(`GET ${EVENTS} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      stalled.pause();
      let stalledBytes = 0;
      const stalledClosed = new Promise<void>((done) => stalled.once('close', () => done()));
      stalled.on('error', () => undefined);
      const reading = new SseReader(await fetch(`http://127.0.0.1:${port}${EVENTS}`));
      await reading.next('hello');
      await new Promise((r) => setTimeout(r, 100));

      const key = 'x'.repeat(8 * 1024); // 2,000 events of 8 KiB: far more than the socket buffers hold
      const count = 2_000;
      const ahead = 4; // the reading client is never more than a few events behind
      let next = 0;
      for (let i = 0; i < count + ahead; i++) {
        if (i < count) t.catalog.bus.publish({ season: 'peru-2014', fact: 30_000 + i, kind: 'match', key });
        if (i >= ahead) assert.equal((await reading.next('fact')).id, String(30_000 + next++));
      }
      assert.equal(next, count, 'the reading client got every event, in order');
      stalled.on('data', (d: Buffer) => (stalledBytes += d.length));
      stalled.resume();
      await stalledClosed;
      assert.ok(
        stalledBytes < (count * key.length) / 2,
        `the stalled client was cut off: it got ${stalledBytes} bytes of ${count * key.length}`,
      );
      await reading.close();
    } finally {
      server.close();
      (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      await t.close();
    }
  });

  it('sends a comment now and then on an idle stream, so proxies keep it open', async () => {
    const t = await peruApp({ heartbeatSeconds: 0.05 });
    const reader = (await t.app.request(EVENTS)).body!.getReader();
    const alive = setInterval(() => undefined, 1000); // no server here to keep the process waiting
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': keep-alive\n\n')) text += decoder.decode((await reader.read()).value);
    assert.match(text, /^id: \d+\nevent: hello\n/);
    clearInterval(alive);
    await reader.cancel();
    await t.close();
  });
});
