import { SeasonSchema } from '../../src/core/definition/index.ts';
import { loadSeasonInput } from '../../src/season/season-input.ts';
import { seasonSnapshot, type SeasonSnapshot, type WriteMeta } from '../../src/storage/index.ts';

export const EVERY_FACT = 'test/fixtures/seasons/every-fact';

/** The every-fact fixture as the store takes it, and its validated document. */
export function everyFactSeason() {
  const loaded = loadSeasonInput(EVERY_FACT);
  if (!loaded.doc || !loaded.input) throw new Error(`${EVERY_FACT} does not validate`);
  return { snapshot: seasonSnapshot(loaded.input, loaded.doc), doc: loaded.doc, input: loaded.input };
}

/** Who writes, at a given moment: `at('2030-01-01T10:00')`. */
export const by = (author: string, at: string, reason?: string): WriteMeta => ({
  author,
  recordedAt: new Date(`${at}Z`),
  ...(reason ? { reason } : {}),
});

/**
 * A made-up league big enough to need several insert statements: `teams` clubs playing a double
 * round robin on consecutive days, every match with a score.
 */
export function bigLeague(
  teams: number,
  id = 'big-league-2030',
): { input: Record<string, unknown>; snapshot: SeasonSnapshot } {
  const clubs = Array.from({ length: teams }, (_, i) => ({ id: `club-${i + 1}`, name: `Club ${i + 1}` }));
  const matches: Record<string, unknown>[] = [];
  let day = 0;
  for (const home of clubs)
    for (const away of clubs) {
      if (home === away) continue;
      const date = new Date(Date.UTC(2030, 0, 1) + Math.floor(day++ / 8) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      matches.push({
        competition: 'league',
        stage: 'season',
        date,
        home: home.id,
        away: away.id,
        score: `${day % 4}-${day % 3}`,
      });
    }
  const input = {
    season: { id, name: `Big League ${teams}` },
    clubs,
    competitions: [
      {
        id: 'league',
        name: 'League',
        teams: clubs.map((c) => c.id),
        stages: [{ id: 'season', name: 'Season', format: 'league' }],
      },
    ],
    matches,
  };
  return { input, snapshot: seasonSnapshot(input, SeasonSchema.parse(input)) };
}
