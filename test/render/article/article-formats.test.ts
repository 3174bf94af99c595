import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexSeason } from '../../../src/core/season/season.ts';
import { renderArticle } from '../../../src/render/article/index.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';
import { syntheticSeason } from '../../core/people/synthetic-league.ts';
import { infoboxField, section } from './wikitext-reader.ts';

// The synthetic league: every result known, so every figure is derived (see synthetic-league.ts).
// By hand: C 11 pts (3 W 2 D 1 L, 8–4); A, B and D 7 each. 24 goals in 12 matches; the widest
// home win is B 3–0 D on 8 February.
const synthetic = () => indexSeason(syntheticSeason());

describe('the article in every format and language', () => {
  it('a complete season: figures are derived, with no qualifier, and the table goes through the Sports table module', () => {
    const text = renderArticle(synthetic(), 'liga', 'wikitext', 'en');
    assert.equal(infoboxField(text, 'biggest home win'), 'Club B 3–0 Club D (8 February)');
    assert.equal(infoboxField(text, 'matches'), '12');
    assert.equal(infoboxField(text, 'total goals'), '24 (2.00 per match)');
    const table = section(text, 'League');
    assert.match(table, /\{\{#invoke:Sports table\|main\|style=WDL/);
    assert.match(table, /\|team1=CLUBC \|team2=CLUBD \|team3=CLUBA \|team4=CLUBB/);
    assert.match(table, /\|win_CLUBC=3 \|draw_CLUBC=2 \|loss_CLUBC=1 \|gf_CLUBC=8 \|ga_CLUBC=4/);
    assert.match(
      table,
      /\* Club D ranked above Club A on points in the matches between them\.\n\* Club A ranked above Club B on goal difference\./,
    );
  });

  it('crowds: derived when every match has one, reported when a source gives them, left out when only a few are known', () => {
    const doc = syntheticSeason((x) => {
      x.matches = x.matches!.map((m, i) => ({ ...m, attendance: 1000 + 100 * i }));
    });
    const text = renderArticle(indexSeason(doc), 'liga', 'wikitext', 'en');
    assert.equal(infoboxField(text, 'highest attendance'), '2,100 (Club C 3–1 Club B (8 March))');
    assert.equal(infoboxField(text, 'average attendance'), '1,550');
    const desc = renderArticle(peru2014().index!, 'descentralizado', 'wikitext', 'en');
    assert.equal(infoboxField(desc, 'lowest attendance'), '46 (reported)');
    const inca = renderArticle(peru2014().index!, 'torneo-del-inca', 'wikitext', 'en');
    assert.equal(infoboxField(inca, 'highest attendance'), undefined, 'one crowd known of 113 matches');
  });

  it('with wikitables asked for, the table is a plain wikitable', () => {
    const text = renderArticle(synthetic(), 'liga', 'wikitext', 'en', { tables: 'wikitable' });
    assert.doesNotMatch(text, /Sports table/);
    assert.match(
      section(text, 'League'),
      /\| 1 \|\| style="text-align:left" \| \[\[Club C\]\] \|\| 6 \|\| 3 \|\| 2 \|\| 1 \|\| 8 \|\| 4 \|\| \+4 \|\| 11/,
    );
  });

  it('Markdown: a title, pipe tables and footnotes for the sources', () => {
    const md = renderArticle(peru2014().index!, 'torneo-del-inca', 'markdown', 'en');
    assert.match(md, /^# 2014 Torneo del Inca\n/);
    assert.match(md, /\| Alianza Lima \| Lima \| Alejandro Villanueva \| 35,000 \|/);
    assert.match(md, /\[\^S4\]: Torneo del Inca 2014, Wikipedia \(Spanish\)/);
    assert.match(md, /Carlos Fernández ✗/);
  });

  it('HTML: an article element, escaped text, numbered references', () => {
    const html = renderArticle(peru2014().index!, 'torneo-del-inca', 'html', 'en');
    assert.match(html, /^<article lang="en">\n<h1>2014 Torneo del Inca<\/h1>/);
    assert.match(html, /<table class="infobox">/);
    assert.match(html, /Loma&#39;s|Loma's/);
    assert.match(html, /<ol class="references"><li id="ref-/);
    assert.doesNotMatch(html, /<ref/);
  });

  it('Spanish: dates, numbers, sections and the changes table in Spanish', () => {
    const es = renderArticle(peru2014().index!, 'torneo-del-inca', 'wikitext', 'es');
    assert.equal(infoboxField(es, 'dates'), '14 de febrero de 2014 – 21 de mayo de 2014');
    assert.match(section(es, 'Equipos participantes'), /80 093/);
    assert.match(
      section(es, 'Cambios de entrenador'),
      /Cambios antes del torneo[\s\S]*Cambios durante el torneo/,
    );
    assert.match(
      es,
      /El Torneo del Inca 2014 \(también conocido como Copa Movistar 2014 por motivos de patrocinio\) fue la 2\.ª edición/,
    );
    assert.match(
      infoboxField(es, 'league topscorer')!,
      /^12 goles: Luis Alberto Perea \(según las fuentes\)/,
    );
  });
});
