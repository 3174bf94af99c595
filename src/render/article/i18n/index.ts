import type { ArticleText, Lang } from './article-text.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export type { ArticleText, Departure, Lang, LeadFacts } from './article-text.ts';

export const LANGS: readonly Lang[] = ['en', 'es'];

const TEXTS: Readonly<Record<Lang, ArticleText>> = { en, es };

export const articleText = (lang: Lang): ArticleText => TEXTS[lang];
