import type { Generated } from 'kysely';

/** The tables, as kysely sees them. Nothing is ever updated or deleted: every table only grows. */
export interface Database {
  /** One row per season ever saved. */
  seasons: { id: string; created_at: string };
  /** The definition (season, sources, venues, clubs, teams, people, competitions, links), one row per version. */
  season_definitions: {
    id: Generated<number>;
    season_id: string;
    version: number;
    payload: string;
    author: string;
    recorded_at: string;
    reason: string | null;
  };
  /** Every fact key ever written, once; its id gives the order of facts in the season document. */
  fact_keys: { id: Generated<number>; season_id: string; kind: string; key: string };
  /** The fact log: one row per version of a key. */
  facts: {
    id: Generated<number>;
    season_id: string;
    key_id: number;
    version: number;
    action: string;
    /** Copied from the payload so that a competition's matches can be read without parsing every fact. */
    competition: string | null;
    payload: string | null;
    author: string;
    recorded_at: string;
    reason: string | null;
    idempotency_key: string;
    supersedes: number | null;
  };
}
