/** Reads Server-Sent Events from a streaming response, one `{ event, data, id }` at a time. */
export class SseReader {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(res: Response) {
    this.reader = res.body!.getReader();
  }

  /** The next event whose name is `name` (comments and other events are skipped). */
  async next(name: string): Promise<{ event: string; data: unknown; id?: string }> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        const id = /^id: ?(.*)$/m.exec(block)?.[1];
        if (event === name)
          return { event, data: data ? JSON.parse(data) : undefined, ...(id !== undefined ? { id } : {}) };
        continue;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error(`the stream ended before a '${name}' event`);
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}
