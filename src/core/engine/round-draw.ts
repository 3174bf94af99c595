import type {
  CompetitionDoc,
  EntrantDoc,
  KnockoutDrawDoc,
  KnockoutRoundDoc,
  StageDoc,
} from '../definition/index.ts';
import type { DrawConstraint, DrawPot, KnockoutDrawSpec } from '../draw/index.ts';
import { teamId } from '../model/index.ts';
import { drawTeam } from './draw-request.ts';
import type { Qualifier } from './engine-types.ts';
import type { SeasonEngine } from './season-engine.ts';

type KnockoutStage = StageDoc & { format: 'knockout' };

/** An entrant of a drawn round: the team, and where it came from (what a separation rule compares). */
export interface RoundEntrant {
  readonly team: string;
  /** The group it qualified from, when it came from a group. */
  readonly group?: string;
  /** Its place in that group (1 = winner), when known. */
  readonly position?: number;
}

export type RoundDrawError =
  | { readonly code: 'not-a-knockout'; readonly stage: string }
  | { readonly code: 'no-round'; readonly stage: string; readonly round?: string }
  | { readonly code: 'already-drawn'; readonly round: string; readonly seed?: number; readonly date?: string }
  | { readonly code: 'already-paired'; readonly round: string }
  | {
      readonly code: 'earlier-round-undecided';
      readonly round: string;
      readonly earlier: string;
      /** The ties not decided yet, as their pairings when known. */
      readonly pending: readonly { readonly tie: string; readonly teams?: readonly [string, string] }[];
    }
  | { readonly code: 'entrants-unknown'; readonly round: string; readonly slots: readonly string[] };

export interface RoundDraw {
  readonly round: KnockoutRoundDoc;
  readonly entrants: readonly RoundEntrant[];
  readonly spec: KnockoutDrawSpec;
}

export type RoundDrawRequest =
  { readonly ok: true; readonly value: RoundDraw } | { readonly ok: false; readonly error: RoundDrawError };

const fail = (error: RoundDrawError): RoundDrawRequest => ({ ok: false, error });

/**
 * The draw of a knockout round, as the season declares it: who enters (its entrants, the pots,
 * or the winners of the round before and the teams that had a bye there), the pots, what keeps
 * teams apart, who is at home first. Without a round, the first round not yet drawn or played.
 * A round is drawn only once its entrants are all known: the round before it must be decided.
 */
export function roundDrawRequest(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: StageDoc,
  roundId?: string,
): RoundDrawRequest {
  if (stage.format !== 'knockout') return fail({ code: 'not-a-knockout', stage: stage.id });
  const states = engine.rounds(comp.id, stage.id);
  const at =
    roundId === undefined
      ? stage.rounds.findIndex((r, i) => !engine.drawOf(comp.id, stage.id, r.id) && !states[i]?.ties.length)
      : stage.rounds.findIndex((r) => r.id === roundId);
  const round = stage.rounds[at];
  if (!round) return fail({ code: 'no-round', stage: stage.id, ...(roundId ? { round: roundId } : {}) });
  const drawn = engine.drawOf(comp.id, stage.id, round.id);
  if (drawn)
    return fail({
      code: 'already-drawn',
      round: round.id,
      ...(drawn.seed !== undefined ? { seed: drawn.seed } : {}),
      ...(drawn.date ? { date: drawn.date } : {}),
    });
  if (states[at]?.ties.length) return fail({ code: 'already-paired', round: round.id });

  const entrants = roundEntrants(engine, comp, stage, at);
  if (!entrants.ok) return entrants;
  const draw: KnockoutDrawDoc = round.draw ?? {};
  const teams = entrants.value.map((e) => drawTeam(engine.index, e.team, e.group));
  const pots = potsOf(engine, comp, draw, entrants.value);
  const constraints: DrawConstraint[] = (draw.separate ?? []).map((by) => ({ kind: 'separate', by }));
  return {
    ok: true,
    value: {
      round,
      entrants: entrants.value,
      spec: {
        teams,
        pots,
        constraints,
        ...(draw.firstLeg ? { firstLeg: draw.firstLeg } : {}),
        ...(draw.byes ? { byes: draw.byes } : {}),
      },
    },
  };
}

type Entrants = { ok: true; value: RoundEntrant[] } | { ok: false; error: RoundDrawError };

function roundEntrants(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  stage: KnockoutStage,
  at: number,
): Entrants {
  const round = stage.rounds[at] as KnockoutRoundDoc;
  const declared = round.draw?.pots?.flatMap((p) => p.entrants) ?? round.entrants;
  if (declared)
    return known(
      round,
      declared.flatMap((e) => withOrigin(engine, comp, e)),
    );
  if (at === 0)
    return known(
      round,
      comp.teams.map((team) => ({ team, certainty: 'derived', slot: team })),
    );
  // The winners of the round before, and the teams that had a bye in its draw.
  const before = stage.rounds[at - 1] as KnockoutRoundDoc;
  const ties = engine.rounds(comp.id, stage.id)[at - 1]?.ties ?? [];
  const pending = ties.filter((t) => t.outcome.status !== 'decided');
  if (pending.length || !ties.length)
    return {
      ok: false,
      error: {
        code: 'earlier-round-undecided',
        round: round.id,
        earlier: before.id,
        pending: pending.map((t) => {
          const pair = t.outcome.status === 'pending' ? t.outcome.teams : undefined;
          return { tie: t.id, ...(pair ? { teams: [pair.a, pair.b] as const } : {}) };
        }),
      },
    };
  const byes = engine.drawOf(comp.id, stage.id, before.id)?.byes ?? [];
  return known(round, [
    ...ties.map((t) => ({
      team: t.outcome.status === 'decided' ? t.outcome.winner : undefined,
      certainty: 'derived' as const,
      slot: `winner of ${t.id}`,
    })),
    ...byes.map((team) => ({ team, certainty: 'derived' as const, slot: `bye in ${before.id}` })),
  ]);
}

type Placed = Qualifier & Omit<RoundEntrant, 'team'>;

function known(round: KnockoutRoundDoc, qualifiers: readonly Placed[]): Entrants {
  // A place in a table not finished yet is not an entrant yet: the draw waits for it.
  const unknown = qualifiers.filter((q) => q.team === undefined || q.certainty === 'provisional');
  if (unknown.length)
    return {
      ok: false,
      error: { code: 'entrants-unknown', round: round.id, slots: unknown.map((q) => q.slot) },
    };
  return {
    ok: true,
    value: qualifiers.map((q) => ({
      team: q.team as string,
      ...(q.group !== undefined ? { group: q.group } : {}),
      ...(q.position !== undefined ? { position: q.position } : {}),
    })),
  };
}

/** An entrant declaration resolved, keeping the group and place it came from. */
function withOrigin(engine: SeasonEngine, comp: CompetitionDoc, e: EntrantDoc): Placed[] {
  if ('groups' in e) {
    const from = engine.stageOf(comp.id, e.from);
    const ids =
      e.groups === 'all' ? (from.format === 'groups' ? from.groups.map((g) => g.id) : []) : e.groups;
    if (!ids.length) return engine.entrant(comp, e);
    return ids.flatMap((g) =>
      engine.groupQualifiers(comp.id, from, g).map((q, i) => ({ ...q, group: g, position: i + 1 })),
    );
  }
  if ('position' in e && !('best' in e))
    return engine.entrant(comp, e).map((q) => ({
      ...q,
      ...(e.group !== undefined ? { group: e.group } : {}),
      position: e.position,
    }));
  return engine.entrant(comp, e);
}

const PLACE_NAMES = ['Group winners', 'Runners-up', 'Third-placed teams', 'Fourth-placed teams'];

/** The declared pots, one pot per group place (`potsBy: position`), or one open pot. */
function potsOf(
  engine: SeasonEngine,
  comp: CompetitionDoc,
  draw: KnockoutDrawDoc,
  entrants: readonly RoundEntrant[],
): DrawPot[] {
  if (draw.pots)
    return draw.pots.map((p) => ({
      name: p.name,
      teams: p.entrants.flatMap((e) => withOrigin(engine, comp, e)).map((q) => teamId(q.team as string)),
    }));
  if (draw.potsBy === 'position') {
    const places = [...new Set(entrants.map((e) => e.position ?? 0))].sort((a, b) => a - b);
    return places.map((p) => ({
      name: PLACE_NAMES[p - 1] ?? (p ? `Place ${p}` : 'Other entrants'),
      teams: entrants.filter((e) => (e.position ?? 0) === p).map((e) => teamId(e.team)),
    }));
  }
  return [{ name: 'All entrants', teams: entrants.map((e) => teamId(e.team)) }];
}
