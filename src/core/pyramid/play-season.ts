import {
  LotsSchema,
  MatchFactSchema,
  SeasonSchema,
  type SeasonDoc,
  type SeasonInput,
  type StageDoc,
} from '../definition/index.ts';
import { createSeasonEngine, type SeasonEngine, type TieState } from '../engine/index.ts';
import { addDays, slotSchedule } from '../fixtures/index.ts';
import { isoDate, type IsoDate } from '../model/index.ts';
import { createRandom, type SeededRandom } from '../random/index.ts';
import { indexSeason } from '../season/season.ts';
import { simulateShootout } from './play-tie.ts';
import { DEFAULT_RESULT_MODEL, drawStrength, simulateScore, type ResultModel } from './result-model.ts';

type MatchInput = NonNullable<SeasonInput['matches']>[number];
type LotsInput = NonNullable<SeasonInput['lots']>[number];

/** The facts a played-out season adds: its matches and the drawings of lots its tables needed. */
export interface PlayedSeason {
  readonly matches: readonly MatchInput[];
  readonly lots: readonly LotsInput[];
}

/** A knockout stage or group never takes more passes than this: legs, then extra time, then penalties. */
const MAX_PASSES = 64;

const scoreText = ([home, away]: readonly [number, number]) => `${home}-${away}`;
const goalsOf = (text: string): [number, number] => text.split('-').map(Number) as [number, number];

/**
 * Plays out a season whose every stage the engine can fill by itself (groups listed or filled
 * from the stage before, knockout pairings derived): stage by stage, it asks the engine who is
 * in each group and plays its round robin, one matchday a week from the stage's `start`; asks it
 * which knockout ties wait for what (a leg, extra time, penalties, a third match, a replay) and
 * plays exactly that, two weeks a round; and records a drawing of lots wherever a table needed
 * one. Scores come from `model`, each club's strength drawn once from the seed. Only facts are
 * produced — who went through, who won, who is promoted is left to the engine that reads them.
 * The same seed and season always give the same facts.
 */
export function playSeason(
  input: SeasonInput,
  seed: number,
  model: ResultModel = DEFAULT_RESULT_MODEL,
): PlayedSeason {
  const random = createRandom(seed);
  // The season's names may have come from the same seed: play on another stream.
  random.fork();
  const definition = SeasonSchema.parse({ ...input, matches: [], lots: [] });
  const strength = new Map(definition.clubs.map((c) => [c.id, drawStrength(random, model)]));
  const play = new Player(definition, random, model, (team) => strength.get(team) ?? 0);
  for (const c of definition.competitions)
    for (const s of c.stages) {
      if (s.format === 'groups') {
        play.roundRobins(c.id, s);
        for (const g of s.groups.filter((x) => x.format === 'knockout')) play.knockout(c.id, s, g.id);
      } else if (s.format === 'league') play.roundRobins(c.id, s);
      else if (s.format === 'knockout') play.knockout(c.id, s, undefined);
    }
  return { matches: play.matches, lots: play.lots };
}

class Player {
  readonly matches: MatchInput[] = [];
  readonly lots: LotsInput[] = [];
  private parsed: SeasonDoc['matches'][number][] = [];

  constructor(
    private readonly definition: SeasonDoc,
    private readonly random: SeededRandom,
    private readonly model: ResultModel,
    private readonly strength: (team: string) => number,
  ) {}

  private engine(): SeasonEngine {
    const doc: SeasonDoc = {
      ...this.definition,
      matches: this.parsed,
      lots: this.lots.map((l) => LotsSchema.parse(l)),
    };
    return createSeasonEngine(indexSeason(doc));
  }

  private add(m: MatchInput): void {
    this.matches.push(m);
    this.parsed.push(MatchFactSchema.parse(m));
  }

  private replaceLast(m: MatchInput, by: MatchInput): void {
    const at = this.matches.indexOf(m);
    this.matches[at] = by;
    this.parsed[at] = MatchFactSchema.parse(by);
  }

  private score(home: string, away: string, neutral: boolean): [number, number] {
    return simulateScore(this.random, this.model, this.strength(home), this.strength(away), neutral);
  }

  /** Every table group of a stage (or its league): the engine's teams, drawn into a round robin's slots. */
  roundRobins(comp: string, s: StageDoc): void {
    if (s.format !== 'groups' && s.format !== 'league') return;
    const start = stageStart(s);
    const engine = this.engine();
    const groups: (string | undefined)[] = s.format === 'groups' ? [...engine.tableGroupIds(s)] : [undefined];
    let last = start;
    for (const group of groups) {
      const missing = engine.entrantsOf(engine.competition(comp), s, group).filter((q) => !q.team);
      if (missing.length)
        throw new Error(`${comp}/${s.id}/${group ?? ''}: ${missing.map((q) => q.slot).join(', ')} not known`);
      // Drawn from the teams in id order, so the draw depends on who is in the group, not on how an
      // empty table happens to list them.
      const teams = this.random.shuffle(
        engine
          .table(comp, s.id, group)
          .rows.map((r) => r.team)
          .sort(),
      );
      if (teams.length < 2) continue;
      const schedule = slotSchedule(teams.length, s.rounds, 'mirrored');
      const per = schedule.matchesPerRound;
      for (let r = 0; r < schedule.rounds; r++) {
        const date = addDays(start, 7 * r);
        if (date > last) last = date;
        for (let i = 0; i < per; i++) {
          const home = teams[schedule.home[r * per + i]!]!;
          const away = teams[schedule.away[r * per + i]!]!;
          this.add({
            competition: comp,
            stage: s.id,
            ...(group !== undefined ? { group } : {}),
            date,
            home,
            away,
            score: scoreText(this.score(home, away, false)),
          });
        }
      }
    }
    this.playPlayoffs(comp, s, groups, addDays(last, 3));
    this.drawLots(comp, s, groups, addDays(last, 7));
  }

  /**
   * A play-off wherever a table's rules send teams level on a place to one (Region V's
   * tiebreaker for first place): each pair of the level teams once, on neutral ground, extra
   * time and penalties when drawn — a match of the group marked `playoff`, which orders the
   * level teams and does not count in the table.
   */
  private playPlayoffs(
    comp: string,
    s: StageDoc,
    groups: readonly (string | undefined)[],
    date: IsoDate,
  ): void {
    const played = new Set<string>();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const engine = this.engine();
      let added = false;
      for (const group of groups)
        for (const e of engine.table(comp, s.id, group).explanations) {
          if (e.outcome !== 'playoff_pending') continue;
          for (let i = 0; i < e.teams.length; i++)
            for (let j = i + 1; j < e.teams.length; j++) {
              const [home, away] = [e.teams[i]!, e.teams[j]!];
              if (played.has(`${group}|${home}|${away}`)) continue;
              played.add(`${group}|${home}|${away}`);
              this.add({
                competition: comp,
                stage: s.id,
                ...(group !== undefined ? { group } : {}),
                playoff: true,
                date,
                home,
                away,
                neutral: true,
                ...this.decisive(home, away),
              });
              added = true;
            }
        }
      if (!added) return;
    }
  }

  /** A single match that must have a winner: 90 minutes, then extra time, then penalties. */
  private decisive(home: string, away: string): Pick<MatchInput, 'score' | 'extraTime' | 'penalties'> {
    const [h, a] = this.score(home, away, true);
    if (h !== a) return { score: scoreText([h, a]) };
    const [eh, ea] = this.extraTime();
    const extraTime = scoreText([h + eh, a + ea]);
    if (eh !== ea) return { score: scoreText([h, a]), extraTime };
    const pens = simulateShootout(this.random);
    return { score: scoreText([h, a]), extraTime, penalties: `${pens.home}-${pens.away}` };
  }

  /** Goals in extra time: a third of a match's rate, on neutral terms. */
  private extraTime(): [number, number] {
    return simulateScore(this.random, { ...this.model, base: this.model.base - Math.log(3) }, 0, 0, true);
  }

  /** A drawing of lots for every group of teams a table could separate by nothing else. */
  private drawLots(comp: string, s: StageDoc, groups: readonly (string | undefined)[], date: IsoDate): void {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const engine = this.engine();
      const drawn = groups.flatMap((group) =>
        engine
          .table(comp, s.id, group)
          .decisions.flatMap((d) => (d.code === 'lots_drawn' ? [{ group, teams: d.teams }] : [])),
      );
      if (!drawn.length) return;
      for (const { group, teams } of drawn)
        this.lots.push({
          competition: comp,
          stage: s.id,
          ...(group !== undefined ? { group } : {}),
          order: this.random.shuffle(teams),
          date,
        });
    }
  }

  /** A knockout stage, or a group played as one: what every tie waits for, until all are decided. */
  knockout(comp: string, s: StageDoc, group: string | undefined): void {
    const start = stageStart(s);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const rounds = this.engine().rounds(comp, s.id, group);
      let played = false;
      rounds.forEach((round, k) => {
        for (const tie of round.ties)
          if (this.playNext(comp, s, group, round.id, tie, addDays(start, 14 * k))) played = true;
      });
      if (played) continue;
      const open = rounds.flatMap((r) => r.ties).filter((t) => t.outcome.status !== 'decided');
      if (open.length)
        throw new Error(
          `${comp}/${s.id}: ${open.map((t) => `${t.id} (${t.outcome.status})`).join(', ')} not decided`,
        );
      return;
    }
  }

  /** Plays what one tie waits for; false when it waits for nothing or its sides are not known yet. */
  private playNext(
    comp: string,
    s: StageDoc,
    group: string | undefined,
    round: string,
    tie: TieState,
    firstLeg: IsoDate,
  ): boolean {
    const [a, b] = [tie.slots?.[0].team, tie.slots?.[1].team];
    if (tie.outcome.status !== 'pending' || !a || !b) return false;
    const base = {
      competition: comp,
      stage: s.id,
      ...(group !== undefined ? { group } : {}),
      round,
      tie: tie.id,
    };
    const last = this.matches.findLast((m) => m.tie === tie.id && m.stage === s.id && m.group === group);
    const match = (leg: number, home: string, away: string, date: IsoDate, neutral = false): MatchInput => ({
      ...base,
      leg,
      date,
      home,
      away,
      ...(neutral ? { neutral } : {}),
      score: scoreText(this.score(home, away, neutral)),
    });
    switch (tie.outcome.awaiting) {
      case 'match':
      case 'first_leg':
        this.add(match(1, a, b, firstLeg));
        return true;
      case 'second_leg':
        this.add(match(2, b, a, addDays(firstLeg, 7)));
        return true;
      case 'third_match':
      case 'replay': {
        const third = tie.outcome.awaiting === 'third_match';
        const [home, away] = third || !last ? [a, b] : [last.away, last.home];
        this.add(
          match(
            tie.matches.length + 1,
            home,
            away,
            addDays(isoDate(String(last?.date ?? firstLeg)), 3),
            third,
          ),
        );
        return true;
      }
      case 'extra_time': {
        if (!last?.score) return false;
        const [h, w] = goalsOf(last.score);
        const [eh, ew] = this.extraTime();
        this.replaceLast(last, { ...last, extraTime: scoreText([h + eh, w + ew]) });
        return true;
      }
      case 'penalties': {
        if (!last) return false;
        const shootout = simulateShootout(this.random);
        this.replaceLast(last, { ...last, penalties: `${shootout.home}-${shootout.away}` });
        return true;
      }
    }
  }
}

function stageStart(s: StageDoc): IsoDate {
  if (!s.start || !/^\d{4}-\d{2}-\d{2}$/.test(s.start))
    throw new Error(`stage '${s.id}' needs a start day (YYYY-MM-DD) to be played out`);
  return isoDate(s.start);
}
