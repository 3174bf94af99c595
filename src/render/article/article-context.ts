import type { CompetitionDoc, SeasonDoc } from '../../core/definition/index.ts';
import { createSeasonEngine, type SeasonEngine } from '../../core/engine/index.ts';
import type { IsoDate, Match } from '../../core/model/index.ts';
import type { SeasonIndex } from '../../core/season/season.ts';
import { competitionStatistics, type CompetitionStatistics } from '../../core/stats/index.ts';
import type { Inline } from './article-doc.ts';
import type { ArticleText } from './i18n/index.ts';

export interface ArticleOptions {
  readonly asOf?: IsoDate;
  /** `sports-table`: group tables through the Sports table module; `wikitable`: plain tables. */
  readonly tables?: 'sports-table' | 'wikitable';
  /** How many scorers to list (everyone level with the last is kept). */
  readonly scorers?: number;
}

/** Everything a section needs: the season, the competition, the engine and statistics as of the day, the words. */
export class ArticleContext {
  readonly comp: CompetitionDoc;
  readonly engine: SeasonEngine;
  readonly matches: readonly Match[];
  readonly stats: CompetitionStatistics;
  /** The season as of the article's day: every section reads only what was known then. */
  readonly index: SeasonIndex;
  private readonly cited: string[] = [];

  constructor(
    whole: SeasonIndex,
    competition: string,
    readonly text: ArticleText,
    readonly options: ArticleOptions = {},
  ) {
    const comp = whole.competitions.get(competition);
    if (!comp) throw new Error(`no competition '${competition}' in this season`);
    this.comp = comp;
    this.engine = createSeasonEngine(whole, options.asOf ? { asOf: options.asOf } : {});
    this.index = this.engine.index;
    this.matches = this.engine.matches;
    this.stats = competitionStatistics(this.index, competition, {
      matches: this.matches,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      scorers: options.scorers ?? 10,
    });
  }

  get doc(): SeasonDoc {
    return this.index.doc;
  }

  /** "2014", or "2014–15" for a competition across two years. */
  years(comp: CompetitionDoc = this.comp): string {
    const start = (comp.start ?? this.doc.season.start)?.slice(0, 4);
    const end = (comp.end ?? this.doc.season.end)?.slice(0, 4);
    if (!start) return end ?? '';
    return end && end !== start ? `${start}–${end.slice(2)}` : start;
  }

  title(comp: CompetitionDoc = this.comp): string {
    return this.text.competitionTitle(comp.name, this.years(comp));
  }

  teamName(id: string): string {
    return this.index.teams.get(id)?.name ?? id;
  }

  /** The three-letter code the record lines use (UCV 5–0 HUA), or the name. */
  teamCode(id: string): string {
    return this.index.teams.get(id)?.code ?? this.teamName(id);
  }

  teamLink(id: string): Inline {
    const t = this.index.teams.get(id);
    return t ? { kind: 'link', target: t.club.name, text: t.name } : id;
  }

  personName(ref: { readonly player?: string; readonly name?: string }): string {
    return (
      (ref.player ? this.index.people.get(ref.player)?.name : undefined) ?? ref.name ?? ref.player ?? '?'
    );
  }

  /** Citations for these sources, each remembered for the references list. */
  cite(sources: readonly string[] | undefined): Inline[] {
    const known = [...new Set(sources ?? [])].filter((s) => this.doc.sources[s] !== undefined);
    for (const s of known) if (!this.cited.includes(s)) this.cited.push(s);
    return known.map((source) => ({ kind: 'ref', source }));
  }

  references(): { readonly id: string; readonly text: string; readonly url?: string }[] {
    return this.cited.map((id) => {
      const s = this.doc.sources[id]!;
      const text = [s.title, s.publisher, s.date].filter(Boolean).join(', ') || id;
      return { id, text, ...(s.url ? { url: s.url } : {}) };
    });
  }
}
