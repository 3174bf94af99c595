import type { SeasonDoc, StageDoc } from '../definition/index.ts';
import {
  createSeasonEngine,
  type KnockoutRoundState,
  type SeasonEngine,
  type TieState,
} from '../engine/index.ts';
import { countsInTable, matchId, teamId, type IsoDate, type Match, type Score } from '../model/index.ts';
import {
  forecastFromRates,
  forecastMatch,
  matchRates,
  playedAsOf,
  type StrengthModel,
} from '../predict/index.ts';
import { seasonMatches } from '../season/to-matches.ts';
import { indexSeason, type SeasonIndex } from '../season/season.ts';
import { penaltyShootout } from './penalty-shootout.ts';
import { runStream, type RunRandom } from './run-stream.ts';
import { awayGoalsOf, homeGoalsOf, ScorelineSampler } from './scoreline-sampler.ts';
import { emptySeasonCounts, tallyOf, type SeasonCounts } from './season-counts.ts';

export interface SeasonSimulationSetup {
  readonly index: SeasonIndex;
  readonly asOf?: IsoDate;
  readonly model: StrengthModel;
}

/** What every run starts from, worked out once. */
interface Prepared {
  readonly known: readonly Match[];
  /** Table matches still to play (their teams are fixed), with a sampler over their scorelines. */
  readonly toPlay: readonly Match[];
  readonly sampler: ScorelineSampler;
  /** Knockout matches still to play in rounds whose pairings come only from the matches. */
  readonly fixedKnockout: readonly Match[];
  readonly knockoutStages: readonly { comp: string; stage: string }[];
}

const MAX_STEPS = 64;

/**
 * Plays the rest of a season many times through the real engine. Each run draws the remaining
 * table matches, then asks the engine — built over the recorded and the drawn matches — which
 * knockout ties wait for what (a first leg, a second leg, extra time, penalties, a third match,
 * a replay), with pairings derived from the run's own tables and links, plays exactly that, and
 * asks again until nothing waits. Tables, tie-breakers, lots (from the run's stream), links
 * (the −3, the reserves' bonus, conditional cup places), promotions and relegations are the
 * engine's own. Run r draws only from `runStream(seed, r)`.
 */
export function simulateSeason(
  given: SeasonSimulationSetup,
  seed: number,
  from: number,
  to: number,
): SeasonCounts {
  const setup = given.asOf ? { ...given, index: indexSeason(factsAsOf(given.index.doc, given.asOf)) } : given;
  const prepared = prepare(setup);
  const counts = emptySeasonCounts();
  const grids = new Map<string, ScorelineSampler>();
  for (let run = from; run < to; run++) {
    const random = runStream(seed, run);
    const engine = playRun(setup, prepared, random, grids);
    tally(engine, counts);
    counts.runs++;
  }
  return counts;
}

/**
 * The season as known on a day: adjustments, published outcomes, lots, exclusions and link
 * settlements dated later are what the runs must find out for themselves (an undated fact is
 * taken as known from the start — except an adjustment that carries out a link: that is the
 * link's result, which each run derives from its own tables).
 */
function factsAsOf(doc: SeasonDoc, asOf: IsoDate): SeasonDoc {
  const known = <T extends { readonly date?: string }>(facts: readonly T[]): T[] =>
    facts.filter((f) => f.date === undefined || f.date <= asOf);
  return {
    ...doc,
    adjustments: known(doc.adjustments).filter((a) => !a.link || (a.date !== undefined && a.date <= asOf)),
    outcomes: known(doc.outcomes),
    exclusions: known(doc.exclusions),
    lots: known(doc.lots),
    linkResolutions: known(doc.linkResolutions),
  };
}

function prepare(setup: SeasonSimulationSetup): Prepared {
  const all = seasonMatches(setup.index.doc);
  const known = all.filter((m) => playedAsOf(m, setup.asOf));
  const engine = createSeasonEngine(setup.index, { matches: known });
  const knockoutStages = setup.index.doc.competitions.flatMap((c) =>
    c.stages.filter((s) => s.format === 'knockout').map((s) => ({ comp: c.id, stage: s.id })),
  );
  const derived = new Set<string>();
  for (const { comp, stage } of knockoutStages)
    for (const round of engine.rounds(comp, stage))
      if (round.ties.some((t) => t.slots)) derived.add(`${comp}/${stage}/${round.id}`);
  const remaining = all.filter((m) => !playedAsOf(m, setup.asOf) && stillToPlay(m));
  const isKnockout = (m: Match) =>
    knockoutStages.some((k) => k.comp === m.competition && k.stage === m.stage);
  // Round-robin matches no fact lists yet are implied only for a season seen from a day: a season
  // taken whole is as its facts (and the outcomes its sources published) record it.
  const implied = setup.asOf ? missingFixtures(setup, engine, all) : [];
  // A play-off for a place still to come is played between whoever each run leaves level
  // (see `playPlayoffs`), not between the teams a later fact names.
  const toPlay = [...remaining.filter((m) => !isKnockout(m) && !m.playoff), ...implied];
  const fixedKnockout = remaining
    .filter((m) => isKnockout(m) && !derived.has(`${m.competition}/${m.stage}/${roundOf(setup, m)}`))
    .map(unplayed);
  const sampler = new ScorelineSampler(
    toPlay.map((m) => forecastMatch(setup.model, m.home, m.away, m.neutral === true).scores),
  );
  return { known, toPlay, sampler, fixedKnockout, knockoutStages };
}

/**
 * Round-robin matches the format implies but no fact lists yet (a season often records its
 * fixtures round by round): every pair of a league or group meets `rounds` times, home and away
 * in turn. Their teams are those the engine puts in the table as of the day.
 */
function missingFixtures(setup: SeasonSimulationSetup, engine: SeasonEngine, all: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (const c of setup.index.doc.competitions)
    for (const s of c.stages) {
      if (s.format !== 'league' && s.format !== 'groups') continue;
      const groups =
        s.format === 'groups'
          ? s.groups.filter((g) => g.format !== 'knockout').map((g) => g.id)
          : [undefined];
      for (const group of groups) {
        const teams = engine.table(c.id, s.id, group).rows.map((r) => r.team);
        const listed = all.filter((m) => m.competition === c.id && m.stage === s.id && !m.playoff);
        const meetings = new Map<string, number>();
        for (const m of listed)
          meetings.set(`${m.home}|${m.away}`, (meetings.get(`${m.home}|${m.away}`) ?? 0) + 1);
        for (let i = 0; i < teams.length; i++)
          for (let j = i + 1; j < teams.length; j++) {
            const a = teams[i]!;
            const b = teams[j]!;
            let ab = meetings.get(`${a}|${b}`) ?? 0;
            let ba = meetings.get(`${b}|${a}`) ?? 0;
            for (let k = ab + ba; k < s.rounds; k++) {
              const [home, away] = ab <= ba ? [a, b] : [b, a];
              if (home === a) ab++;
              else ba++;
              out.push({
                id: matchId(`implied:${c.id}:${s.id}:${group ?? ''}:${home}:${away}:${k}`),
                competition: c.id as Match['competition'] & string,
                stage: s.id as Match['stage'] & string,
                ...(group !== undefined ? { group: group as Match['group'] & string } : {}),
                home: teamId(home),
                away: teamId(away),
                status: 'scheduled',
              });
            }
          }
      }
    }
  return out;
}

const stillToPlay = (m: Match) =>
  m.status === 'scheduled' || m.status === 'postponed' || countsInTable(m.status);

function unplayed(m: Match): Match {
  const { result: _r, shootout: _s, goals: _g, awardedTo: _a, reportedWinner: _w, ...rest } = m;
  return { ...rest, status: 'scheduled' };
}

function roundOf(setup: SeasonSimulationSetup, m: Match): string | undefined {
  const stage = setup.index.competitions.get(m.competition ?? '')?.stages.find((s) => s.id === m.stage);
  if (stage?.format !== 'knockout') return undefined;
  return stage.rounds.length === 1 ? stage.rounds[0]!.id : m.round;
}

function playRun(
  setup: SeasonSimulationSetup,
  p: Prepared,
  random: RunRandom,
  grids: Map<string, ScorelineSampler>,
): SeasonEngine {
  const matches: Match[] = [...p.known, ...p.fixedKnockout];
  p.toPlay.forEach((m, k) => {
    const cell = p.sampler.sample(k, random.uint32());
    matches.push(played(m, { home: homeGoalsOf(cell), away: awayGoalsOf(cell) }));
  });
  const options = { seed: random.lotsSeed };
  let engine = createSeasonEngine(setup.index, { ...options, matches });
  for (let step = 0; step < MAX_STEPS; step++) {
    let changed = playPlayoffs(setup, engine, matches, random, grids);
    for (const { comp, stage } of p.knockoutStages) {
      const doc = engine.stageOf(comp, stage);
      for (const round of engine.rounds(comp, stage))
        for (const tie of round.ties)
          if (
            tie.outcome.status === 'pending' &&
            playNext(setup, tie, round, doc, comp, matches, random, grids)
          )
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
  setup: SeasonSimulationSetup,
  tie: TieState,
  round: KnockoutRoundState,
  stage: StageDoc,
  comp: string,
  matches: Match[],
  random: RunRandom,
  grids: Map<string, ScorelineSampler>,
): boolean {
  if (tie.outcome.status !== 'pending') return false;
  const teams = tieTeams(tie);
  if (!teams) return false;
  const counted = tie.matches.filter((m) => countsInTable(m.status));
  const last = counted.at(-1);
  const neutralRound =
    stage.format === 'knockout' && stage.rounds.find((r) => r.id === round.id)?.neutral === true;
  const draw = (home: string, away: string, neutral: boolean, fraction = 1): Score =>
    drawScore(setup, grids, random, home, away, neutral, fraction);
  const replace = (m: Match) => {
    const at = matches.findIndex((x) => x.id === m.id);
    if (at >= 0) matches[at] = m;
    else matches.push(m);
  };
  const fresh = (home: string, away: string, leg: number | undefined, neutral: boolean): Match => {
    const waiting = tie.matches.find((m) => m.status === 'scheduled' && m.home === home && m.away === away);
    return (
      waiting ?? {
        id: matchId(`simulated:${comp}:${stage.id}:${tie.id}:${tie.matches.length + 1}`),
        competition: comp as Match['competition'] & string,
        stage: stage.id as Match['stage'] & string,
        round: round.id,
        tie: tie.id,
        ...(leg !== undefined ? { leg } : {}),
        home: teamId(home),
        away: teamId(away),
        status: 'scheduled',
        ...(neutral ? { neutral } : {}),
      }
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

/** A score drawn from the model's grid for this pairing (built once per pairing); `fraction` of a match's rates for extra time. */
function drawScore(
  setup: SeasonSimulationSetup,
  grids: Map<string, ScorelineSampler>,
  random: RunRandom,
  home: string,
  away: string,
  neutral: boolean,
  fraction = 1,
): Score {
  const key = `${home}|${away}|${neutral}|${fraction}`;
  let sampler = grids.get(key);
  if (!sampler) {
    const rates = matchRates(setup.model, home, away, neutral);
    sampler = new ScorelineSampler([
      forecastFromRates(rates.home * fraction, rates.away * fraction, fraction === 1 ? setup.model.rho : 0)
        .scores,
    ]);
    grids.set(key, sampler);
  }
  const cell = sampler.sample(0, random.uint32());
  return { home: homeGoalsOf(cell), away: awayGoalsOf(cell) };
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
  grids: Map<string, ScorelineSampler>,
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
              const fullTime = drawScore(setup, grids, random, home, away, true);
              let result: Match['result'] = { fullTime };
              if (fullTime.home === fullTime.away) {
                const extra = drawScore(setup, grids, random, home, away, true, 1 / 3);
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
function tally(engine: SeasonEngine, counts: SeasonCounts): void {
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
