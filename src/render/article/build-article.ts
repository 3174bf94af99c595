import type { SeasonIndex } from '../../core/season/season.ts';
import { ArticleContext, type ArticleOptions } from './article-context.ts';
import type { ArticleDoc, Block } from './article-doc.ts';
import { finalSection } from './final-section.ts';
import { groupTablesSection } from './group-tables-section.ts';
import { knockoutSection } from './knockout-section.ts';
import { articleText, type Lang } from './i18n/index.ts';
import { infoboxSection } from './infobox-section.ts';
import { leadSection } from './lead-section.ts';
import { managerialChangesSection } from './managerial-changes-section.ts';
import { modusSection } from './modus-section.ts';
import { personnelSection } from './personnel-section.ts';
import { referencesSection, seeAlsoSection } from './see-also-section.ts';
import { teamsSection } from './teams-section.ts';
import { topScorersSection } from './top-scorers-section.ts';

/** The sections of a season article, in the order a reader meets them. */
const SECTIONS: readonly ((ctx: ArticleContext) => Block[])[] = [
  infoboxSection,
  leadSection,
  modusSection,
  teamsSection,
  personnelSection,
  managerialChangesSection,
  groupTablesSection,
  knockoutSection,
  finalSection,
  topScorersSection,
  seeAlsoSection,
  referencesSection,
];

/** The article about one competition of a season, as of a day, in one language. */
export function buildArticle(
  index: SeasonIndex,
  competition: string,
  lang: Lang,
  options: ArticleOptions = {},
): ArticleDoc {
  const ctx = new ArticleContext(index, competition, articleText(lang), options);
  const blocks = SECTIONS.flatMap((section) => section(ctx));
  return { title: ctx.title(), blocks, references: ctx.references() };
}
