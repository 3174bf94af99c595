import type { CompetitionDoc, StageDoc } from '../../core/definition/index.ts';
import type { SeasonCatalog } from '../../live/season-catalog.ts';
import type { SeasonSnapshot } from '../../live/season-snapshot.ts';
import { notFoundOf } from '../http-error.ts';

/** Finding what a path names, or a 404 that says which part was not found. */
export async function seasonOr404(catalog: SeasonCatalog, season: string): Promise<SeasonSnapshot> {
  const s = await catalog.snapshot(season);
  if (!s) throw notFoundOf('season', season);
  return s;
}

/** For writes: the season must exist, but its snapshot is not needed (and may be reloading). */
export async function seasonExistsOr404(catalog: SeasonCatalog, season: string): Promise<void> {
  if (!(await catalog.has(season))) throw notFoundOf('season', season);
}

export function competitionOr404(s: SeasonSnapshot, competition: string): CompetitionDoc {
  const c = s.index.competitions.get(competition);
  if (!c) throw notFoundOf('competition', competition, ` in season '${s.id}'`);
  return c;
}

export function stageOr404(c: CompetitionDoc, stage: string): StageDoc {
  const st = c.stages.find((x) => x.id === stage);
  if (!st) throw notFoundOf('stage', stage, ` of '${c.id}'`);
  return st;
}
