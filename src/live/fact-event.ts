/**
 * What a subscriber to the live stream hears: a season changed. A write on this server says what
 * it was; a change heard from another server (PostgreSQL NOTIFY) says only which season.
 */
export interface FactEvent {
  readonly season: string;
  readonly kind?: string;
  readonly key?: string;
  readonly competition?: string;
  /** The fact's id in the log, when known. */
  readonly fact?: number;
}
