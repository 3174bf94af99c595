import { cyclesOf } from '../definition/index.ts';
import type {
  CompetitionDoc,
  DrawFactDoc,
  EntrantDoc,
  LinkDoc,
  RecordedOutcomeDoc,
  StageDoc,
} from '../definition/index.ts';
import { teamId, type Adjustment, type Match } from '../model/index.ts';
import { seasonMatches } from '../season/to-matches.ts';
import { indexSeason, type SeasonIndex } from '../season/season.ts';
import { factClock, seasonAsOf, type FactClock } from '../season/season-as-of.ts';
import { EngineError } from './engine-error.ts';
import type {
  EngineOptions,
  GroupTable,
  KnockoutRoundState,
  LinkOutcome,
  Qualifier,
  StageState,
} from './engine-types.ts';
import { buildRounds } from './knockout-builder.ts';
import { defaultKnockoutRounds } from './default-rounds.ts';
import type { SeasonLookup } from './season-lookup.ts';
import { tieRulesFor } from './resolve-rules.ts';
import { evaluateLink } from './link-evaluator.ts';
import { positionQualifier } from './qualifier.ts';
import { MatchIndex } from './stage-matches.ts';
import { adjustmentOf, buildTable, type TableInput } from './table-builder.ts';
import { entrant, entrantsOf, groupQualifiers } from './entrants.ts';
import { stageResult, stageState } from './stage-results.ts';

const clocks = new WeakMap<object, FactClock>();
const clockOf = (doc: SeasonIndex['doc']): FactClock => {
  let clock = clocks.get(doc);
  if (!clock) clocks.set(doc, (clock = factClock(doc)));
  return clock;
};

/** The latest day a result or an outcome of the season is dated: how far the record reaches. */
function lastKnownDay(engine: SeasonEngine): string | undefined {
  let last: string | undefined;
  for (const m of engine.matches)
    if (m.date !== undefined && m.status !== 'scheduled' && (last === undefined || m.date > last))
      last = m.date;
  for (const o of engine.index.doc.outcomes)
    if (o.date !== undefined && (last === undefined || o.date > last)) last = o.date;
  return last;
}

/**
 * The season as of a moment, derived lazily: a table is computed when somebody asks for it
 * (or for something that depends on it, through a link) and then remembered.
 */
export class SeasonEngine implements SeasonLookup {
  /** The season as of the engine's day (`options.asOf`): only the facts known by then. */
  readonly index: SeasonIndex;
  /** The season taken whole, every fact (fixtures still to come, for a forecast). */
  readonly whole: SeasonIndex;
  readonly matches: readonly Match[];
  private readonly byStage: MatchIndex;
  private readonly memo = new Map<string, unknown>();
  private readonly computing = new Set<string>();

  constructor(
    index: SeasonIndex,
    readonly options: EngineOptions = {},
  ) {
    // A day narrows the facts once, here, by when each became known (season-as-of.ts): every
    // derivation below then reads a season in which nothing later exists.
    this.whole = index;
    this.index =
      options.asOf !== undefined && options.matches === undefined
        ? indexSeason(seasonAsOf(index.doc, options.asOf))
        : index;
    this.matches = options.matches ?? seasonMatches(this.index.doc);
    this.byStage = new MatchIndex(this.matches, options.matches ? options.asOf : undefined);
  }

  competition(id: string): CompetitionDoc {
    const c = this.index.competitions.get(id);
    if (!c) throw new EngineError('not_found', [id], `no competition '${id}' in this season`);
    return c;
  }

  stageOf(comp: string, stage?: string): StageDoc {
    const c = this.competition(comp);
    const s = stage === undefined ? c.stages.at(-1) : c.stages.find((x) => x.id === stage);
    if (!s)
      throw new EngineError('not_found', [comp, stage ?? ''], `no stage '${stage}' in competition '${comp}'`);
    return s;
  }

  stageMatches(comp: string, stage: string): readonly Match[] {
    return this.byStage.stage(comp, stage);
  }

  teamName(id: string): string {
    return this.index.teams.get(id)?.name ?? id;
  }

  /** One table: a league, one group of a groups stage, or an aggregate table. */
  table(comp: string, stage: string, group?: string, side: 'all' | 'home' | 'away' = 'all'): GroupTable {
    return this.remember(`table/${comp}/${stage}/${group ?? ''}/${side}`, () => {
      const c = this.competition(comp);
      const s = this.stageOf(comp, stage);
      if (s.format === 'knockout')
        throw new EngineError(
          'not_a_table',
          [comp, stage],
          `'${comp}/${stage}' is a knockout stage, not a table`,
        );
      if (s.format === 'groups' && group === undefined && s.groups.length === 1)
        return this.table(comp, stage, s.groups[0]!.id, side);
      if (s.format === 'groups' && s.groups.find((g) => g.id === group)?.format === 'knockout')
        throw new EngineError(
          'not_a_table',
          [comp, stage, group ?? ''],
          `'${comp}/${stage}/${group}' is played as a knockout, not a table: see its bracket`,
        );
      return buildTable(this.tableInput(c, s, group), this.options, side);
    });
  }

  /** All groups of a stage ranked together ("the fewest points over all"). */
  overallTable(comp: string, stage: string): GroupTable {
    return this.remember(`overall/${comp}/${stage}`, () => {
      const c = this.competition(comp);
      const s = this.stageOf(comp, stage);
      if (s.format !== 'groups') return this.table(comp, stage);
      const tables = this.tableGroupIds(s).map((g) => this.table(comp, stage, g));
      // A group played as a knockout (Region IV) has no table: its ties are not ranked here.
      const knockouts = new Set(s.groups.filter((g) => g.format === 'knockout').map((g) => g.id));
      return buildTable(
        {
          comp: c,
          stage: s,
          name: `${s.name} (all groups)`,
          matches: this.byStage
            .stage(comp, stage)
            .filter((m) => m.group === undefined || !knockouts.has(m.group)),
          entrants: [],
          adjustments: this.adjustmentsFor(c, s, undefined),
          lots: [],
          teams: tables.flatMap((t) => t.rows.map((r) => r.team)),
          complete: tables.every((t) => t.certainty === 'derived'),
          stageEnded: this.stageEnded(comp, stage),
        },
        this.options,
      );
    });
  }

  private tableInput(c: CompetitionDoc, s: StageDoc, group: string | undefined): TableInput {
    const name =
      s.format === 'groups' ? (s.groups.find((g) => g.id === group)?.name ?? `${s.name} — ${group}`) : s.name;
    if (s.format === 'aggregate') {
      const sources = s.sources.map((src) => ({ comp: src.competition ?? c.id, stage: src.stage }));
      const parts = sources.map((src) => this.table(src.comp, src.stage));
      return {
        comp: c,
        stage: s,
        name,
        // The sources' table matches, and this table's own play-offs (e.g. a relegation play-off).
        matches: [
          ...sources.flatMap((src) => this.byStage.stage(src.comp, src.stage).filter((m) => !m.playoff)),
          ...this.byStage.stage(c.id, s.id).filter((m) => m.playoff),
        ],
        entrants: c.teams,
        adjustments: [
          ...this.adjustmentsFor(c, s, undefined),
          ...sources.flatMap((src) =>
            this.adjustmentsFor(this.competition(src.comp), this.stageOf(src.comp, src.stage), undefined),
          ),
        ],
        lots: this.lotsFor(c.id, s.id, undefined),
        complete: parts.every((t) => t.certainty === 'derived'),
        awaitingLinks: this.awaitingLinks(c, s),
        stageEnded: this.stageEnded(c.id, s.id),
      };
    }
    const entrants = this.entrantsOf(c, s, group).flatMap((q) => (q.team ? [q.team] : []));
    return {
      comp: c,
      stage: s,
      ...(group !== undefined ? { group } : {}),
      name,
      matches: this.tableMatches(c.id, s, group),
      entrants,
      adjustments: this.adjustmentsFor(c, s, group),
      lots: this.lotsFor(c.id, s.id, group),
      cycles: s.format === 'league' || s.format === 'groups' ? cyclesOf(s) : 1,
      awaitingLinks: this.awaitingLinks(c, s),
      stageEnded: this.stageEnded(c.id, s.id),
    };
  }

  /**
   * Whether a stage's end (season-as-of.ts) has passed: as of the engine's day, or for the season
   * as recorded, by its latest dated result or outcome (the engine has no clock). A simulated run
   * plays every match, so it never asks.
   */
  private stageEnded(comp: string, stage: string): boolean {
    if (this.options.matches) return false;
    return this.remember(`ended/${comp}/${stage}`, () => {
      const end = clockOf(this.whole.doc).stageEnd(comp, stage);
      const day = this.options.asOf ?? this.remember('last-day', () => lastKnownDay(this));
      return end !== undefined && day !== undefined && end <= day;
    });
  }

  /** A group's table matches: not those of a play-off between groups (they have their own tie). */
  private tableMatches(comp: string, s: StageDoc, group: string | undefined): readonly Match[] {
    const matches = this.byStage.group(comp, s.id, group);
    if (s.format !== 'groups' || !s.playoffs?.length) return matches;
    const playoffs = new Set(s.playoffs.map((p) => p.id));
    return matches.filter((m) => m.tie === undefined || !playoffs.has(m.tie));
  }

  groupIds(comp: string, s: StageDoc): readonly string[] {
    if (s.format !== 'groups') return [];
    return this.remember(`groups/${comp}/${s.id}`, () => {
      const listed = s.groups.map((g) => g.id);
      if (s.groupsFrom !== 'outcomes') return listed;
      const recorded = this.index.doc.outcomes
        .filter((o) => o.competition === comp && o.stage === s.id && o.group !== undefined)
        .map((o) => o.group!);
      return [...new Set([...listed, ...recorded])];
    });
  }

  /** The groups of a stage that are ranked in a table (not those played as a knockout). */
  tableGroupIds(s: StageDoc): readonly string[] {
    if (s.format !== 'groups') return [];
    const knockout = new Set(s.groups.filter((g) => g.format === 'knockout').map((g) => g.id));
    return this.groupIds(this.competitionOf(s), s).filter((g) => !knockout.has(g));
  }

  private competitionOf(s: StageDoc): string {
    for (const c of this.index.competitions.values()) if (c.stages.includes(s)) return c.id;
    return '';
  }

  private lotsFor(comp: string, stage: string, group: string | undefined): string[][] {
    return this.index.doc.lots
      .filter((l) => l.competition === comp && l.stage === stage && l.group === group)
      .map((l) => l.order);
  }

  /** Recorded adjustments for a table, and those that links from elsewhere land on it. */
  adjustmentsFor(c: CompetitionDoc, s: StageDoc, group: string | undefined): Adjustment[] {
    const recorded = this.index.doc.adjustments.filter(
      (a) =>
        a.competition === c.id &&
        (a.stage === undefined || a.stage === s.id) &&
        (group === undefined || a.group === undefined || a.group === group),
    );
    const fromLinks = this.linksInto(c, s).flatMap((l) => this.linkAdjustments(l));
    return [...recorded.map(adjustmentOf), ...fromLinks];
  }

  /** Links whose adjustment lands on a stage and that no recorded adjustment has carried out yet. */
  private linksInto(c: CompetitionDoc, s: StageDoc): LinkDoc[] {
    const recordedLinks = new Set(this.index.doc.adjustments.flatMap((a) => (a.link ? [a.link] : [])));
    return this.index.doc.links.filter(
      (l) =>
        'adjustment' in l.effect &&
        l.effect.adjustment.competition === c.id &&
        (l.effect.adjustment.stage ?? c.stages[0]?.id) === s.id &&
        !recordedLinks.has(l.id),
    );
  }

  /**
   * The links into a stage whose teams are not known yet (their source undecided, or its
   * condition): seed 002's stage-1 bonus, +2/+1 into stage 2, can still change who wins stage 2.
   */
  private awaitingLinks(c: CompetitionDoc, s: StageDoc): string[] {
    return this.linksInto(c, s)
      .filter((l) => {
        const status = this.link(l.id).status;
        return status === 'pending' || status === 'unknown';
      })
      .map((l) => l.id);
  }

  private linkAdjustments(link: LinkDoc): Adjustment[] {
    const outcome = this.link(link.id);
    if (!('adjustment' in link.effect) || (outcome.status !== 'applied' && outcome.status !== 'recorded'))
      return [];
    const adj = link.effect.adjustment;
    return outcome.teams.map((team) => ({
      team: teamId(adj.team === 'parent-first-team' ? this.parentFirstTeam(team) : team),
      points: adj.points,
      reason: adj.reason ?? link.description ?? `link ${link.id}`,
      source: `link ${link.id}`,
      ...(link.effective ? { effective: link.effective as Adjustment['effective'] & string } : {}),
    }));
  }

  /** A reserve team's club's first team (a first team is its own). */
  parentFirstTeam(team: string): string {
    const club = this.index.teams.get(team)?.club.id;
    return (club && this.index.firstTeamOf.get(club)) ?? team;
  }

  link(id: string): LinkOutcome {
    return this.remember(`link/${id}`, () => {
      const link = this.index.doc.links.find((l) => l.id === id);
      if (!link) throw new EngineError('not_found', [id], `no link '${id}' in this season`);
      return evaluateLink(this, link);
    });
  }

  links(): LinkOutcome[] {
    return this.index.doc.links.map((l) => this.link(l.id));
  }

  recordedOutcomes(comp: string, stage: string, group?: string): RecordedOutcomeDoc[] {
    return this.index.doc.outcomes.filter(
      (o) => o.competition === comp && o.stage === stage && o.group === group,
    );
  }

  /** The latest draw recorded for a stage (or one knockout round of it) by the engine's day. */
  drawOf(comp: string, stage: string, round?: string): DrawFactDoc | undefined {
    return this.index.doc.draws.findLast(
      (d) => d.competition === comp && d.stage === stage && d.round === round,
    );
  }

  /** Who is at a position of a table (or of all groups together). */
  position(
    comp: string,
    stage: string,
    group: string | undefined,
    position: number,
    overall = false,
  ): Qualifier {
    const table = overall ? this.overallTable(comp, stage) : this.table(comp, stage, group);
    const slot = `${comp}/${stage}${group ? `/${group}` : ''} #${position}`;
    const origin = {
      kind: 'position' as const,
      competition: comp,
      stage,
      ...(!overall && (table.group ?? group) !== undefined && { group: (table.group ?? group)! }),
      position,
    };
    return positionQualifier(
      table,
      position,
      this.recordedOutcomes(comp, stage, overall ? undefined : (table.group ?? group)),
      slot,
      origin,
    );
  }

  /** Who enters a group or league of a stage, from its `entrants` declarations. */
  entrantsOf(c: CompetitionDoc, s: StageDoc, group: string | undefined): Qualifier[] {
    return entrantsOf(this, c, s, group);
  }

  entrant(c: CompetitionDoc, e: EntrantDoc): Qualifier[] {
    return entrant(this, c, e);
  }

  /** The teams that go through from one group: `advance.perGroup` places, or what a source recorded. */
  groupQualifiers(comp: string, s: StageDoc, group: string | undefined): Qualifier[] {
    return groupQualifiers(this, comp, s, group);
  }

  /** The winner (or runner-up) of a stage: its last tie, its table, or what a source recorded. */
  stageResult(comp: string, stage: string, which: 'winner' | 'runner-up'): Qualifier {
    return stageResult(this, comp, stage, which);
  }

  stageState(comp: string, stage: string): StageState {
    return stageState(this, comp, stage);
  }

  /** The rounds of a knockout stage, or of a group played as a knockout. */
  rounds(comp: string, stage: string, group?: string): readonly KnockoutRoundState[] {
    return this.remember(`rounds/${comp}/${stage}/${group ?? ''}`, () => {
      const c = this.competition(comp);
      const s = this.stageOf(comp, stage);
      const exclusions = this.index.doc.exclusions.filter(
        (e) => e.competition === comp && (e.stage === undefined || e.stage === stage),
      );
      if (s.format === 'knockout')
        return buildRounds(this, {
          comp: c,
          stage: s,
          rounds: s.rounds,
          rulesFor: (r) => tieRulesFor(c, s, r),
          matches: this.byStage.stage(comp, stage),
          exclusions,
          drawOf: (round) => this.drawOf(comp, stage, round),
        });
      const g = s.format === 'groups' ? s.groups.find((x) => x.id === group) : undefined;
      if (!g || g.format !== 'knockout')
        throw new EngineError(
          'not_a_knockout',
          [comp, stage, group ?? ''],
          `'${[comp, stage, group].filter(Boolean).join('/')}' is not a knockout`,
        );
      const entrants = this.entrantsOf(c, s, g.id);
      const listed = g.teams?.map((team): Qualifier => ({ team, certainty: 'derived', slot: team }));
      const teams = listed?.length ? listed : entrants;
      return buildRounds(this, {
        comp: c,
        stage: s,
        group: g.id,
        rounds: g.rounds ?? defaultKnockoutRounds(teams.length),
        rulesFor: (r) => tieRulesFor(c, s, r, g.tie),
        matches: this.byStage.group(comp, stage, g.id),
        exclusions,
        entrants: teams,
      });
    });
  }

  /** Play-offs between teams of different groups of a stage, each a knockout of one tie. */
  playoffs(comp: string, stage: string): readonly KnockoutRoundState[] {
    return this.remember(`playoffs/${comp}/${stage}`, () => {
      const c = this.competition(comp);
      const s = this.stageOf(comp, stage);
      if (s.format !== 'groups' || !s.playoffs?.length) return [];
      const exclusions = this.index.doc.exclusions.filter((e) => e.competition === comp && e.stage === stage);
      return s.playoffs.flatMap((po) =>
        buildRounds(this, {
          comp: c,
          stage: s,
          rounds: [
            {
              id: po.id,
              name: po.name,
              ...(po.tie && { tie: po.tie }),
              ...(po.forms && { forms: po.forms }),
              ties: [{ id: po.id, name: po.name, home: po.home, away: po.away }],
            },
          ],
          rulesFor: (r) => tieRulesFor(c, s, r),
          matches: this.byStage.stage(comp, stage).filter((m) => m.tie === po.id),
          exclusions,
        }),
      );
    });
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    if (this.computing.has(key))
      throw new EngineError(
        'link_cycle',
        [key],
        `the season's links depend on each other in a circle (at ${key})`,
      );
    this.computing.add(key);
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } finally {
      this.computing.delete(key);
    }
  }
}

export const createSeasonEngine = (index: SeasonIndex, options: EngineOptions = {}): SeasonEngine =>
  new SeasonEngine(index, options);
