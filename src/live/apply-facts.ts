import type { SeasonDoc } from '../core/definition/index.ts';
import { FACT_SECTIONS, type FactKind, type StoredFact } from '../storage/index.ts';
import { FACT_ENTRY_SCHEMAS, type FactEntry } from './fact-entry.ts';
import { snapshotOf, type FactKeys, type SeasonSnapshot } from './season-snapshot.ts';

type Sections = { [K in FactKind]?: { entries: unknown[]; keys: string[] } };

/**
 * The season with the facts recorded after it folded in, as a whole read of the store would give
 * it, without reading or validating the rest again: each fact's entry replaces its key's, goes at
 * the end of its section when the key is new (keys are created in the order their facts commit,
 * which is the order of a read), or leaves with a withdrawal. Undefined when a fact cannot be
 * placed that way — a key withdrawn earlier and now written again, whose place the snapshot no
 * longer knows, or a payload that no longer validates — and the season must be read whole.
 *
 * `parsed` holds entries already validated (a write on this server): they are not parsed again.
 */
export function applyFacts(
  base: SeasonSnapshot,
  facts: readonly StoredFact[],
  parsed: ReadonlyMap<number, FactEntry> = new Map(),
): SeasonSnapshot | undefined {
  const sections: Sections = {};
  const sectionOf = (kind: FactKind) =>
    (sections[kind] ??= {
      entries: [...(base.doc[FACT_SECTIONS[kind]] as readonly unknown[])],
      keys: [...base.keys[kind]],
    });
  let lastFactId = base.lastFactId;
  for (const f of facts) {
    lastFactId = Math.max(lastFactId, f.id);
    const s = sectionOf(f.kind);
    const at = s.keys.indexOf(f.key);
    if (f.action === 'retract' || f.payload === undefined) {
      if (at >= 0) {
        s.entries.splice(at, 1);
        s.keys.splice(at, 1);
      }
      continue;
    }
    let entry: unknown = parsed.get(f.id);
    if (entry === undefined) {
      const checked = FACT_ENTRY_SCHEMAS[f.kind].safeParse(f.payload);
      if (!checked.success) return undefined;
      entry = checked.data;
    }
    if (at >= 0) s.entries[at] = entry;
    else if (f.version === 1) {
      s.entries.push(entry);
      s.keys.push(f.key);
    } else return undefined;
  }
  const doc = { ...base.doc } as Record<string, unknown>;
  const keys = { ...base.keys } as Record<FactKind, readonly string[]>;
  for (const [kind, s] of Object.entries(sections) as [FactKind, { entries: unknown[]; keys: string[] }][]) {
    doc[FACT_SECTIONS[kind]] = s.entries;
    keys[kind] = s.keys;
  }
  return snapshotOf(
    { doc: doc as SeasonDoc, definitionVersion: base.definitionVersion, lastFactId, keys: keys as FactKeys },
    base,
  );
}
