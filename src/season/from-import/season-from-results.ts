import { SeasonSchema, type SeasonDoc, type TieRulesDoc } from '../../core/definition/index.ts';
import { crossCheck } from '../../core/season/cross-check.ts';
import { formatPath } from '../../core/season/issue.ts';
import type { ImportResult } from '../../import/model/index.ts';
import type { JsonObject } from '../../storage/index.ts';
import { seasonFromImport, type PublishedStage } from './season-from-import.ts';

/**
 * A season held only in memory, made from one results file exactly as `import` would write it
 * (clubs, competitions, stages from the headings or the stage/group/round/leg columns, the
 * facts): what `table --results` and `bracket --results` show without a database. `tie` replaces
 * the tie rules of every knockout round (a preset or the rules file's `tie:`), for sources whose
 * competition the data alone cannot tell.
 */
export function seasonFromResults(
  result: ImportResult,
  options: { readonly tie?: TieRulesDoc; readonly name?: string } = {},
): {
  readonly doc?: SeasonDoc;
  readonly problems: readonly string[];
  /** The league stages whose final table the file publishes, to compare with the engine's. */
  readonly published: readonly PublishedStage[];
} {
  const built = seasonFromImport([result], { seasonId: 'results', seasonName: options.name ?? 'results' });
  const competitions = options.tie
    ? built.competitions.map((c) => ({
        ...c,
        stages: (c.stages as JsonObject[]).map((s) =>
          s.format === 'knockout'
            ? {
                ...s,
                rounds: (s.rounds as JsonObject[]).map((r) => ({ ...r, tie: options.tie as JsonObject })),
              }
            : s,
        ),
      }))
    : built.competitions;
  const parsed = SeasonSchema.safeParse({
    season: { id: 'results', name: options.name ?? 'results' },
    clubs: built.clubs,
    competitions,
    matches: built.matches.map((m) => m.payload),
    adjustments: built.adjustments.map((a) => a.payload),
  });
  const published = built.published;
  if (!parsed.success)
    return {
      published,
      problems: parsed.error.issues.map(
        (i) => `${i.message} (at ${formatPath(i.path as (string | number)[])})`,
      ),
    };
  const issues = crossCheck(parsed.data).filter((i) => i.severity !== 'warning');
  return issues.length
    ? { problems: issues.map((i) => `${i.message} (at ${formatPath(i.path)})`), published }
    : { doc: parsed.data, problems: [], published };
}
