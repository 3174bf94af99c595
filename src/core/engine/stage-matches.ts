import type { IsoDate, Match } from '../model/index.ts';

/** Matches indexed by competition and stage, built once per engine. */
export class MatchIndex {
  private readonly byStage = new Map<string, Match[]>();

  constructor(
    matches: readonly Match[],
    private readonly asOf?: IsoDate,
  ) {
    for (const m of matches) {
      if (!this.known(m)) continue;
      const key = `${m.competition}/${m.stage}`;
      const list = this.byStage.get(key);
      if (list) list.push(m);
      else this.byStage.set(key, [m]);
    }
  }

  /** As of a date, a match is known only when it is dated on or before it. */
  private known(m: Match): boolean {
    return this.asOf === undefined || (m.date !== undefined && m.date <= this.asOf);
  }

  stage(competition: string, stage: string): readonly Match[] {
    return this.byStage.get(`${competition}/${stage}`) ?? [];
  }

  group(competition: string, stage: string, group: string | undefined): readonly Match[] {
    const all = this.stage(competition, stage);
    return group === undefined ? all : all.filter((m) => m.group === group);
  }
}
