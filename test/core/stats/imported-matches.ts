// Turns what the Football.TXT reader gives into the engine's matches: team names as ids (the
// source's own spelling), every fact kept as read.
import { readFileSync } from 'node:fs';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';
import type { ImportedMatch } from '../../../src/import/model/index.ts';

export function readFootballTxtMatches(path: string): ImportedMatch[] {
  const read = parseFootballTxt(readFileSync(path, 'utf8'), { file: path });
  if (read.refused.length)
    throw new Error(`${path}: ${read.refused.length} line(s) refused: ${read.refused[0]!.text}`);
  return [...read.matches];
}

export { engineMatch as toEngineMatch } from '../../../src/import/engine-match.ts';
