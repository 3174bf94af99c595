import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SeasonIssue } from '../core/season/issue.ts';
import type { SourceFile } from './source-files.ts';

export interface ParsedFile {
  readonly file: SourceFile;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Parses one YAML file, keeping the positions of every node for error messages. */
export function parseYamlFile(file: SourceFile): { parsed?: ParsedFile; issues: SeasonIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const issues: SeasonIssue[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return {
      code: 'yaml_syntax' as const,
      path: [],
      message: `YAML syntax: ${firstLine(e.message)}`,
      expected: 'valid YAML',
      file: file.path,
      line: pos.line,
      column: pos.col,
    };
  });
  return issues.length ? { issues } : { parsed: { file, doc, lines }, issues };
}

const firstLine = (s: string) => s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
