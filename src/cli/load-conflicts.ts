import { canonicalJson, type SeasonSnapshot, type SeasonStore, type StoredFact } from '../storage/index.ts';

/** A fact recorded in the database (by `record`, `correct`, the API or the form) that a load would supersede. */
export interface LoadConflict {
  readonly current: StoredFact;
  /** What the load would do to it: write the files' version over it, or withdraw it. */
  readonly effect: 'supersede' | 'withdraw' | 'restore';
}

/**
 * Versions written from season files: by `torneo load` (`load:…`) or by `serve` reading its folder
 * (`files:…`). Their idempotency keys start with the origin the writer gave (storage's stateFacts).
 */
const FROM_FILES = /^(load|files):/;

const keyOf = (f: { kind: string; key: string }) => `${f.kind}\u0000${f.key}`;

/**
 * The facts a load of these files would silently overwrite: those whose current version was
 * written in the database, not from files, and that the files state differently or not at all.
 * A version written from files is the files' own earlier word, which the files may change.
 */
export async function loadConflicts(store: SeasonStore, snapshot: SeasonSnapshot): Promise<LoadConflict[]> {
  const changes = await store.factsSince(snapshot.seasonId, 0);
  if (!changes) return [];
  const current = new Map<string, StoredFact>();
  for (const f of changes.facts) current.set(keyOf(f), f);
  const stated = new Map(snapshot.facts.map((f) => [keyOf(f), canonicalJson(f.payload)]));
  const out: LoadConflict[] = [];
  for (const [k, fact] of current) {
    if (FROM_FILES.test(fact.idempotencyKey)) continue;
    const files = stated.get(k);
    if (fact.action === 'retract') {
      if (files !== undefined) out.push({ current: fact, effect: 'restore' });
    } else if (files === undefined) out.push({ current: fact, effect: 'withdraw' });
    else if (files !== canonicalJson(fact.payload!)) out.push({ current: fact, effect: 'supersede' });
  }
  return out;
}

const EFFECT: Record<LoadConflict['effect'], string> = {
  supersede: 'the files state it otherwise',
  withdraw: 'the files do not state it; it would be withdrawn',
  restore: 'withdrawn in the database; the files would state it again',
};

/** One line per fact, saying who recorded what and when, and what the load would do to it. */
export function conflictLines(conflicts: readonly LoadConflict[]): string[] {
  return conflicts.map(({ current: f, effect }) => {
    const why = f.reason ? `, "${f.reason}"` : '';
    return `  ${f.kind} ${f.key}: version ${f.version}, ${f.action} by ${f.author} at ${f.recordedAt}${why} — ${EFFECT[effect]}`;
  });
}
