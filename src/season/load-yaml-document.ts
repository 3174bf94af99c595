import type { z } from 'zod';
import type { SeasonIssue } from '../core/season/issue.ts';
import { mergeSeasonFiles } from './merge.ts';
import { parseYamlFile } from './parse-yaml.ts';
import type { SourceFile } from './source-files.ts';
import { fromZodIssue } from './zod-issues.ts';

/**
 * One YAML file validated by any schema, with every issue located at file:line:column — the
 * same treatment as a season file, for the smaller documents around it (a rules file).
 */
export function loadYamlDocument<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
): { value?: z.output<S>; issues: SeasonIssue[] } {
  const parsed = parseYamlFile(file);
  if (!parsed.parsed) return { issues: parsed.issues };
  const { merged } = mergeSeasonFiles([parsed.parsed]);
  const result = schema.safeParse(parsed.parsed.doc.toJS());
  if (result.success) return { value: result.data, issues: [] };
  const input = parsed.parsed.doc.toJS() as unknown;
  const issues = result.error.issues
    .flatMap((i) => fromZodIssue(i, input, schema))
    .map((i) => ({ ...i, ...merged.locate(i.path) }));
  return { issues };
}
