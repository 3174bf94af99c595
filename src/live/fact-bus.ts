import type { FactEvent } from './fact-event.ts';

export type FactListener = (event: FactEvent) => void;

/**
 * Where new facts are announced inside one process. The SSE stream and the season cache listen;
 * the write path (and, with PostgreSQL, the LISTEN/NOTIFY bridge) publishes.
 */
export class FactBus {
  private readonly listeners = new Map<string, Set<FactListener>>();

  subscribe(season: string, listener: FactListener): () => void {
    let set = this.listeners.get(season);
    if (!set) this.listeners.set(season, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(season);
    };
  }

  publish(event: FactEvent): void {
    for (const listener of [...(this.listeners.get(event.season) ?? [])]) {
      try {
        listener(event);
      } catch (e) {
        // One broken listener (a closed stream) must not stop the others from hearing the fact.
        console.error('fact listener failed:', e);
      }
    }
  }

  listenerCount(season: string): number {
    return this.listeners.get(season)?.size ?? 0;
  }
}
