import type {
  CompetitionDoc,
  DrawFactDoc,
  EntrantDoc,
  ExclusionDoc,
  KnockoutRoundDoc,
  StageDoc,
  TieSlotDoc,
} from '../definition/index.ts';
import { resolveTie, type TieFact, type TieRules } from '../knockout/index.ts';
import { teamId, type Match } from '../model/index.ts';
import type { KnockoutRoundState, Qualifier, TieState } from './engine-types.ts';
import { entrantList } from './entrants.ts';
import { tieSide } from './knockout-qualifiers.ts';
import { inRound } from './in-round.ts';
import { derivePairs, type Pair } from './round-pairings.ts';
import type { SeasonLookup } from './season-lookup.ts';

/** A knockout: a knockout stage, or a group of a groups stage played as a knockout. */
export interface KnockoutScope {
  readonly comp: CompetitionDoc;
  readonly stage: StageDoc;
  readonly group?: string;
  readonly rounds: readonly KnockoutRoundDoc[];
  /** The round's tie rules (round over group or stage over competition). */
  readonly rulesFor: (round: KnockoutRoundDoc) => TieRules;
  readonly matches: readonly Match[];
  readonly exclusions: readonly ExclusionDoc[];
  /** Who enters a knockout group: its first round's entrants when the round lists none. */
  readonly entrants?: readonly Qualifier[];
  /** The draw recorded for a round whose pairings are drawn (`torneo draw --write`). */
  readonly drawOf?: (round: string) => DrawFactDoc | undefined;
}

/** The id of the n-th tie (from 1) of a drawn round. */
export const drawnTieId = (round: string, n: number): string => `${round}-${n}`;

/**
 * Every round of a knockout, first to last. A round's ties are its fixed pairings (listed, or
 * derived from its entrants and the rounds before by `pairing`), each filled with the matches
 * that name it or its two teams; matches that fit no fixed pairing make ties of their own.
 */
export function buildRounds(lookup: SeasonLookup, scope: KnockoutScope): KnockoutRoundState[] {
  const built: KnockoutRoundState[] = [];
  scope.rounds.forEach((round, i) => {
    const pairs = pairsOf(lookup, scope, round, i, built);
    built.push(buildRound(scope, round, pairs));
  });
  return built;
}

function pairsOf(
  lookup: SeasonLookup,
  scope: KnockoutScope,
  round: KnockoutRoundDoc,
  index: number,
  built: readonly KnockoutRoundState[],
): Pair[] {
  const side = (e: EntrantDoc | undefined, others: readonly string[]): Qualifier | undefined =>
    e === undefined ? undefined : (localTie(e, built) ?? entrantList(lookup, scope.comp, [e], others)[0]);
  if (round.ties?.length) return round.ties.map((t) => declaredPair(t, side));
  const drawn = scope.drawOf?.(round.id);
  if (drawn?.pairs) return drawn.pairs.map((pair, k) => drawnPair(round.id, k, pair, drawn.seed));
  const entrants =
    round.entrants !== undefined
      ? entrantsWithLocalTies(lookup, scope, round.entrants, built)
      : index === 0
        ? scope.entrants
        : undefined;
  return derivePairs(round, entrants, built[index - 1]);
}

/** A drawn tie: its two teams as the draw put them, at home first first. */
function drawnPair(round: string, k: number, [home, away]: readonly [string, string], seed?: number): Pair {
  const slot = `drawn${seed !== undefined ? ` (seed ${seed})` : ''}`;
  return {
    id: drawnTieId(round, k + 1),
    slots: [
      { team: home, certainty: 'derived', slot },
      { team: away, certainty: 'derived', slot },
    ],
  };
}

function declaredPair(
  t: TieSlotDoc,
  side: (e: EntrantDoc | undefined, others: readonly string[]) => Qualifier | undefined,
): Pair {
  if (t.teams && !t.home && !t.away) {
    // Sides a source names without saying who was at home: recorded, in the order written.
    const [a, b] = t.teams;
    return {
      id: t.id,
      ...(t.name && { name: t.name }),
      slots: [
        { team: a, certainty: 'recorded', slot: a },
        { team: b, certainty: 'recorded', slot: b },
      ],
    };
  }
  const home = side(t.home, []);
  const away = side(t.away, home?.team ? [home.team] : []);
  return { id: t.id, ...(t.name && { name: t.name }), ...(home && away && { slots: [home, away] as const }) };
}

function entrantsWithLocalTies(
  lookup: SeasonLookup,
  scope: KnockoutScope,
  list: readonly EntrantDoc[],
  built: readonly KnockoutRoundState[],
): Qualifier[] {
  const local = list.map((e) => localTie(e, built));
  const rest = entrantList(
    lookup,
    scope.comp,
    list.filter((_, i) => local[i] === undefined),
  );
  let k = 0;
  return local.map((q) => q ?? rest[k++]!).filter((q): q is Qualifier => q !== undefined);
}

/** `winnerOf` / `loserOf` a tie (or a one-tie round) of this same knockout, already built. */
function localTie(e: EntrantDoc, built: readonly KnockoutRoundState[]): Qualifier | undefined {
  if (!('winnerOf' in e) && !('loserOf' in e)) return undefined;
  const ref = 'winnerOf' in e ? e.winnerOf : e.loserOf;
  for (const r of built) {
    const tie =
      r.ties.find((t) => t.id === ref) ?? (r.id === ref && r.ties.length === 1 ? r.ties[0] : undefined);
    if (!tie) continue;
    return tieSide(tie, 'winnerOf' in e);
  }
  return undefined;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}~${y}` : `${y}~${x}`);

function buildRound(
  scope: KnockoutScope,
  round: KnockoutRoundDoc,
  pairs: readonly Pair[],
): KnockoutRoundState {
  const rules = scope.rulesFor(round);
  const mine = scope.matches.filter((m) => inRound(m, round, scope.rounds.length));
  const byPair = new Map<string, string>();
  for (const p of pairs)
    if (p.slots?.[0].team && p.slots[1].team) byPair.set(pairKey(p.slots[0].team, p.slots[1].team), p.id);
  const known = new Set(pairs.map((p) => p.id));
  const groups = new Map<string, Match[]>(pairs.map((p) => [p.id, []]));
  const onlyTie = pairs.length === 1 ? pairs[0]!.id : undefined;
  for (const m of mine) {
    const key =
      (m.tie !== undefined && known.has(m.tie) ? m.tie : undefined) ??
      byPair.get(pairKey(m.home, m.away)) ??
      (m.tie === undefined ? onlyTie : undefined) ??
      m.tie ??
      pairKey(m.home, m.away);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  const ties: TieState[] = [...groups.entries()].map(([id, ms]) => {
    const pair = pairById.get(id);
    const teams =
      pair?.slots && settled(pair.slots) ? ([pair.slots[0].team, pair.slots[1].team] as const) : undefined;
    const outcome =
      ms.length || teams || hasExclusion(id, scope.exclusions)
        ? resolveTie(
            ms,
            rules,
            tieFacts(id, ms, teams, scope.exclusions),
            teams && [teamId(teams[0]), teamId(teams[1])],
          )
        : ({ status: 'pending', awaiting: rules.legs === 1 ? 'match' : 'first_leg' } as const);
    return {
      id,
      round: round.id,
      ...(pair?.name && { name: pair.name }),
      matches: ms,
      rules,
      outcome,
      ...(pair?.slots && { slots: pair.slots }),
    };
  });
  for (const ex of scope.exclusions) {
    if (ex.scope !== 'tie' || !ex.tie || groups.has(ex.tie) || !belongsToRound(ex, round, scope.stage))
      continue;
    ties.push({
      id: ex.tie,
      round: round.id,
      matches: [],
      rules,
      outcome: resolveTie([], rules, tieFacts(ex.tie, [], undefined, scope.exclusions)),
    });
  }
  return { id: round.id, name: round.name, ties };
}

/** Both sides known for sure (a provisional leader is not yet an entrant). */
const settled = (
  slots: readonly [Qualifier, Qualifier],
): slots is readonly [Qualifier & { team: string }, Qualifier & { team: string }] =>
  slots.every((q) => q.team !== undefined && (q.certainty === 'derived' || q.certainty === 'recorded'));

const hasExclusion = (id: string, exclusions: readonly ExclusionDoc[]) =>
  exclusions.some((e) => e.scope === 'tie' && e.tie === id);

const belongsToRound = (ex: ExclusionDoc, round: KnockoutRoundDoc, stage: StageDoc) =>
  ex.stage === stage.id && ex.tie?.startsWith(round.id) === true;

function tieFacts(
  id: string,
  ms: readonly Match[],
  pairing: readonly [string, string] | undefined,
  exclusions: readonly ExclusionDoc[],
): TieFact[] {
  const teams = new Set<string>([...(pairing ?? []), ...ms.flatMap((m) => [m.home, m.away])]);
  const facts: TieFact[] = ms
    .filter((m) => m.reportedWinner)
    .map((m) => ({ kind: 'recorded_winner' as const, winner: m.reportedWinner!, source: `match ${m.id}` }));
  for (const ex of exclusions) {
    const applies =
      (ex.scope === 'tie' && ex.tie === id) || (ex.scope === 'match' && ms.some((m) => m.id === ex.match));
    if (applies && teams.has(ex.team))
      facts.push({
        kind: 'exclusion',
        team: teamId(ex.team),
        reason: ex.reason,
        ...(ex.sources?.length ? { source: ex.sources.join(', ') } : {}),
      });
  }
  return facts;
}
