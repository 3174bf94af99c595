import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, YAMLSeq, type Node } from 'yaml';
import { formatIssue, loadSeasonFromFiles } from './load-season.ts';
import { FACT_FILES } from './season-folder.ts';
import { readSeasonFiles } from './source-files.ts';

export type FactSection = keyof typeof FACT_FILES;

export type AppendOutcome =
  | { readonly ok: true; readonly file: string; readonly added: number }
  | { readonly ok: false; readonly file: string; readonly issues: readonly string[] };

/**
 * Appends facts to a season written as YAML: into `facts/<section>.yaml` of a season folder
 * (created when missing), or into the section of a single-file season. The season is read
 * back with the new facts and checked like any season before anything is written, so a
 * refused write leaves every file as it was. Comments and the layout of the file are kept.
 */
export function appendFacts(
  season: string,
  section: FactSection,
  items: readonly Record<string, unknown>[],
): AppendOutcome {
  const target = resolve(season);
  const file = statSync(target).isDirectory() ? join(target, 'facts', `${FACT_FILES[section]}.yaml`) : target;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const after = appended(before, section, items);
  const files = readSeasonFiles(target);
  const at = files.findIndex((f) => resolve(f.path) === file);
  const checked = loadSeasonFromFiles(
    at >= 0
      ? files.with(at, { path: files[at]!.path, text: after })
      : [...files, { path: file, text: after }],
  );
  const errors = checked.issues.filter((i) => i.severity !== 'warning');
  if (errors.length) return { ok: false, file, issues: errors.map(formatIssue) };
  mkdirSync(dirname(file), { recursive: true });
  // Written beside the file, then renamed over it: a reader sees the old file or the new one.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, after);
  renameSync(temporary, file);
  return { ok: true, file, added: items.length };
}

function appended(
  text: string | undefined,
  section: string,
  items: readonly Record<string, unknown>[],
): string {
  const doc = parseDocument(text ?? '');
  if (doc.contents !== null && !isMap(doc.contents))
    throw new Error(`expected a YAML mapping with a '${section}' list`);
  let list = doc.get(section);
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set(section, list);
  }
  for (const item of items) (list as YAMLSeq).add(compact(doc.createNode(item)));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** A fact on one line as the example files write them (`- { competition: …, home: … }`), lists of names inline. */
function compact(node: Node): Node {
  if (JSON.stringify(node.toJSON()).length <= 160 && (isMap(node) || isSeq(node))) node.flow = true;
  else
    visit(node, {
      Seq(_, seq) {
        if (seq.items.every(isScalar)) seq.flow = true;
      },
    });
  return node;
}
