import type { CompetitionDoc, LinkDoc, SeasonDoc, StageDoc } from '../definition/index.ts';
import type { IsoDate } from '../model/index.ts';

/**
 * When each fact of a season became true and known, and the season as it stood on a day.
 *
 * A fact with a date counts from that day: a match from the day it was played, an outcome or a
 * link resolution from the day it was settled, an adjustment from its effective date, a reported
 * figure from the day it was published, a managerial change from the vacancy (its incoming
 * manager from the appointment). A fact without a date counts from the end of its stage ("date
 * unknown"): before then nobody could know it. A stage's end is its own `end`, else the day before
 * the next stage starts (its `start` or first dated match), else the competition's end, else the
 * season's.
 * A fact whose stage has no known end at all is kept out of every view as of a day. Draws are the
 * exception: a draw comes before the play it pairs, so an undated draw counts once its stage has
 * started (or from the start when that is not known either). A source counts from its `date`, an
 * undated one from the season's end.
 */
export interface FactClock {
  /** The last day of a stage (or competition when `stage` is absent), when anything says it. */
  stageEnd(competition: string, stage?: string): IsoDate | undefined;
  /** The first day of a stage, when known. */
  stageStart(competition: string, stage: string): IsoDate | undefined;
  /** The day a fact with an optional date counts from; undefined: never known as of a day. */
  knownFrom(date: string | undefined, competition: string, stage?: string): IsoDate | undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The last day of a period written as a year, a month or a day ("2014", "2014-07", "2014-07-13"). */
export function periodEnd(period: string): IsoDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return period as IsoDate;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const last = m === 2 && leap(y) ? 29 : DAYS_IN_MONTH[m - 1];
    return last === undefined ? undefined : (`${month[1]}-${month[2]}-${String(last)}` as IsoDate);
  }
  if (/^\d{4}$/.test(period)) return `${period}-12-31` as IsoDate;
  return undefined;
}

/** The first day of a period written as a year, a month or a day. */
export function periodStart(period: string): IsoDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return period as IsoDate;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-01` as IsoDate;
  if (/^\d{4}$/.test(period)) return `${period}-01-01` as IsoDate;
  return undefined;
}

/** The day before an ISO day. */
function dayBefore(day: IsoDate): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

const later = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

/**
 * Each season narrowed by `seasonAsOf`, with the whole season and the day it was narrowed to: a
 * stage's end comes from the whole season (its last dated match may lie after the day), so narrowing
 * again, or reading the clock of a narrowed season, goes back to the whole one.
 */
const narrowed = new WeakMap<SeasonDoc, { readonly whole: SeasonDoc; readonly asOf: IsoDate }>();

/** The clock of a season: every stage's start and end, worked out once. */
export function factClock(season: SeasonDoc): FactClock {
  const doc = narrowed.get(season)?.whole ?? season;
  const firstMatch = new Map<string, IsoDate>();
  for (const m of doc.matches) {
    if (m.date === undefined) continue;
    const key = `${m.competition}/${m.stage}`;
    const seen = firstMatch.get(key);
    if (seen === undefined || m.date < seen) firstMatch.set(key, m.date as IsoDate);
  }
  const competitions = new Map<string, CompetitionDoc>(doc.competitions.map((c) => [c.id, c]));
  const seasonEnd = doc.season.end !== undefined ? periodEnd(doc.season.end) : undefined;
  const ends = new Map<string, IsoDate | undefined>();

  const competitionEnd = (c: CompetitionDoc): IsoDate | undefined =>
    (c.end !== undefined ? periodEnd(c.end) : undefined) ?? seasonEnd;

  const ownEnd = (c: CompetitionDoc, s: StageDoc, i: number): IsoDate | undefined => {
    if (s.end !== undefined) return periodEnd(s.end);
    // A stage is over once the next has begun. Its own last dated match is no bound: the
    // matches of a stage are often known only in part.
    const next = c.stages[i + 1];
    const nextStart =
      (next?.start !== undefined ? periodStart(next.start) : undefined) ??
      (next !== undefined ? firstMatch.get(`${c.id}/${next.id}`) : undefined);
    if (nextStart !== undefined) return dayBefore(nextStart);
    return competitionEnd(c);
  };

  const stageEnd = (competition: string, stage?: string): IsoDate | undefined => {
    const c = competitions.get(competition);
    if (!c) return seasonEnd;
    const at = stage === undefined ? c.stages.length - 1 : c.stages.findIndex((s) => s.id === stage);
    if (at < 0) return competitionEnd(c);
    const key = `${competition}/${c.stages[at]!.id}`;
    if (!ends.has(key)) ends.set(key, ownEnd(c, c.stages[at]!, at));
    return ends.get(key);
  };

  const stageStart = (competition: string, stage: string): IsoDate | undefined => {
    const c = competitions.get(competition);
    const s = c?.stages.find((x) => x.id === stage);
    if (s?.start !== undefined) return periodStart(s.start);
    return c?.stages[0]?.id === stage && c.start !== undefined ? periodStart(c.start) : undefined;
  };

  return {
    stageEnd,
    stageStart,
    knownFrom: (date, competition, stage) =>
      date !== undefined ? (date as IsoDate) : stageEnd(competition, stage),
  };
}

/** The day a link's outcome can be known: the end of the stages it reads (its pick and its condition). */
function linkSettles(clock: FactClock, link: LinkDoc | undefined): IsoDate | undefined {
  if (!link) return undefined;
  const from = clock.stageEnd(link.from.competition, link.from.stage);
  const condition = link.condition
    ? clock.stageEnd(link.condition.competition, link.condition.stage)
    : undefined;
  return from === undefined ? undefined : later(from, condition);
}

const onOrBefore = (day: IsoDate | undefined, asOf: IsoDate): boolean => day !== undefined && day <= asOf;

/**
 * The season as it stood on a day: only the facts true and known by then (see `FactClock`).
 * Matches not yet played (or whose day is not known and whose stage had not ended) are left out;
 * so are outcomes, adjustments, exclusions, lots, link resolutions, reported figures and
 * managerial changes that came later. A managerial change whose vacancy is known but whose
 * appointment came later keeps only its vacancy. The definition (competitions, links, clubs) is
 * unchanged.
 */
export function seasonAsOf(season: SeasonDoc, day: IsoDate): SeasonDoc {
  const before = narrowed.get(season);
  const doc = before?.whole ?? season;
  const asOf = before !== undefined && before.asOf < day ? before.asOf : day;
  const clock = factClock(doc);
  const known = <T extends { readonly date?: string; readonly competition: string; readonly stage?: string }>(
    facts: readonly T[],
  ): T[] => facts.filter((f) => onOrBefore(clock.knownFrom(f.date, f.competition, f.stage), asOf));
  const links = new Map(doc.links.map((l) => [l.id, l]));
  const seasonEnd = doc.season.end !== undefined ? periodEnd(doc.season.end) : undefined;
  const out: SeasonDoc = {
    ...doc,
    // A source published later cannot be cited that day (its very title may give the result
    // away); an undated one only once the season is over.
    sources: Object.fromEntries(
      Object.entries(doc.sources).filter(([, src]) =>
        onOrBefore(src.date !== undefined ? (src.date as IsoDate) : seasonEnd, asOf),
      ),
    ),
    matches: known(doc.matches),
    adjustments: known(doc.adjustments),
    outcomes: known(doc.outcomes),
    exclusions: known(doc.exclusions),
    lots: known(doc.lots),
    draws: doc.draws.filter((d) => {
      const from = d.date ?? clock.stageStart(d.competition, d.stage);
      return from === undefined || from <= asOf;
    }),
    reportedScorers: known(doc.reportedScorers),
    reportedStats: known(doc.reportedStats),
    linkResolutions: doc.linkResolutions.filter((r) =>
      onOrBefore(r.date !== undefined ? (r.date as IsoDate) : linkSettles(clock, links.get(r.link)), asOf),
    ),
    managerialChanges: doc.managerialChanges.flatMap((c) => {
      const from =
        (c.vacancy ?? c.appointed) !== undefined
          ? ((c.vacancy ?? c.appointed) as IsoDate)
          : c.competition !== undefined
            ? clock.stageEnd(c.competition)
            : doc.season.end !== undefined
              ? periodEnd(doc.season.end)
              : undefined;
      if (!onOrBefore(from, asOf)) return [];
      if (c.appointed === undefined || c.appointed <= asOf) return [c];
      const { incoming: _incoming, appointed: _appointed, interim: _interim, ...vacancy } = c;
      return [vacancy];
    }),
  };
  narrowed.set(out, { whole: doc, asOf });
  return out;
}

/** Whether a fact (by its date, or its stage's end when undated) was known on a day. */
export function knownBy(
  clock: FactClock,
  asOf: IsoDate,
  fact: { readonly date?: string; readonly competition?: string; readonly stage?: string },
): boolean {
  return onOrBefore(clock.knownFrom(fact.date, fact.competition ?? '', fact.stage), asOf);
}
