import { createHash } from 'node:crypto';
import { MatchFactSchema } from '../../core/definition/index.ts';
import { foldName, suggest } from '../../core/names/suggest.ts';
import { crossCheck } from '../../core/season/cross-check.ts';
import { formatPath } from '../../core/season/issue.ts';
import type { ImportedMatch, ImportResult } from '../../import/model/index.ts';
import {
  canonicalJson,
  StorageError,
  type JsonObject,
  type SeasonStore,
  type StoredSeason,
  type WriteMeta,
} from '../../storage/index.ts';
import { RESULT_FIELDS, resultFieldsOf, type ImportRefusal } from './season-from-import.ts';

/** One row of a matchday file and what became of it. */
export interface MatchdayEntry {
  readonly file?: string;
  readonly line: number;
  /** The match's key in the season. */
  readonly match: string;
  /** The version written (added, corrected) or left as it was (unchanged). */
  readonly version: number;
}

export interface MatchdayReport {
  readonly seasonId: string;
  /** Results recorded on matches that had none. */
  readonly added: readonly MatchdayEntry[];
  /** Results that replace a different one already recorded. */
  readonly corrected: readonly MatchdayEntry[];
  /** Rows that say what the season already holds. */
  readonly unchanged: readonly MatchdayEntry[];
  readonly refused: readonly ImportRefusal[];
  /** False when rows were refused and `skipBad` was not given: nothing was written. */
  readonly written: boolean;
}

export interface MatchdayOptions {
  /** Part of every idempotency key (the file name): the same file twice writes once. */
  readonly origin: string;
  readonly skipBad?: boolean;
  /** Only matches of this competition are looked at. */
  readonly competition?: string;
  /** Why a result already recorded is replaced (kept with the correction). */
  readonly reason?: string;
}

interface Found {
  readonly m: ImportedMatch;
  readonly index: number;
  readonly key: string;
}

/**
 * The rows of the files as results of matches the season already schedules: each row finds its
 * match by the two clubs (names or aliases as the season writes them) and, when the season holds
 * that pairing more than once, by its date. A match without a result gets one (`record`), a
 * match whose result differs is corrected (`correct`, with the reason), each written on the
 * version read — a match changed meanwhile by someone else is refused, not overwritten. The
 * season with every new result must pass the same checks as a season file, else nothing is
 * written.
 */
export async function importMatchday(
  store: SeasonStore,
  stored: StoredSeason,
  results: readonly ImportResult[],
  meta: WriteMeta,
  options: MatchdayOptions,
): Promise<MatchdayReport> {
  const seasonId = stored.doc.season.id;
  const refused: ImportRefusal[] = results.flatMap((r) =>
    r.refused.map((x) => ({
      ...(x.file ? { file: x.file } : {}),
      line: x.line,
      reason: `${x.reason}${x.detail ? `: ${x.detail}` : ''}`,
      text: x.text,
    })),
  );
  const located = locateMatches(stored, results, options.competition);
  refused.push(...located.refused);

  // Each new version, checked as a fact and, all together, as the season they make.
  const planned: { found: Found; payload: JsonObject; current: JsonObject }[] = [];
  const matches = [...stored.doc.matches];
  for (const found of located.found) {
    const current = stored.input.matches as JsonObject[] | undefined;
    const before = (current?.[found.index] ?? {}) as JsonObject;
    const payload: JsonObject = {};
    for (const [k, v] of Object.entries(before))
      if (!(RESULT_FIELDS as readonly string[]).includes(k)) payload[k] = v;
    resultFieldsOf(found.m, before.home as string, before.away as string, payload);
    if (payload.date === undefined && found.m.date) payload.date = found.m.date;
    const parsed = MatchFactSchema.safeParse(payload);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      refused.push({
        ...(found.m.file ? { file: found.m.file } : {}),
        line: found.m.line,
        reason: `${i.message} (at ${formatPath(i.path as (string | number)[])})`,
      });
      continue;
    }
    matches[found.index] = parsed.data;
    planned.push({ found, payload, current: before });
  }
  for (const issue of crossCheck({ ...stored.doc, matches }).filter((i) => i.severity !== 'warning')) {
    const at = issue.path[0] === 'matches' ? planned.find((p) => p.found.index === issue.path[1]) : undefined;
    if (at)
      refused.push({
        ...(at.found.m.file ? { file: at.found.m.file } : {}),
        line: at.found.m.line,
        reason: issue.message,
      });
  }
  const nothing = { seasonId, added: [], corrected: [], unchanged: [], refused };
  if (refused.length > 0 && !options.skipBad) return { ...nothing, written: false };

  const refusedLines = new Set(refused.map((r) => `${r.file ?? ''}:${r.line}`));
  const added: MatchdayEntry[] = [];
  const corrected: MatchdayEntry[] = [];
  const unchanged: MatchdayEntry[] = [];
  for (const { found, payload, current } of planned) {
    const where = { ...(found.m.file ? { file: found.m.file } : {}), line: found.m.line };
    if (refusedLines.has(`${found.m.file ?? ''}:${found.m.line}`)) continue;
    const ref = { seasonId, kind: 'match' as const, key: found.key };
    const fact = await store.currentFact(ref);
    if (!fact?.payload) {
      refused.push({ ...where, reason: `${found.key} is no longer in the season` });
      continue;
    }
    if (canonicalJson(fact.payload) !== canonicalJson(current)) {
      // Someone wrote this match after the season was read: their version is not overwritten.
      refused.push({
        ...where,
        reason: `${found.key} changed while the file was read (now version ${fact.version}); nothing written for it`,
      });
      continue;
    }
    if (canonicalJson(fact.payload) === canonicalJson(payload)) {
      unchanged.push({ ...where, match: found.key, version: fact.version });
      continue;
    }
    const action =
      fact.payload.score === undefined && fact.payload.status === undefined ? 'record' : 'correct';
    const digest = createHash('sha256').update(canonicalJson(payload)).digest('hex').slice(0, 16);
    try {
      const { fact: written } = await store.appendFact(
        {
          ...ref,
          action,
          payload,
          ...meta,
          ...(action === 'correct' && { reason: options.reason ?? `results of ${options.origin}` }),
        },
        {
          expectedVersion: fact.version,
          idempotencyKey: `${options.origin}:${found.key}@${fact.version}:${digest}`,
        },
      );
      (action === 'record' ? added : corrected).push({
        ...where,
        match: found.key,
        version: written.version,
      });
    } catch (e) {
      if (!(e instanceof StorageError) || e.code !== 'version_conflict') throw e;
      refused.push({
        ...where,
        reason: `${found.key} changed while the file was read; nothing written for it`,
      });
    }
  }
  return { seasonId, added, corrected, unchanged, refused, written: true };
}

/**
 * For each imported match, the season's match it gives the result of; rows that find none, or
 * more than one, are refused with what the season holds.
 */
export function locateMatches(
  stored: StoredSeason,
  results: readonly ImportResult[],
  competition?: string,
): { found: Found[]; refused: ImportRefusal[] } {
  const doc = stored.doc;
  const clubOf = new Map<string, string>();
  const names: string[] = [];
  for (const c of doc.clubs) {
    for (const n of [c.name, c.id, ...(c.aliases ?? [])]) {
      clubOf.set(foldName(n), c.id);
      names.push(n);
    }
  }
  const matchKeys = stored.keys.filter((k) => k.kind === 'match').map((k) => k.key);
  const byPair = new Map<string, number[]>();
  doc.matches.forEach((m, i) => {
    if (competition && m.competition !== competition) return;
    const key = `${m.home}\u0000${m.away}`;
    byPair.set(key, [...(byPair.get(key) ?? []), i]);
  });
  const found: Found[] = [];
  const refused: ImportRefusal[] = [];
  for (const r of results)
    for (const m of r.matches) {
      const where = { ...(m.file ? { file: m.file } : {}), line: m.line };
      const home = clubOf.get(foldName(m.home));
      const away = clubOf.get(foldName(m.away));
      const unknown = !home ? m.home : !away ? m.away : undefined;
      if (unknown !== undefined) {
        const hint = suggest(unknown, names);
        refused.push({
          ...where,
          reason: `no club '${unknown}' in season '${doc.season.id}'${hint ? ` — did you mean '${hint}'?` : ''}`,
        });
        continue;
      }
      let candidates = byPair.get(`${home}\u0000${away}`) ?? [];
      if (candidates.length > 1 && m.date) {
        const dated = candidates.filter((i) => doc.matches[i]!.date === m.date);
        if (dated.length > 0) candidates = dated;
      }
      if (candidates.length > 1) {
        const open = candidates.filter((i) => doc.matches[i]!.score === undefined);
        if (open.length === 1) candidates = open;
      }
      if (candidates.length !== 1) {
        refused.push({
          ...where,
          reason:
            candidates.length === 0
              ? `no match ${home} v ${away} in season '${doc.season.id}'${competition ? ` (competition ${competition})` : ''}`
              : `${candidates.length} matches ${home} v ${away} in season '${doc.season.id}' (${candidates.map((i) => matchKeys[i]).join(', ')}); give the date`,
        });
        continue;
      }
      found.push({ m, index: candidates[0]!, key: matchKeys[candidates[0]!]! });
    }
  return { found, refused };
}
