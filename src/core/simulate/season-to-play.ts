import { cyclesOf } from '../definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../engine/index.ts';
import { countsInTable, matchId, teamId, type IsoDate, type Match } from '../model/index.ts';
import { forecastMatch, type StrengthModel } from '../predict/index.ts';
import { factClock, seasonAsOf } from '../season/season-as-of.ts';
import { indexSeason, type SeasonIndex } from '../season/season.ts';
import { seasonMatches } from '../season/to-matches.ts';
import { ScorelineSampler } from './scoreline-sampler.ts';

export interface SeasonSimulationSetup {
  readonly index: SeasonIndex;
  readonly asOf?: IsoDate;
  readonly model: StrengthModel;
}

/** What every run of a season starts from, worked out once. */
export interface SeasonToPlay {
  /** The season as it stood on the day (`seasonAsOf`, as every other surface reads it), or whole. */
  readonly index: SeasonIndex;
  readonly known: readonly Match[];
  /** The engine over the known matches alone. */
  readonly engine: SeasonEngine;
  /** Table matches still to play (their teams are fixed), with a sampler over their scorelines. */
  readonly toPlay: readonly Match[];
  readonly sampler: ScorelineSampler;
  /** Knockout matches still to play in rounds whose pairings come only from the matches. */
  readonly fixedKnockout: readonly Match[];
  readonly knockoutStages: readonly { comp: string; stage: string }[];
}

/**
 * The known and the remaining matches of a season seen from a day. The facts are those
 * `seasonAsOf` keeps (matches, adjustments, outcomes, lots, exclusions, draws, link settlements
 * known by then); the fixtures still to come are taken from the whole season, unplayed.
 */
export function seasonToPlay(setup: SeasonSimulationSetup): SeasonToPlay {
  const whole = seasonMatches(setup.index.doc);
  const index = setup.asOf ? indexSeason(seasonAsOf(setup.index.doc, setup.asOf)) : setup.index;
  const known = (setup.asOf ? seasonMatches(index.doc) : whole).filter((m) => countsInTable(m.status));
  const knownIds = new Set(known.map((m) => m.id));
  const engine = createSeasonEngine(index, { matches: known });
  const knockoutStages = index.doc.competitions.flatMap((c) =>
    c.stages.filter((s) => s.format === 'knockout').map((s) => ({ comp: c.id, stage: s.id })),
  );
  const remaining = whole.filter((m) => !knownIds.has(m.id) && stillToPlay(m));
  const isKnockout = (m: Match) =>
    knockoutStages.some((k) => k.comp === m.competition && k.stage === m.stage);
  // Round-robin matches no fact lists yet are implied only for a season seen from a day: a season
  // taken whole is as its facts (and the outcomes its sources published) record it.
  const implied = setup.asOf ? missingFixtures(index, engine, whole, setup.asOf) : [];
  // A play-off for a place still to come is played between whoever each run leaves level, not
  // between the teams a later fact names.
  const toPlay = [...remaining.filter((m) => !isKnockout(m) && !m.playoff), ...implied];
  const fixedKnockout = remaining.filter((m) => isKnockout(m) && fixedPairing(engine, m)).map(unplayed);
  const sampler = new ScorelineSampler(
    toPlay.map((m) => forecastMatch(setup.model, m.home, m.away, m.neutral === true).scores),
  );
  return { index, known, engine, toPlay, sampler, fixedKnockout, knockoutStages };
}

/**
 * Round-robin matches the format implies but no fact lists yet (a season often records its
 * fixtures round by round): every pair of a league or group meets `rounds` times, home and away
 * in turn, in the stages not over by the day. Their teams are those the engine puts in the
 * table as of the day.
 */
function missingFixtures(
  index: SeasonIndex,
  engine: SeasonEngine,
  all: readonly Match[],
  asOf: IsoDate,
): Match[] {
  const out: Match[] = [];
  const clock = factClock(index.doc);
  // Who was at home in each pair's first meeting, by stage: a stage that repeats another's
  // fixtures ("fixture invertido") takes its venues from it.
  const venues = new Map<string, Map<string, string>>();
  for (const c of index.doc.competitions)
    for (const s of c.stages) {
      if (s.format !== 'league' && s.format !== 'groups') continue;
      const own = new Map<string, string>();
      venues.set(`${c.id}/${s.id}`, own);
      for (const m of all)
        if (m.competition === c.id && m.stage === s.id && !m.playoff && !own.has(pairKey(m.home, m.away)))
          own.set(pairKey(m.home, m.away), m.home);
      const pattern = s.fixtures;
      const source = pattern?.of !== undefined ? venues.get(`${c.id}/${pattern.of}`) : undefined;
      // A stage over by the day plays nothing more: the matches no fact lists were played, their
      // scores not recorded, and the table stands on what was (and on what sources recorded).
      const end = clock.stageEnd(c.id, s.id);
      if (end !== undefined && end <= asOf) continue;
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
            for (let k = ab + ba; k < cyclesOf(s); k++) {
              const first = k === 0 ? source?.get(pairKey(a, b)) : undefined;
              const mirrored =
                first === undefined ? undefined : pattern?.pattern === 'same' ? first : first === a ? b : a;
              // Level so far, a single meeting alternates venues over the table (each team at
              // home about half the time), not the first-listed team at home every time.
              const aHome = mirrored !== undefined ? mirrored === a : ab === ba ? (i + j) % 2 === 1 : ab < ba;
              const [home, away] = aHome ? [a, b] : [b, a];
              if (!own.has(pairKey(a, b))) own.set(pairKey(a, b), home);
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

/**
 * Whether a knockout match still to play keeps the teams its fact names: a tie the regulations
 * declare, or a stage whose pairings come only from its matches. In a stage paired from
 * entrants, a draw or a bracket, each run pairs its own teams: a fixture listed after the day
 * names teams the day did not know yet.
 */
function fixedPairing(engine: SeasonEngine, m: Match): boolean {
  const stage = engine.stageOf(m.competition ?? '', m.stage);
  if (stage.format !== 'knockout') return false;
  const declared = stage.rounds.some((r) => r.ties?.some((t) => t.id === m.tie));
  const paired = stage.rounds.some(
    (r) => !r.ties?.length && (r.entrants !== undefined || r.pairing !== undefined || r.draw !== undefined),
  );
  const slotted = engine.rounds(m.competition ?? '', stage.id).some((r) => r.ties.some((t) => t.slots));
  return declared || (!paired && !slotted);
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

const stillToPlay = (m: Match) =>
  m.status === 'scheduled' || m.status === 'postponed' || countsInTable(m.status);

function unplayed(m: Match): Match {
  const { result: _r, shootout: _s, goals: _g, awardedTo: _a, reportedWinner: _w, ...rest } = m;
  return { ...rest, status: 'scheduled' };
}
