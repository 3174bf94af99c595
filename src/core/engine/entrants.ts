import type { CompetitionDoc, EntrantDoc, StageDoc } from '../definition/index.ts';
import { bestPlaced } from './best-placed.ts';
import type { Qualifier } from './engine-types.ts';
import { tieCertainty } from './stage-results.ts';
import type { SeasonEngine } from './season-engine.ts';

/** Who enters a group or league of a stage, from its `entrants` declarations. */
export function entrantsOf(
  engine: SeasonEngine,
  c: CompetitionDoc,
  s: StageDoc,
  group: string | undefined,
): Qualifier[] {
  const list: readonly EntrantDoc[] =
    (s.format === 'groups'
      ? s.groups.find((g) => g.id === group)?.entrants
      : s.format === 'league'
        ? s.entrants
        : undefined) ?? [];
  return list.flatMap((e) => entrant(engine, c, e));
}

export function entrant(engine: SeasonEngine, c: CompetitionDoc, e: EntrantDoc): Qualifier[] {
  if ('team' in e) return [{ team: e.team, certainty: 'derived', slot: e.team }];
  if ('winnerOf' in e || 'loserOf' in e)
    return [tieTeam(engine, c.id, 'winnerOf' in e ? e.winnerOf : e.loserOf, 'winnerOf' in e)];
  if ('best' in e) return bestPlaced(engine, c.id, e);
  if ('groups' in e) {
    const from = engine.stageOf(c.id, e.from);
    const ids =
      e.groups === 'all' ? (from.format === 'groups' ? from.groups.map((g) => g.id) : [undefined]) : e.groups;
    return ids.flatMap((g) => groupQualifiers(engine, c.id, from, g));
  }
  return [engine.position(c.id, e.from, e.group, e.position)];
}

/** The teams that go through from one group: `advance.perGroup` places, or what a source recorded. */
export function groupQualifiers(
  engine: SeasonEngine,
  comp: string,
  s: StageDoc,
  group: string | undefined,
): Qualifier[] {
  const recorded = engine.recordedOutcomes(comp, s.id, group).find((o) => o.qualified?.length);
  const perGroup = s.advance?.positions?.length ?? s.advance?.perGroup;
  if (recorded && (perGroup === undefined || engine.table(comp, s.id, group).certainty !== 'derived')) {
    return recorded.qualified!.map((team, i) => ({
      team,
      certainty: 'recorded' as const,
      slot: `${comp}/${s.id}/${group} qualifier ${i + 1}`,
      ...(recorded.sources?.length ? { source: recorded.sources.join(', ') } : {}),
    }));
  }
  const positions = s.advance?.positions ?? Array.from({ length: perGroup ?? 0 }, (_, i) => i + 1);
  return positions.map((p) => engine.position(comp, s.id, group, p));
}

function tieTeam(engine: SeasonEngine, comp: string, ref: string, winner: boolean): Qualifier {
  for (const s of engine.competition(comp).stages) {
    if (s.format !== 'knockout') continue;
    for (const r of engine.rounds(comp, s.id)) {
      const tie =
        r.ties.find((t) => t.id === ref) ?? (r.id === ref && r.ties.length === 1 ? r.ties[0] : undefined);
      if (tie?.outcome.status === 'decided')
        return {
          team: winner ? tie.outcome.winner : tie.outcome.loser,
          certainty: tieCertainty(tie.outcome),
          slot: ref,
        };
      if (tie) return { certainty: 'unknown', slot: ref };
    }
  }
  return { certainty: 'unknown', slot: ref };
}
