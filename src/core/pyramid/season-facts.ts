import {
  LotsSchema,
  MatchFactSchema,
  type SeasonDoc,
  type SeasonInput,
  type StageDoc,
} from '../definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../engine/index.ts';
import { isoDate, type IsoDate } from '../model/index.ts';
import { indexSeason } from '../season/season.ts';

export type MatchInput = NonNullable<SeasonInput['matches']>[number];
export type LotsInput = NonNullable<SeasonInput['lots']>[number];

/**
 * The facts of a season being played out, as written (what the folder will hold) and as parsed
 * (what the engine reads): each step asks an engine built over the facts so far what follows.
 */
export class SeasonFacts {
  readonly matches: MatchInput[] = [];
  readonly lots: LotsInput[] = [];
  private readonly parsed: SeasonDoc['matches'][number][] = [];

  constructor(private readonly definition: SeasonDoc) {}

  engine(): SeasonEngine {
    const doc: SeasonDoc = {
      ...this.definition,
      matches: this.parsed,
      lots: this.lots.map((l) => LotsSchema.parse(l)),
    };
    return createSeasonEngine(indexSeason(doc));
  }

  add(m: MatchInput): void {
    this.matches.push(m);
    this.parsed.push(MatchFactSchema.parse(m));
  }

  /** A match recorded again with more of what happened (its extra time, its shoot-out). */
  replace(m: MatchInput, by: MatchInput): void {
    const at = this.matches.indexOf(m);
    this.matches[at] = by;
    this.parsed[at] = MatchFactSchema.parse(by);
  }

  /** The first day of a stage: its matches are dated from it. */
  static startOf(s: StageDoc): IsoDate {
    if (!s.start || !/^\d{4}-\d{2}-\d{2}$/.test(s.start))
      throw new Error(`stage '${s.id}' needs a start day (YYYY-MM-DD) to be played out`);
    return isoDate(s.start);
  }
}
