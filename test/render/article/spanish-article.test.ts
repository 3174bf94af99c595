import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticle, type ArticleFormat } from '../../../src/render/article/index.ts';
import { loadSeason } from '../../../src/season/load-season.ts';

// English words that must not be read in a Spanish article: the data's names (stages, groups,
// rounds, title notes, reasons) come in their Spanish forms and the team suffixes from the
// dictionary. Citations keep their sources' own titles, and the infobox's parameter names are the
// template's, so both are left out.
const ENGLISH =
  /\b(reserves|aggregate|table|group|groups|unknown|round|winner|provisional|played|matches|title|stage|first|second|runner-up|champion|excluded)\b/i;

const readable = (text: string, format: ArticleFormat): string[] =>
  (format === 'html'
    ? text
        .replace(/<sup[^>]*class="reference"[^>]*>[\s\S]*?<\/sup>/g, '')
        .replace(/<ol class="references">[\s\S]*?<\/ol>/g, '')
        .replace(/<[^>]+>/g, '\n')
    : text
        .replace(/<ref[^>]*\/>/g, '')
        .replace(/<ref[^>]*>[\s\S]*?<\/ref>/g, '')
        .replace(/^\|\s*\w+\s*=/gm, '|')
  )
    .split('\n')
    .filter((l) => ENGLISH.test(l));

describe('the Peru 2014 articles in Spanish', () => {
  const index = loadSeason('examples/peru-2014').index!;
  for (const competition of ['torneo-del-inca', 'descentralizado', 'reservas', 'copa-peru'])
    for (const format of ['wikitext', 'html'] as const)
      it(`reads ${competition} in ${format} with no English word from the list`, () => {
        assert.deepEqual(readable(renderArticle(index, competition, format, 'es'), format), []);
      });

  it('names a reserve team with the dictionary’s word and keeps the English article English', () => {
    assert.match(renderArticle(index, 'reservas', 'wikitext', 'es'), /Melgar \(reservas\)/);
    assert.match(renderArticle(index, 'reservas', 'wikitext', 'en'), /Melgar \(reserves\)/);
    assert.match(renderArticle(index, 'torneo-del-inca', 'wikitext', 'en'), /=== Group A ===/);
  });
});
