import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SeasonIssue } from '../core/season/issue.ts';
import type { SourceFile } from './source-files.ts';
import { syntaxCause } from './yaml-syntax-error.ts';

export interface ParsedFile {
  readonly file: SourceFile;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Parses one YAML file, keeping the positions of every node for error messages. */
export function parseYamlFile(file: SourceFile): { parsed?: ParsedFile; issues: SeasonIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  const cause = first && syntaxCause(first, file.text);
  const pos = cause && lines.linePos(cause.offset);
  const issues: SeasonIssue[] =
    cause && pos
      ? [
          {
            code: 'yaml_syntax',
            path: [],
            message: cause.message,
            expected: cause.expected,
            file: file.path,
            line: pos.line,
            column: pos.col,
          },
        ]
      : [];
  return issues.length ? { issues } : { parsed: { file, doc, lines }, issues };
}
