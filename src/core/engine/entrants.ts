import type {
  CompetitionDoc,
  ConditionalEntrantDoc,
  EntrantDoc,
  PlainEntrantDoc,
  StageDoc,
} from '../definition/index.ts';
import { bestPlaced } from './best-placed.ts';
import { conditionState } from './entrant-condition.ts';
import type { Qualifier } from './engine-types.ts';
import { knockoutQualifiers, tieSide } from './knockout-qualifiers.ts';
import type { SeasonLookup } from './season-lookup.ts';
import { tieCertainty } from './tie-certainty.ts';

/** Who enters a group or league of a stage, from its `entrants` declarations. */
export function entrantsOf(
  lookup: SeasonLookup,
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
  return entrantList(lookup, c, list);
}

/** An entrant that can be known only once the others are: it inherits a place, or may. */
const waitsForOthers = (e: EntrantDoc): boolean =>
  'bestRemaining' in e || ('entrant' in e && e.otherwise !== undefined);

/**
 * A list of entrants, in order. Those who inherit a place ("the best-placed team not already
 * in") are looked up after the others, so they skip every team the others name.
 */
export function entrantList(
  lookup: SeasonLookup,
  c: CompetitionDoc,
  list: readonly EntrantDoc[],
  alreadyIn: readonly string[] = [],
): Qualifier[] {
  const out: (Qualifier[] | undefined)[] = list.map((e) =>
    waitsForOthers(e) ? undefined : entrant(lookup, c, e),
  );
  const taken = new Set([
    ...alreadyIn,
    ...out.flatMap((qs) => (qs ?? []).flatMap((q) => (q.team ? [q.team] : []))),
  ]);
  list.forEach((e, i) => {
    if (out[i] !== undefined) return;
    const qs = entrant(lookup, c, e, taken);
    for (const q of qs) if (q.team) taken.add(q.team);
    out[i] = qs;
  });
  return out.flatMap((qs) => qs ?? []);
}

export function entrant(
  lookup: SeasonLookup,
  c: CompetitionDoc,
  e: EntrantDoc,
  taken: ReadonlySet<string> = new Set(),
): Qualifier[] {
  if ('entrant' in e) return conditional(lookup, c, e, taken);
  return plain(lookup, c, e, taken);
}

function plain(
  lookup: SeasonLookup,
  c: CompetitionDoc,
  e: PlainEntrantDoc,
  taken: ReadonlySet<string>,
): Qualifier[] {
  if ('team' in e) return [{ team: e.team, certainty: 'derived', slot: e.team }];
  if ('winnerOf' in e || 'loserOf' in e)
    return [tieTeam(lookup, c.id, 'winnerOf' in e ? e.winnerOf : e.loserOf, 'winnerOf' in e)];
  if ('best' in e) return bestPlaced(lookup, c.id, e);
  if ('bestRemaining' in e) return [bestRemaining(lookup, c.id, e.from, e.group, taken)];
  if ('groups' in e) {
    const from = lookup.stageOf(c.id, e.from);
    const ids =
      e.groups === 'all' ? (from.format === 'groups' ? lookup.groupIds(c.id, from) : [undefined]) : e.groups;
    const fromGroups = ids.flatMap((g) => groupQualifiers(lookup, c.id, from, g));
    // The winners of play-offs between groups go through with the groups' own qualifiers.
    const fromPlayoffs =
      e.groups === 'all'
        ? lookup.playoffs(c.id, from.id).flatMap((r) => r.ties.map((t) => tieSide(t, true)))
        : [];
    return [...fromGroups, ...fromPlayoffs];
  }
  const from = lookup.stageOf(c.id, e.from);
  const knockoutGroup =
    from.format === 'groups' && from.groups.find((g) => g.id === e.group)?.format === 'knockout';
  if (knockoutGroup && e.group !== undefined && e.position > 0)
    return [knockoutPlace(lookup, c.id, e.from, e.group, e.position)];
  return [lookup.position(c.id, e.from, e.group, e.position)];
}

/**
 * A place of a group played as a knockout: 1 its final's winner, 2 the final's loser, then the
 * losers of the rounds before (Region IV's winner v Region III's runner-up).
 */
function knockoutPlace(
  lookup: SeasonLookup,
  comp: string,
  stage: string,
  group: string,
  position: number,
): Qualifier {
  const where = `${comp}/${stage}/${group}`;
  const places = knockoutQualifiers(lookup.rounds(comp, stage, group), position, where, {
    competition: comp,
    stage,
    group,
  });
  return places[position - 1] ?? { certainty: 'unknown', slot: `${where} #${position}` };
}

/** "The highest-placed team not already in": who inherits a place whose condition failed. */
function bestRemaining(
  lookup: SeasonLookup,
  comp: string,
  from: string,
  group: string | undefined,
  taken: ReadonlySet<string>,
): Qualifier {
  const table = lookup.table(comp, from, group);
  const slot = `${comp}/${from}${group ? `/${group}` : ''} best remaining`;
  const origin = {
    kind: 'best-remaining' as const,
    competition: comp,
    stage: from,
    ...(group !== undefined && { group }),
  };
  const row = table.rows.find((r) => !taken.has(r.team));
  if (!row || table.matchesPlayed === 0 || table.certainty === 'partial')
    return { certainty: 'unknown', slot, origin };
  const certainty = table.certainty === 'derived' ? ('derived' as const) : ('provisional' as const);
  return { team: row.team, certainty, slot, origin };
}

/**
 * A place that holds only if its team meets a condition. When it fails, the `otherwise`
 * entrant takes the place (it inherits it); when the regulations do not say, it is unknown.
 */
function conditional(
  lookup: SeasonLookup,
  c: CompetitionDoc,
  e: ConditionalEntrantDoc,
  taken: ReadonlySet<string>,
): Qualifier[] {
  return plain(lookup, c, e.entrant, taken).map((q) => {
    if (!q.team) return q;
    const condition = conditionState(lookup, c.id, e.condition, q.team);
    // Not yet known to fail: the place stands, and says what it still depends on.
    if (condition.met !== false) return { ...q, condition };
    if (e.otherwise === undefined) return { certainty: 'unknown', slot: q.slot, condition };
    const heir = plain(lookup, c, e.otherwise, new Set([...taken, q.team]))[0] ?? {
      certainty: 'unknown' as const,
      slot: q.slot,
    };
    return { ...heir, condition, inheritedFrom: q.team };
  });
}

/** The teams that go through from one group: its own count, `advance.perGroup` places, or what a source recorded. */
export function groupQualifiers(
  lookup: SeasonLookup,
  comp: string,
  s: StageDoc,
  group: string | undefined,
): Qualifier[] {
  const recorded = lookup.recordedOutcomes(comp, s.id, group).find((o) => o.qualified?.length);
  const groupDoc = s.format === 'groups' ? s.groups.find((g) => g.id === group) : undefined;
  const perGroup = groupDoc?.qualifiers ?? s.advance?.positions?.length ?? s.advance?.perGroup;
  if (groupDoc?.format === 'knockout') {
    const where = `${comp}/${s.id}/${group}`;
    const fromBracket = knockoutQualifiers(lookup.rounds(comp, s.id, group), perGroup ?? 1, where, {
      competition: comp,
      stage: s.id,
      ...(group !== undefined && { group }),
    });
    const settled = fromBracket.every((q) => q.certainty === 'derived');
    return settled || !recorded ? fromBracket : recordedQualifiers(comp, s.id, group, recorded);
  }
  if (recorded && (perGroup === undefined || lookup.table(comp, s.id, group).certainty !== 'derived'))
    return recordedQualifiers(comp, s.id, group, recorded);
  const positions =
    groupDoc?.qualifiers === undefined && s.advance?.positions
      ? s.advance.positions
      : Array.from({ length: perGroup ?? 0 }, (_, i) => i + 1);
  return positions.map((p) => lookup.position(comp, s.id, group, p));
}

const recordedQualifiers = (
  comp: string,
  stage: string,
  group: string | undefined,
  recorded: { qualified?: string[] | undefined; sources?: string[] | undefined },
): Qualifier[] =>
  recorded.qualified!.map((team, i) => ({
    team,
    certainty: 'recorded' as const,
    slot: `${comp}/${stage}/${group} qualifier ${i + 1}`,
    origin: {
      kind: 'recorded-qualifier' as const,
      competition: comp,
      stage,
      ...(group !== undefined && { group }),
      index: i + 1,
    },
    ...(recorded.sources?.length ? { source: recorded.sources.join(', ') } : {}),
  }));

function tieTeam(lookup: SeasonLookup, comp: string, ref: string, winner: boolean): Qualifier {
  for (const s of lookup.competition(comp).stages) {
    const scopes =
      s.format === 'knockout'
        ? [undefined]
        : s.format === 'groups'
          ? s.groups.filter((g) => g.format === 'knockout').map((g) => g.id)
          : [];
    for (const group of scopes) {
      for (const r of lookup.rounds(comp, s.id, group)) {
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
  }
  return { certainty: 'unknown', slot: ref };
}
