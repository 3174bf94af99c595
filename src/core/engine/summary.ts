import type { CompetitionSummary, SeasonSummary } from './engine-types.ts';
import type { SeasonEngine } from './season-engine.ts';

/**
 * The season resolved: champions and runners-up of every competition, and every link applied
 * with its effect, grouped as qualifications, promotions, relegations and adjustments.
 */
export function seasonSummary(engine: SeasonEngine): SeasonSummary {
  const competitions: CompetitionSummary[] = engine.index.doc.competitions.map((c) => {
    const last = c.stages.at(-1)!;
    return {
      competition: c,
      champion: engine.stageResult(c.id, last.id, 'winner'),
      runnerUp: engine.stageResult(c.id, last.id, 'runner-up'),
    };
  });
  const links = engine.links();
  const of = (kind: 'qualification' | 'promotion' | 'relegation' | 'adjustment') =>
    links.filter((l) => kind in l.link.effect);
  return {
    season: engine.index.doc.season.id,
    ...(engine.options.asOf ? { asOf: engine.options.asOf } : {}),
    competitions,
    qualifications: of('qualification'),
    promotions: of('promotion'),
    relegations: of('relegation'),
    adjustments: of('adjustment'),
    ...(engine.options.seed !== undefined ? { seed: engine.options.seed } : {}),
  };
}
