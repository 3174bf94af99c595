import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export interface SourceFile {
  /** The path as the user should see it in messages. */
  readonly path: string;
  readonly text: string;
}

/** A path as messages show it: relative when it lies under the working folder, else as it is. */
export function shownPath(path: string, base = process.cwd()): string {
  const rel = relative(base, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');

/**
 * A season is one YAML file or a folder of them (read recursively, in name order, so the
 * merge is the same on every machine).
 */
export function readSeasonFiles(target: string): SourceFile[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new SeasonNotFound(target);
  if (stat.isFile()) return [{ path: shownPath(target), text: readFileSync(target, 'utf8') }];
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (isYaml(name)) files.push({ path: shownPath(full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(target);
  if (files.length === 0) throw new SeasonNotFound(target, 'holds no .yaml files');
  return files;
}

export class SeasonNotFound extends Error {
  constructor(
    readonly target: string,
    readonly why = 'does not exist',
  ) {
    super(`season '${target}' ${why}`);
  }
}
