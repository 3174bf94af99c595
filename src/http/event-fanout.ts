import type { FactBus } from '../live/fact-bus.ts';
import type { FactEvent } from '../live/fact-event.ts';
import type { SeasonForecasts } from '../live/season-forecasts.ts';

/** Bytes a client may fall behind by before it is dropped: some hundreds of events. */
export const SLOW_CLIENT_BYTES = 256 * 1024;
/** A comment this often keeps proxies and browsers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(': keep-alive\n\n');

/** One Server-Sent Event, framed: `id`, `event` and one `data` line (JSON has no line breaks). */
export const sseFrame = (event: string, data: unknown, id?: number | string): Uint8Array =>
  encoder.encode(
    `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
  );

export interface FanoutOptions {
  readonly bus: FactBus;
  readonly forecasts?: SeasonForecasts;
  readonly heartbeatMs?: number;
  readonly slowClientBytes?: number;
}

/** A client of a season's stream: its queue, and the last fact it was sent (none is sent twice). */
class Client {
  /** Events heard while the facts it missed are read from the log; sent after them. */
  private held: { bytes: Uint8Array; fact: number | undefined }[] | undefined = [];

  constructor(
    private readonly controller: ReadableStreamDefaultController<Uint8Array>,
    private sent: number,
    private readonly limit: number,
    readonly drop: () => void,
  ) {}

  /** A live event; held while the client is still being sent what it missed. */
  push(bytes: Uint8Array, fact?: number): void {
    if (this.held) this.held.push({ bytes, fact });
    else this.send(bytes, fact);
  }

  /**
   * Queues an event for the client, unless it already has that fact; a client whose queue is
   * already past its limit is dropped instead.
   */
  send(bytes: Uint8Array, fact?: number): void {
    if (fact !== undefined) {
      if (fact <= this.sent) return;
      this.sent = fact;
    }
    // desiredSize is the room left in the queue (its mark is 0): below -limit, the client is that far behind.
    if ((this.controller.desiredSize ?? 0) < -this.limit) return this.drop();
    try {
      this.controller.enqueue(bytes);
    } catch {
      this.drop(); // the client went while this was on its way
    }
  }

  /** After the missed facts: what was heard meanwhile, then live. */
  goLive(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const e of held) this.push(e.bytes, e.fact);
  }
}

/**
 * One season's live stream on this server, shared by all its clients: it listens to the season's
 * facts and forecasts once, frames each event once, and hands the same bytes to every client,
 * so a fact costs one serialisation whatever the number of clients. Each client has a queue of
 * its own; one that falls `slowClientBytes` behind (its connection does not take what is
 * written) is dropped — its EventSource reconnects and resumes from its Last-Event-ID — so it
 * never holds up the others. One heartbeat timer per season, not per client.
 */
class SeasonFanout {
  private readonly clients = new Set<Client>();
  private readonly stop: (() => void)[] = [];

  constructor(
    season: string,
    private readonly o: FanoutOptions,
    private readonly gone: () => void,
  ) {
    this.stop.push(o.bus.subscribe(season, (e) => this.fact(e)));
    const progress = o.forecasts?.subscribe(season, (p) => this.send(sseFrame('forecast', p)));
    if (progress) this.stop.push(progress);
    const beat = setInterval(() => this.send(KEEP_ALIVE), o.heartbeatMs ?? HEARTBEAT_MS);
    beat.unref();
    this.stop.push(() => clearInterval(beat));
  }

  get size(): number {
    return this.clients.size;
  }

  /** A new client, sent nothing live until `goLive` (its missed facts come first). */
  join(controller: ReadableStreamDefaultController<Uint8Array>, since: number): Client {
    const client: Client = new Client(controller, since, this.o.slowClientBytes ?? SLOW_CLIENT_BYTES, () => {
      this.leave(client);
      controller.error(new Error('the client fell too far behind and was dropped'));
    });
    this.clients.add(client);
    return client;
  }

  leave(client: Client): void {
    if (!this.clients.delete(client) || this.clients.size) return;
    for (const s of this.stop) s();
    this.gone();
  }

  private fact(e: FactEvent): void {
    this.send(sseFrame('fact', e, e.fact), e.fact);
  }

  private send(bytes: Uint8Array, fact?: number): void {
    for (const c of this.clients) c.push(bytes, fact);
  }
}

/** What a stream's first writes go through: `send` (hello, the facts missed), before the live ones. */
export type FanoutClient = Pick<Client, 'send'>;

/** The live streams of every season this server serves, one fan-out per season with clients. */
export class EventFanout {
  private readonly seasons = new Map<string, SeasonFanout>();

  constructor(private readonly o: FanoutOptions) {}

  /**
   * A stream for one client of `season`: `start` writes what comes first (hello, the missed facts)
   * through the client, then it goes live. The stream ends when the client goes or is dropped.
   */
  open(
    season: string,
    since: number,
    start: (client: FanoutClient) => Promise<void>,
    signal?: AbortSignal,
  ): ReadableStream<Uint8Array> {
    let leave = () => undefined as void;
    return new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          let fanout = this.seasons.get(season);
          if (!fanout) {
            const created = new SeasonFanout(season, this.o, () => {
              if (this.seasons.get(season) === created) this.seasons.delete(season);
            });
            this.seasons.set(season, (fanout = created));
          }
          const owner = fanout;
          const client = owner.join(controller, since);
          leave = () => owner.leave(client);
          signal?.addEventListener('abort', leave, { once: true });
          // Not awaited: the response (its headers) goes out while the missed facts are read.
          void start(client).then(
            () => client.goLive(),
            (e: unknown) => {
              leave();
              controller.error(e);
            },
          );
        },
        cancel: () => leave(),
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
    );
  }

  /** Clients of a season's stream on this server. */
  clientCount(season: string): number {
    return this.seasons.get(season)?.size ?? 0;
  }
}
