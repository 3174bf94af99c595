// Turns what the Football.TXT reader gives into the engine's matches: team names as ids (the
// source's own spelling), every fact kept as read.
import { readFileSync } from 'node:fs';
import type { Match } from '../../../src/core/model/index.ts';
import { matchId, teamId } from '../../../src/core/model/index.ts';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';
import type { ImportedMatch } from '../../../src/import/model/index.ts';

export function readFootballTxtMatches(path: string): ImportedMatch[] {
  const read = parseFootballTxt(readFileSync(path, 'utf8'), { file: path });
  if (read.refused.length)
    throw new Error(`${path}: ${read.refused.length} line(s) refused: ${read.refused[0]!.text}`);
  return [...read.matches];
}

export const toEngineMatch = (m: ImportedMatch, i: number): Match => ({
  id: matchId(`${m.file ?? 'txt'}:${m.line}:${i}`),
  home: teamId(m.home),
  away: teamId(m.away),
  status: m.status,
  ...(m.date ? { date: m.date } : {}),
  ...(m.result ? { result: m.result } : {}),
  ...(m.goals ? { goals: m.goals } : {}),
  ...(m.attendance !== undefined ? { attendance: m.attendance } : {}),
});
