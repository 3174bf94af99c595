import { SeasonSchema, type SeasonDoc } from '../core/definition/index.ts';
import { crossCheck } from '../core/season/cross-check.ts';
import type { SeasonIssue } from '../core/season/issue.ts';
import { indexSeason, type SeasonIndex } from '../core/season/season.ts';
import { mergeSeasonFiles } from './merge.ts';
import { parseYamlFile, type ParsedFile } from './parse-yaml.ts';
import { readSeasonFiles, type SourceFile } from './source-files.ts';
import { fromZodIssue } from './zod-issues.ts';

export interface LoadedSeason {
  readonly files: readonly SourceFile[];
  readonly doc?: SeasonDoc;
  readonly index?: SeasonIndex;
  /** Errors first, each with file, line and column; empty when the season is valid. */
  readonly issues: readonly SeasonIssue[];
  /**
   * The merged document as written, before validation, when it validated; its entries line up one
   * to one with `doc`'s. Storage keeps facts in this form (the schema's transforms cannot be undone).
   */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** Reads, merges, validates and cross-checks a season file or folder. Never throws on bad input. */
export function loadSeason(target: string): LoadedSeason {
  return loadSeasonFromFiles(readSeasonFiles(target));
}

export function loadSeasonFromFiles(files: readonly SourceFile[]): LoadedSeason {
  const parsed: ParsedFile[] = [];
  const syntax: SeasonIssue[] = [];
  for (const f of files) {
    const r = parseYamlFile(f);
    if (r.parsed) parsed.push(r.parsed);
    syntax.push(...r.issues);
  }
  if (syntax.length) return { files, issues: syntax };

  const { merged, issues: mergeIssues } = mergeSeasonFiles(parsed);
  const result = SeasonSchema.safeParse(merged.value);
  const located = (list: readonly SeasonIssue[]) =>
    list.map((i) => (i.file ? i : { ...i, ...merged.locate(i.path) }));
  if (!result.success) {
    const issues = result.error.issues.flatMap((i) => fromZodIssue(i, merged.value));
    return { files, issues: sortIssues(located([...mergeIssues, ...issues])) };
  }
  const refIssues = located(crossCheck(result.data));
  const issues = sortIssues([...located(mergeIssues), ...refIssues]);
  return { files, doc: result.data, index: indexSeason(result.data), issues, input: merged.value };
}

const sortIssues = (issues: SeasonIssue[]) =>
  issues.sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );

/** `file:line:column: message (at path; expected …)` — one line per issue, as compilers print them. */
export function formatIssue(i: SeasonIssue): string {
  const where = [i.file, i.line, i.column].filter((x) => x !== undefined && x !== '').join(':');
  const path = i.path.length ? ` (at ${formatPath(i.path)})` : '';
  const expected = i.expected ? `; expected ${i.expected}` : '';
  return `${where ? `${where}: ` : ''}${i.severity === 'warning' ? 'warning' : 'error'}: ${i.message}${path}${expected}`;
}

import { formatPath } from '../core/season/issue.ts';
