import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IsoDate } from '../core/model/index.ts';
import { detectFormat, type SourceFormat } from './detect-format.ts';
import { parseEngsoccerdata, parseEngsoccerdataDeductions } from './engsoccerdata/index.ts';
import { parseFootballDataCsv } from './football-data-csv/index.ts';
import { parseFootballJson } from './football-json/index.ts';
import { parseFootballTxt, parsePublishedTables } from './football-txt/index.ts';
import type { AdjustmentsResult, ImportResult, ProgressCallback, PublishedTable } from './model/index.ts';
import { screenMatches } from './quality/screen-matches.ts';
import { parseResultsCsv } from './results-csv/index.ts';
import { decodeText } from './text/decode-text.ts';
import { parsePointDeductions } from './seanelvidge/index.ts';

/**
 * The imperative shell around the pure readers: finds the files of a path (a file or a folder,
 * walked in name order), detects each one's format, decodes it (UTF-8 with or without a BOM, or
 * Windows-1252/Latin-1 as football-data.co.uk files often are; anything else is refused by name),
 * hands the text to the reader and screens what it read (screenMatches). Files it does not read
 * are listed with the reason, never dropped silently.
 */
export type ReadFile =
  | {
      readonly path: string;
      readonly format:
        'football-txt' | 'football-json' | 'football-data-csv' | 'engsoccerdata-csv' | 'results-csv';
      readonly result: ImportResult;
    }
  | {
      readonly path: string;
      readonly format: 'engsoccerdata-deductions' | 'seanelvidge-deductions';
      readonly result: AdjustmentsResult;
    }
  | {
      readonly path: string;
      readonly format: 'published-tables';
      readonly result: { readonly tables: readonly PublishedTable[] };
    };

export interface SourceRead {
  readonly files: readonly ReadFile[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  readonly unreadable: readonly { readonly path: string; readonly message: string }[];
}

export interface ReadSourceOptions {
  /** Matches dated before this day that still have no result are reported. */
  readonly asOf?: IsoDate;
  /** Progress over the files of a folder, or over the characters of a single large file. */
  readonly onProgress?: ProgressCallback;
  /** Read only these formats (others are listed as skipped). */
  readonly formats?: readonly SourceFormat[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(path, out);
    } else out.push(path);
  }
  return out;
}

/** What a reader read, screened as every reading path screens it. */
const screened = (read: ReadFile): ReadFile =>
  'matches' in read.result ? ({ ...read, result: screenMatches(read.result) } as ReadFile) : read;

function parse(
  format: SourceFormat,
  text: string,
  file: string,
  options: ReadSourceOptions,
  progress?: ProgressCallback,
): ReadFile {
  const asOf = options.asOf ? { asOf: options.asOf } : {};
  switch (format) {
    case 'football-txt':
      return { path: file, format, result: parseFootballTxt(text, { file, ...asOf }) };
    case 'football-json':
      return { path: file, format, result: parseFootballJson(text, { file, ...asOf }) };
    case 'football-data-csv':
      return { path: file, format, result: parseFootballDataCsv(text, { file, ...asOf }) };
    case 'engsoccerdata-csv':
      return {
        path: file,
        format,
        result: parseEngsoccerdata(text, { file, ...(progress && { onProgress: progress }) }),
      };
    case 'results-csv':
      return { path: file, format, result: parseResultsCsv(text, { file }) };
    case 'engsoccerdata-deductions':
      return { path: file, format, result: parseEngsoccerdataDeductions(text, { file }) };
    case 'seanelvidge-deductions':
      return { path: file, format, result: parsePointDeductions(text, { file }) };
    case 'published-tables':
      return { path: file, format, result: { tables: parsePublishedTables(text, { file }) } };
  }
}

/**
 * One file's bytes as readSource reads them: decoded, its format detected from `path` and its
 * first lines, read and screened. A reader that throws is a bug: readSource lists it as
 * unreadable, the fuzz tests call this to see it.
 */
export function readBytes(
  path: string,
  file: string,
  bytes: Uint8Array,
  options: ReadSourceOptions = {},
  progress?: ProgressCallback,
): { read: ReadFile } | { skip: string } | { unreadable: string } {
  const decoded = decodeText(bytes);
  if ('refused' in decoded) return { unreadable: decoded.refused };
  const detected = detectFormat(path, decoded.text.slice(0, 4096));
  if ('skip' in detected) return { skip: detected.skip };
  if (options.formats && !options.formats.includes(detected.format))
    return { skip: `format ${detected.format} not asked for` };
  return { read: screened(parse(detected.format, decoded.text, file, options, progress)) };
}

export function readSource(path: string, options: ReadSourceOptions = {}): SourceRead {
  const files: ReadFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const unreadable: { path: string; message: string }[] = [];
  let paths: string[];
  let root: string;
  try {
    const isDir = statSync(path).isDirectory();
    paths = isDir ? walk(path, []) : [path];
    root = isDir ? path : '';
  } catch (e) {
    return { files, skipped, unreadable: [{ path, message: (e as Error).message }] };
  }
  const single = paths.length === 1;
  paths.forEach((p, i) => {
    const file = root ? relative(root, p) : p;
    try {
      const r = readBytes(p, file, readFileSync(p), options, single ? options.onProgress : undefined);
      if ('unreadable' in r) unreadable.push({ path: file, message: r.unreadable });
      else if ('skip' in r) skipped.push({ path: file, reason: r.skip });
      else files.push(r.read);
    } catch (e) {
      unreadable.push({ path: file, message: (e as Error).message });
    }
    if (!single) options.onProgress?.(i + 1, paths.length);
  });
  if (single) options.onProgress?.(1, 1);
  return { files, skipped, unreadable };
}
