import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { isoDate } from '../../core/model/index.ts';
import { ARTICLE_FORMATS, LANGS, renderArticle, type ArticleFormat } from '../../render/article/index.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { CompetitionParams, IsoDateQuery } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
import { competitionOr404, seasonOr404 } from './lookup.ts';

const MEDIA: Record<ArticleFormat, string> = {
  wikitext: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
};

const ArticleQuery = z.object({
  format: z.enum(ARTICLE_FORMATS as [ArticleFormat, ...ArticleFormat[]]).default('wikitext'),
  lang: z.enum(LANGS as [string, ...string[]]).default('en'),
  asOf: IsoDateQuery.optional(),
});

/** The season article of a competition (infobox, modus, tables, final, scorers), as the article renderer writes it. */
export function registerArticleRoutes(app: OpenAPIHono<AppEnv>, { catalog }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/article',
      tags: ['competitions'],
      summary: 'The season article of a competition: wikitext, Markdown or HTML, in English or Spanish',
      request: { params: CompetitionParams, query: ArticleQuery },
      responses: {
        200: {
          description: 'The article',
          content: {
            'text/plain': { schema: z.string() },
            'text/markdown': { schema: z.string() },
            'text/html': { schema: z.string() },
          },
        },
        ...BAD_REQUEST,
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const { format, lang, asOf } = c.req.valid('query');
      const s = await seasonOr404(catalog, season);
      competitionOr404(s, competition);
      const text = renderArticle(
        s.index,
        competition,
        format,
        lang as (typeof LANGS)[number],
        asOf ? { asOf: isoDate(asOf) } : {},
      );
      return c.body(text, 200, { 'Content-Type': `${MEDIA[format]}; charset=utf-8` });
    },
  );
}
