import type { RecordedOutcomeDoc } from '../definition/index.ts';
import { linkStatus, type Certainty, type LinkStatus } from '../engine/index.ts';
import type { TieDecided } from '../knockout/index.ts';
import { matchId, teamId, type Match, type Score } from '../model/index.ts';
import type { ColumnRanking } from '../standings/index.ts';
import type { PlayoffOutcome } from '../tiebreakers/index.ts';
import { penaltyShootout } from './penalty-shootout.ts';
import { sharesPlace, type PlanTable } from './plan-table.ts';
import { playTie } from './plan-tie-play.ts';
import type { RunRandom } from './run-stream.ts';
import { AWAY_GOALS_OF_CELL, HOME_GOALS_OF_CELL } from './scoreline-sampler.ts';
import { ScoreDrawer } from './score-drawer.ts';
import { tallyOf, type SeasonCounts } from './season-counts.ts';
import type { PlanCondition, PlanLink, PlanSide, PlanTie, SeasonPlan } from './season-plan.ts';

interface Picked {
  readonly team?: string;
  readonly certainty: Certainty;
}

interface RankedTable {
  readonly table: PlanTable;
  readonly ranking: ColumnRanking;
  readonly derived: boolean;
}

interface LinkResult {
  readonly status: LinkStatus;
  readonly teams: readonly string[];
}

const UNKNOWN: Picked = { certainty: 'unknown' };
const MAX_PLAYOFF_ROUNDS = 4;

/** What each competition's tally reads: its deciding table and the stage that names its champion. */
interface CompetitionTally {
  readonly comp: string;
  readonly stage: string | undefined;
  readonly table: string | undefined;
  readonly champion: string;
  readonly lastStage: string;
}

/**
 * The runs of a compiled season (`SeasonPlan`). A run draws every match left in the tables from
 * its sampler, then derives lazily — as the engine does, each thing once a run — what the tally
 * asks for: tables ranked on their columns (with the links' bonuses and deductions the run
 * decided, its lots and play-offs), positions and their certainty, links with their conditions,
 * and the ties that decide knockout stages, played step by step as `resolveTie` says they wait.
 * Whatever no run can change is read once from the engine over the known matches.
 */
export class PlanRun {
  private readonly homeGoals: Int32Array;
  private readonly awayGoals: Int32Array;
  private readonly drawer: ScoreDrawer;
  private readonly competitions: readonly CompetitionTally[];
  private random!: RunRandom;
  private readonly tables = new Map<string, RankedTable>();
  private readonly links = new Map<string, LinkResult>();
  private readonly ties = new Map<string, TieDecided | undefined>();
  private readonly staticLinks = new Map<string, LinkResult>();
  /** The run's knockout and play-off matches, kept only when `played()` is to be asked. */
  private readonly extra: Match[] = [];
  private keep = false;

  constructor(private readonly plan: SeasonPlan) {
    const n = plan.prepared.toPlay.length;
    this.homeGoals = new Int32Array(n);
    this.awayGoals = new Int32Array(n);
    this.drawer = new ScoreDrawer(plan.model);
    const engine = plan.prepared.engine;
    this.competitions = engine.index.doc.competitions.map((c) => {
      const deciding = [...c.stages].reverse().find((s) => s.format !== 'knockout');
      const last = c.stages.at(-1)!;
      const overall = deciding?.format === 'groups' && deciding.groups.length > 1;
      return {
        comp: c.id,
        stage: deciding?.id,
        table: deciding
          ? keyOf(c.id, deciding.id, overall ? '*' : deciding.format === 'groups' ? groupOf(deciding) : '')
          : undefined,
        champion: `${c.id}/${last.id}`,
        lastStage: last.id,
      };
    });
    for (const l of engine.index.doc.links)
      if (!plan.links.has(l.id)) {
        const o = engine.link(l.id);
        this.staticLinks.set(l.id, { status: o.status, teams: o.teams });
      }
  }

  /** Plays one run and adds its outcome to `counts`. */
  play(random: RunRandom, counts: SeasonCounts): void {
    this.random = random;
    this.tables.clear();
    this.links.clear();
    this.ties.clear();
    this.extra.length = 0;
    const { sampler } = this.plan.prepared;
    const { homeGoals, awayGoals } = this;
    // Module bindings read in the hot loop are held locally (a loader may turn them into getters).
    const homeOfCell = HOME_GOALS_OF_CELL;
    const awayOfCell = AWAY_GOALS_OF_CELL;
    for (let k = 0; k < homeGoals.length; k++) {
      const cell = sampler.sample(k, random.uint32());
      homeGoals[k] = homeOfCell[cell]!;
      awayGoals[k] = awayOfCell[cell]!;
    }
    this.tally(counts);
    counts.runs++;
  }

  /**
   * Every match of the last run, as matches: the known ones, the table matches drawn, the
   * knockout and play-off matches played — to hand the engine the same run (a check, not the
   * hot path: `keepMatches` must be on before the run).
   */
  played(): Match[] {
    const { toPlay, known } = this.plan.prepared;
    return [
      ...known,
      ...toPlay.map((m, k): Match => ({
        ...m,
        status: 'played',
        result: { fullTime: { home: this.homeGoals[k]!, away: this.awayGoals[k]! } },
      })),
      ...this.extra,
    ];
  }

  keepMatches(): this {
    this.keep = true;
    return this;
  }

  private tally(counts: SeasonCounts): void {
    const engine = this.plan.prepared.engine;
    for (const c of this.competitions) {
      if (c.stage !== undefined && c.table !== undefined) {
        const ranked = this.plan.tables.has(c.table) ? this.rank(c.table) : undefined;
        if (ranked) {
          const { order, stats } = ranked.ranking;
          const n = order.length;
          for (let i = 0; i < n; i++) {
            const t = tallyOf(counts, c.comp, c.stage, ranked.table.teams[order[i]!]!, n);
            t.positions[i]!++;
            t.points += stats.points[order[i]!]!;
          }
        } else {
          const [, , group] = c.table.split('/');
          const table = group === '*' ? engine.overallTable(c.comp, c.stage) : engine.table(c.comp, c.stage);
          table.rows.forEach((row, i) => {
            const t = tallyOf(counts, c.comp, c.stage!, row.team, table.rows.length);
            t.positions[i]!++;
            t.points += row.points;
          });
        }
      }
      const champion = this.stageResult(c.champion, 'winner').team;
      if (champion) tallyOf(counts, c.comp, c.stage ?? c.lastStage, champion, 0).champion++;
    }
    for (const l of engine.index.doc.links) {
      const outcome = this.link(l.id);
      if (outcome.status !== 'applied' && outcome.status !== 'recorded') continue;
      for (const team of outcome.teams) {
        const comp = l.from.competition;
        const t = tallyOf(counts, comp, counts.teams.get(`${comp}|${team}`)?.stage ?? '', team, 0);
        t.links[l.id] = (t.links[l.id] ?? 0) + 1;
        if ('relegation' in l.effect) t.relegated++;
        if ('promotion' in l.effect) t.promoted++;
      }
    }
  }

  /** A table of the plan ranked for this run: bonuses the run's links decided, lots, play-offs played. */
  private rank(key: string): RankedTable {
    const done = this.tables.get(key);
    if (done) return done;
    const table = this.plan.tables.get(key)!;
    table.write(this.homeGoals, this.awayGoals);
    table.adjustments.set(table.staticAdjustments);
    for (const adj of table.linkAdjustments) {
      const outcome = this.link(adj.link);
      if (outcome.status !== 'applied' && outcome.status !== 'recorded') continue;
      for (const team of outcome.teams) {
        const target = adj.parentFirstTeam ? this.plan.prepared.engine.parentFirstTeam(team) : team;
        const t = table.index.get(target);
        if (t !== undefined) table.adjustments[t] = table.adjustments[t]! + adj.points;
      }
    }
    const awaiting = table.awaitingLinks.some((id) => {
      const s = this.link(id).status;
      return s === 'pending' || s === 'unknown';
    });
    const seed = this.random.lotsSeed;
    let ranking = table.rank(seed, []);
    if (table.playoff && ranking.pending.length > 0) {
      const playoffs: PlayoffOutcome[] = [];
      for (let round = 0; round < MAX_PLAYOFF_ROUNDS && ranking.pending.length > 0; round++) {
        const before = playoffs.length;
        this.playPlayoffs(table, ranking, playoffs);
        if (playoffs.length === before) break;
        ranking = table.rank(seed, playoffs);
      }
    }
    const complete = table.parts ? table.parts.every((p) => this.derived(p)) : table.complete;
    const ranked = { table, ranking, derived: complete && ranking.pending.length === 0 && !awaiting };
    this.tables.set(key, ranked);
    return ranked;
  }

  /**
   * Each pair of teams the run left level for a play-off place meets once on neutral ground;
   * drawn after 90 minutes, extra time, then penalties kick by kick.
   */
  private playPlayoffs(table: PlanTable, ranking: ColumnRanking, out: PlayoffOutcome[]): void {
    const { pending, position } = ranking;
    for (let i = 0; i < pending.length; i++)
      for (let j = i + 1; j < pending.length; j++) {
        const a = pending[i]!;
        const b = pending[j]!;
        if (position[a] !== position[b]) continue;
        if (out.some((p) => (p.home === a && p.away === b) || (p.home === b && p.away === a))) continue;
        const home = table.teams[a]!;
        const away = table.teams[b]!;
        const ft = this.drawer.draw(this.random, home, away, true);
        let diff = ft.home - ft.away;
        if (diff === 0) {
          const extra = this.drawer.draw(this.random, home, away, true, 1 / 3);
          diff = extra.home - extra.away;
          if (diff === 0) {
            const pens = penaltyShootout(this.random);
            diff = pens.home - pens.away;
          }
        }
        out.push({ home: a, away: b, winner: diff > 0 ? a : b });
        if (this.keep) this.extra.push(playoffMatch(table.key, home, away, ft, diff, this.extra.length));
      }
  }

  private derived(key: string): boolean {
    if (this.plan.tables.has(key)) return this.rank(key).derived;
    return this.engineTable(key).certainty === 'derived';
  }

  private engineTable(key: string) {
    const [comp, stage, group] = key.split('/') as [string, string, string];
    const engine = this.plan.prepared.engine;
    return group === '*' ? engine.overallTable(comp, stage) : engine.table(comp, stage, group || undefined);
  }

  /** Who is at a place of a table (−1: last), and how sure that is, as `positionQualifier` says. */
  private position(key: string, position: number): Picked {
    if (!this.plan.tables.has(key)) {
      const [comp, stage, group] = key.split('/') as [string, string, string];
      const q = this.plan.prepared.engine.position(
        comp,
        stage,
        group === '*' ? undefined : group || undefined,
        position,
        group === '*',
      );
      return q;
    }
    const { table, ranking, derived } = this.rank(key);
    const n = ranking.order.length;
    const i = position > 0 ? position - 1 : n + position;
    if (i < 0 || i >= n) return UNKNOWN;
    const team = table.teams[ranking.order[i]!]!;
    if (derived && !sharesPlace(ranking, i)) return { team, certainty: 'derived' };
    const recorded = recordedAt(table.outcomes, position, n);
    if (recorded) return { team: recorded, certainty: 'recorded' };
    return table.matchesPlayed > 0 ? { team, certainty: 'provisional' } : UNKNOWN;
  }

  private condition(cond: PlanCondition, team: string): boolean | 'unknown' {
    const engine = this.plan.prepared.engine;
    const who = cond.parentFirstTeam ? engine.parentFirstTeam(team) : team;
    if (this.plan.tables.has(cond.table)) {
      const { table, ranking, derived } = this.rank(cond.table);
      const t = table.index.get(who);
      return derived && t !== undefined ? ranking.position[t]! <= cond.positionAtMost : 'unknown';
    }
    const [comp, stage, group] = cond.table.split('/') as [string, string, string];
    const table = this.engineTable(cond.table);
    const row = table.rows.find((r) => r.team === who);
    if (table.certainty === 'derived' && row) return row.position <= cond.positionAtMost;
    const recorded = engine
      .recordedOutcomes(comp, stage, group || undefined)
      .flatMap((o) => o.positions ?? [])
      .find((p) => p.team === who);
    return recorded ? recorded.position <= cond.positionAtMost : 'unknown';
  }

  /** The winner or runner-up of a stage: its deciding tie as played in the run, its table, or the engine's answer. */
  private stageResult(key: string, which: 'winner' | 'runner-up'): Picked {
    const tie = this.plan.ties.get(key);
    if (tie) {
      const outcome = this.tie(key, tie);
      if (!outcome) return UNKNOWN;
      return { team: which === 'winner' ? outcome.winner : outcome.loser, certainty: 'derived' };
    }
    const [comp, stage] = key.split('/') as [string, string];
    const engine = this.plan.prepared.engine;
    const s = engine.stageOf(comp, stage);
    if (s.format !== 'knockout' && !(s.format === 'groups' && s.groups.length > 1)) {
      const table = `${comp}/${stage}/${s.format === 'groups' ? groupOf(s) : ''}`;
      if (this.plan.tables.has(table)) {
        const q = this.position(table, which === 'winner' ? 1 : 2);
        const recorded = this.plan.tables
          .get(table)!
          .outcomes.find((o) => (which === 'winner' ? o.winner : o.runnerUp));
        if (q.certainty === 'derived' || !recorded) return q;
        return { team: which === 'winner' ? recorded.winner! : recorded.runnerUp!, certainty: 'recorded' };
      }
    }
    return engine.stageResult(comp, stage, which);
  }

  private side(side: PlanSide): string | undefined {
    if (side.kind === 'team') return side.team;
    const q = this.position(side.table, side.position);
    if (!q.team) return undefined;
    // A place whose condition fails, with no heir named, stays unknown (see `conditional`).
    return side.condition && this.condition(side.condition, q.team) === false ? undefined : q.team;
  }

  /** The deciding tie of a stage played in this run: what it waits for, played until it is decided. */
  private tie(key: string, tie: PlanTie): TieDecided | undefined {
    if (this.ties.has(key)) return this.ties.get(key);
    const a = this.side(tie.sides[0]);
    const b = this.side(tie.sides[1]);
    const outcome =
      a && b ? playTie(tie, a, b, this.drawer, this.random, this.keep ? this.extra : undefined) : undefined;
    this.ties.set(key, outcome);
    return outcome;
  }

  /** A link as `evaluateLink` derives it, from this run's picks and condition. */
  private link(id: string): LinkResult {
    const fixed = this.staticLinks.get(id);
    if (fixed) return fixed;
    const done = this.links.get(id);
    if (done) return done;
    const result = this.evaluate(this.plan.links.get(id)!);
    this.links.set(id, result);
    return result;
  }

  private evaluate(link: PlanLink): LinkResult {
    const picked = link.picks.map((p) =>
      p.kind === 'stage' ? this.stageResult(p.stage, p.which) : this.position(p.table, p.position),
    );
    const named = picked.flatMap((q) => (q.team ? [q.team] : []));
    const derived = picked.every((q) => q.certainty === 'derived' && q.team);
    const onRecord =
      !derived &&
      picked.length > 0 &&
      picked.every((q) => q.team && (q.certainty === 'derived' || q.certainty === 'recorded'));
    const teams = derived || onRecord ? named : [];
    const certainty: Certainty = derived
      ? 'derived'
      : onRecord
        ? 'recorded'
        : named.length
          ? 'provisional'
          : 'unknown';
    const met = link.condition ? teams.map((t) => this.condition(link.condition!, t)) : [];
    const failed = met.some((m) => m === false);
    const undecided =
      link.condition !== undefined && !failed && !(met.length && met.every((m) => m === true));
    const status = linkStatus(teams.length, certainty, { failed, undecided });
    return { status, teams: teams.length ? teams : named };
  }
}

const keyOf = (comp: string, stage: string, group: string) => `${comp}/${stage}/${group}`;

/** The only group of a groups stage played as one table ('' when it has several). */
const groupOf = (s: { readonly format: string; readonly groups?: readonly { readonly id: string }[] }) =>
  s.format === 'groups' && s.groups?.length === 1 ? s.groups[0]!.id : '';

/**
 * A play-off as the engine reads it (a match of the table's stage marked `playoff`): the score
 * after 90 minutes, and a decisive extra-time or shoot-out score standing for how it was won.
 */
function playoffMatch(key: string, home: string, away: string, ft: Score, diff: number, n: number): Match {
  const [comp, stage, group] = key.split('/') as [string, string, string];
  const level = ft.home === ft.away;
  const won = { home: diff > 0 ? 1 : 0, away: diff > 0 ? 0 : 1 };
  return {
    id: matchId(`simulated-playoff:${key}:${home}:${away}:${n}`),
    competition: comp as Match['competition'] & string,
    stage: stage as Match['stage'] & string,
    ...(group && group !== '*' ? { group: group as Match['group'] & string } : {}),
    playoff: true,
    home: teamId(home),
    away: teamId(away),
    neutral: true,
    status: 'played',
    result: level ? { fullTime: ft, extraTime: ft, penalties: won } : { fullTime: ft },
  };
}

/** The team a source recorded at a place (as `positionQualifier` reads recorded outcomes). */
function recordedAt(
  recorded: readonly RecordedOutcomeDoc[],
  position: number,
  size: number,
): string | undefined {
  for (const r of recorded) {
    const wanted = position > 0 ? position : size > 0 ? size + position + 1 : undefined;
    const hit = r.positions?.find((p) => p.position === wanted);
    if (hit) return hit.team;
    if (position === 1 && r.winner) return r.winner;
    if (position === 2 && r.runnerUp) return r.runnerUp;
  }
  return undefined;
}
