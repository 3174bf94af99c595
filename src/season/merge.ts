import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { SEASON_LIST_KEYS } from '../core/definition/index.ts';
import type { IssuePath, SeasonIssue } from '../core/season/issue.ts';
import type { ParsedFile } from './parse-yaml.ts';

/** Where each merged list entry came from, so a path in the merged document finds its file and line. */
interface Origin {
  readonly parsed: ParsedFile;
  /** The path inside that file's document that corresponds to the merged path prefix. */
  readonly prefix: IssuePath;
}

export interface MergedSeason {
  readonly value: Record<string, unknown>;
  locate(path: IssuePath): { file: string; line?: number; column?: number };
}

/**
 * Merges a folder of partial season documents: `season` and `sources` from anywhere (once each
 * key), list sections (`clubs`, `matches`, …) concatenated in file order. A file may hold a single
 * `competition:`, appended to `competitions`.
 */
export function mergeSeasonFiles(files: readonly ParsedFile[]): {
  merged: MergedSeason;
  issues: SeasonIssue[];
} {
  const value: Record<string, unknown> = {};
  const listOrigins = new Map<string, Origin[]>();
  const keyOrigins = new Map<string, ParsedFile>();
  const issues: SeasonIssue[] = [];
  const lists = new Set<string>(SEASON_LIST_KEYS);

  for (const parsed of files) {
    const js = parsed.doc.toJS({ maxAliasCount: 1000 }) as unknown;
    if (js === null || js === undefined) continue;
    if (typeof js !== 'object' || Array.isArray(js)) {
      issues.push({
        code: 'schema',
        path: [],
        message: 'a season file must be a mapping of sections (season, clubs, competitions, …)',
        expected: 'a YAML mapping',
        file: parsed.file.path,
        line: 1,
        column: 1,
      });
      continue;
    }
    for (const [key, v] of Object.entries(js as Record<string, unknown>)) {
      const target = key === 'competition' ? 'competitions' : key;
      if (lists.has(target)) {
        const items = key === 'competition' ? [v] : Array.isArray(v) ? v : [v];
        const origins = listOrigins.get(target) ?? [];
        items.forEach((_item, i) =>
          origins.push({ parsed, prefix: key === 'competition' ? [key] : [key, i] }),
        );
        listOrigins.set(target, origins);
        value[target] = [...((value[target] as unknown[]) ?? []), ...items];
      } else if (key === 'sources' && value.sources && typeof v === 'object') {
        value.sources = { ...(value.sources as object), ...(v as object) };
      } else if (key in value) {
        const first = keyOrigins.get(key)!;
        issues.push({
          code: 'merge_conflict',
          path: [key],
          message: `section '${key}' is defined in two files (also in ${first.file.path})`,
          expected: `'${key}' in one file only`,
          ...position(parsed, [key]),
          file: parsed.file.path,
        });
      } else {
        value[key] = v;
        keyOrigins.set(key, parsed);
      }
    }
  }

  const locate = (path: IssuePath) => {
    const [head, index, ...rest] = path;
    const origin =
      typeof head === 'string' && typeof index === 'number' ? listOrigins.get(head)?.[index] : undefined;
    if (origin)
      return { file: origin.parsed.file.path, ...position(origin.parsed, [...origin.prefix, ...rest]) };
    const parsed =
      (typeof head === 'string' && (keyOrigins.get(head) ?? listOrigins.get(head)?.[0]?.parsed)) || files[0];
    return parsed
      ? {
          file: parsed.file.path,
          ...position(parsed, typeof head === 'string' && listOrigins.has(head) ? [head] : path),
        }
      : { file: '' };
  };
  return { merged: { value, locate }, issues };
}

/** The line and column of the deepest node that exists along the path. */
function position(parsed: ParsedFile, path: IssuePath): { line?: number; column?: number } {
  let node: unknown = parsed.doc.contents;
  let found: Node | undefined = node as Node;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      node = pair.value;
      found = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as Node;
    } else break;
  }
  const offset = found?.range?.[0];
  if (offset === undefined) return {};
  const pos = parsed.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
