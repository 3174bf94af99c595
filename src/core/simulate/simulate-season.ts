import type { StageDoc } from '../definition/index.ts';
import {
  createSeasonEngine,
  type KnockoutRoundState,
  type SeasonEngine,
  type TieState,
} from '../engine/index.ts';
import { countsInTable, matchId, teamId, type Match, type Score } from '../model/index.ts';
import { penaltyShootout } from './penalty-shootout.ts';
import { PlanRun } from './plan-run.ts';
import { simulatedTieMatch } from './simulated-tie-match.ts';
import { runStream, RunRandom } from './run-stream.ts';
import { compileSeasonPlan, PlanUnsupported, type SeasonPlan } from './season-plan.ts';
import { awayGoalsOf, homeGoalsOf } from './scoreline-sampler.ts';
import { ScoreDrawer } from './score-drawer.ts';
import { emptySeasonCounts, tallyOf, type SeasonCounts } from './season-counts.ts';
import { seasonToPlay, type SeasonSimulationSetup, type SeasonToPlay } from './season-to-play.ts';

export type { SeasonSimulationSetup } from './season-to-play.ts';

const MAX_STEPS = 64;

/** The season compiled for its runs, or undefined when it needs what only the engine derives. */
export function seasonPlan(setup: SeasonSimulationSetup): SeasonPlan | undefined {
  try {
    return compileSeasonPlan(setup);
  } catch (e) {
    if (e instanceof PlanUnsupported) return undefined;
    throw e;
  }
}

/** Runs `from` … `to − 1` of a compiled season. */
export function simulateWithPlan(plan: SeasonPlan, seed: number, from: number, to: number): SeasonCounts {
  const counts = emptySeasonCounts();
  const run = new PlanRun(plan);
  const random = new RunRandom();
  for (let r = from; r < to; r++) run.play(random.reset(seed, r), counts);
  return counts;
}

/**
 * Plays the rest of a season many times: through the compiled season plan (`season-plan.ts`,
 * `plan-run.ts`) when it models everything the runs decide, else through the real engine, run
 * by run (what follows). The plan gives the engine's answer run by run (see its test); it is
 * some fifty times faster. Through the engine, each run draws the remaining
 * table matches, then asks the engine — built over the recorded and the drawn matches — which
 * knockout ties wait for what (a first leg, a second leg, extra time, penalties, a third match,
 * a replay), with pairings derived from the run's own tables and links, plays exactly that, and
 * asks again until nothing waits. Tables, tie-breakers, lots (from the run's stream), links
 * (the −3, the reserves' bonus, conditional cup places), promotions and relegations are the
 * engine's own. Run r draws only from `runStream(seed, r)`.
 */
export function simulateSeason(
  setup: SeasonSimulationSetup,
  seed: number,
  from: number,
  to: number,
): SeasonCounts {
  const plan = seasonPlan(setup);
  if (plan) return simulateWithPlan(plan, seed, from, to);
  const prepared = seasonToPlay(setup);
  const counts = emptySeasonCounts();
  const drawer = new ScoreDrawer(setup.model);
  for (let run = from; run < to; run++) {
    const random = runStream(seed, run);
    const engine = playRun({ index: prepared.index, model: setup.model }, prepared, random, drawer);
    tally(engine, counts);
    counts.runs++;
  }
  return counts;
}

function playRun(
  setup: SeasonSimulationSetup,
  p: SeasonToPlay,
  random: RunRandom,
  drawer: ScoreDrawer,
): SeasonEngine {
  const matches: Match[] = [...p.known, ...p.fixedKnockout];
  p.toPlay.forEach((m, k) => {
    const cell = p.sampler.sample(k, random.uint32());
    matches.push(played(m, { home: homeGoalsOf(cell), away: awayGoalsOf(cell) }));
  });
  const options = { seed: random.lotsSeed };
  let engine = createSeasonEngine(setup.index, { ...options, matches });
  for (let step = 0; step < MAX_STEPS; step++) {
    let changed = playPlayoffs(setup, engine, matches, random, drawer);
    for (const { comp, stage } of p.knockoutStages) {
      const doc = engine.stageOf(comp, stage);
      for (const round of engine.rounds(comp, stage))
        for (const tie of round.ties)
          if (tie.outcome.status === 'pending' && playNext(tie, round, doc, comp, matches, random, drawer))
            changed = true;
    }
    if (!changed) return engine;
    engine = createSeasonEngine(setup.index, { ...options, matches });
  }
  return engine;
}

const played = (m: Match, fullTime: Score): Match => ({ ...m, status: 'played', result: { fullTime } });

/** Plays what a pending tie waits for; false when it cannot be played yet (a side not known). */
function playNext(
  tie: TieState,
  round: KnockoutRoundState,
  stage: StageDoc,
  comp: string,
  matches: Match[],
  random: RunRandom,
  drawer: ScoreDrawer,
): boolean {
  if (tie.outcome.status !== 'pending') return false;
  const teams = tieTeams(tie);
  if (!teams) return false;
  const counted = tie.matches.filter((m) => countsInTable(m.status));
  const last = counted.at(-1);
  const neutralRound =
    stage.format === 'knockout' && stage.rounds.find((r) => r.id === round.id)?.neutral === true;
  const draw = (home: string, away: string, neutral: boolean, fraction = 1): Score =>
    drawer.draw(random, home, away, neutral, fraction);
  const replace = (m: Match) => {
    const at = matches.findIndex((x) => x.id === m.id);
    if (at >= 0) matches[at] = m;
    else matches.push(m);
  };
  const fresh = (home: string, away: string, leg: number | undefined, neutral: boolean): Match => {
    const waiting = tie.matches.find((m) => m.status === 'scheduled' && m.home === home && m.away === away);
    return (
      waiting ??
      simulatedTieMatch(
        { competition: comp, stage: stage.id, round: round.id, tie: tie.id },
        tie.matches.length + 1,
        home,
        away,
        leg,
        neutral,
      )
    );
  };
  const play = (m: Match) => replace(played(m, draw(m.home, m.away, m.neutral === true)));
  switch (tie.outcome.awaiting) {
    case 'match':
      play(fresh(teams[0], teams[1], undefined, neutralRound));
      return true;
    case 'first_leg':
      play(fresh(teams[0], teams[1], 1, neutralRound));
      return true;
    case 'second_leg':
      play(fresh(teams[1], teams[0], 2, neutralRound));
      return true;
    case 'third_match':
      play(fresh(teams[0], teams[1], 3, true));
      return true;
    case 'replay':
      play(fresh(last ? last.away : teams[1], last ? last.home : teams[0], undefined, neutralRound));
      return true;
    case 'extra_time': {
      if (!last?.result) return false;
      const extra = draw(last.home, last.away, last.neutral === true, 1 / 3);
      const ft = last.result.fullTime;
      replace({
        ...last,
        result: { ...last.result, extraTime: { home: ft.home + extra.home, away: ft.away + extra.away } },
      });
      return true;
    }
    case 'penalties':
      if (!last?.result) return false;
      replace({ ...last, result: { ...last.result, penalties: penaltyShootout(random) } });
      return true;
  }
}

/**
 * Play-offs for places: every table whose rules send teams level on a place to a play-off
 * (ADFP 2014: the Clausura's title, 15th place of the aggregate table), and that this run left
 * level there, gets its play-off — each pair of the level teams once on neutral ground, extra
 * time and penalties when drawn, a match of the table's stage marked `playoff` — and the
 * engine then ranks the table with it as it ranks a recorded one. False when none waited.
 */
function playPlayoffs(
  setup: SeasonSimulationSetup,
  engine: SeasonEngine,
  matches: Match[],
  random: RunRandom,
  drawer: ScoreDrawer,
): boolean {
  let played = false;
  const ids = new Set<string>();
  for (const c of setup.index.doc.competitions)
    for (const st of c.stages) {
      if (st.format === 'knockout') continue;
      const groups: (string | undefined)[] =
        st.format === 'groups' ? [...engine.tableGroupIds(st)] : [undefined];
      for (const group of groups) {
        const table = engine.table(c.id, st.id, group);
        if (!table.rules.tiebreakers.includes('playoff')) continue;
        for (const e of table.explanations) {
          if (e.outcome !== 'playoff_pending') continue;
          for (let i = 0; i < e.teams.length; i++)
            for (let j = i + 1; j < e.teams.length; j++) {
              const [home, away] = [e.teams[i]!, e.teams[j]!];
              const id = matchId(`simulated-playoff:${c.id}:${st.id}:${group ?? ''}:${home}:${away}`);
              if (ids.has(id) || matches.some((m) => m.id === id)) continue;
              ids.add(id);
              const fullTime = drawer.draw(random, home, away, true);
              let result: Match['result'] = { fullTime };
              if (fullTime.home === fullTime.away) {
                const extra = drawer.draw(random, home, away, true, 1 / 3);
                const extraTime = { home: fullTime.home + extra.home, away: fullTime.away + extra.away };
                result = {
                  fullTime,
                  extraTime,
                  ...(extraTime.home === extraTime.away ? { penalties: penaltyShootout(random) } : {}),
                };
              }
              matches.push({
                id,
                competition: c.id as Match['competition'] & string,
                stage: st.id as Match['stage'] & string,
                ...(group !== undefined ? { group: group as Match['group'] & string } : {}),
                playoff: true,
                home: teamId(home),
                away: teamId(away),
                neutral: true,
                status: 'played',
                result,
              });
              played = true;
            }
        }
      }
    }
  return played;
}

/** The two sides of a tie, home in the first leg first: from its fixed pairing, else from its matches. */
function tieTeams(tie: TieState): readonly [string, string] | undefined {
  const [a, b] = tie.slots ?? [];
  if (a?.team && b?.team) return [a.team, b.team];
  const first = tie.matches[0];
  return first ? [first.home, first.away] : undefined;
}

/** Adds one run's outcome: each competition's deciding table, champions, every link applied. */
export function tally(engine: SeasonEngine, counts: SeasonCounts): void {
  for (const c of engine.index.doc.competitions) {
    const deciding = [...c.stages].reverse().find((s) => s.format !== 'knockout');
    const last = c.stages.at(-1)!;
    if (deciding) {
      const table =
        deciding.format === 'groups' && deciding.groups.length > 1
          ? engine.overallTable(c.id, deciding.id)
          : engine.table(c.id, deciding.id);
      table.rows.forEach((row, i) => {
        const t = tallyOf(counts, c.id, deciding.id, row.team, table.rows.length);
        t.positions[i]!++;
        t.points += row.points;
      });
    }
    const champion = engine.stageResult(c.id, last.id, 'winner').team;
    if (champion) tallyOf(counts, c.id, deciding?.id ?? last.id, champion, 0).champion++;
  }
  for (const outcome of engine.links()) {
    if (outcome.status !== 'applied' && outcome.status !== 'recorded') continue;
    const link = outcome.link;
    for (const team of outcome.teams) {
      const comp = link.from.competition;
      const t = tallyOf(counts, comp, counts.teams.get(`${comp}|${team}`)?.stage ?? '', team, 0);
      t.links[link.id] = (t.links[link.id] ?? 0) + 1;
      if ('relegation' in link.effect) t.relegated++;
      if ('promotion' in link.effect) t.promoted++;
    }
  }
}
