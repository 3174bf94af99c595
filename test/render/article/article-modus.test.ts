// The competition modus is written from the rules, not copied from the organiser's description:
// change a rule and the sentence changes; remove the description and nothing is lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema, type SeasonInput } from '../../../src/core/definition/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';
import { renderArticle } from '../../../src/render/article/index.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';
import { plain, section } from './wikitext-reader.ts';

const modus = (text: string) => plain(section(text, 'Competition modus')).replace(/\s+/g, ' ');

describe('competition modus in plain language', () => {
  it('2014 Torneo del Inca: groups, seeding, tie-break, final on neutral ground, links — and none of the description’s own sentences', () => {
    const index = peru2014().index!;
    const text = modus(renderArticle(index, 'torneo-del-inca', 'wikitext', 'en'));
    for (const fact of [
      'The sixteen teams are divided into two groups of eight',
      'play each other twice, home and away (14 matches each)',
      'Alianza Lima and Universitario were seeded into groups A and B respectively, and the remaining fourteen teams were drawn at random',
      'The winner of each group qualifies for the Final',
      'between the winner of Group A and the winner of Group B as a single match on neutral ground chosen by the ADFP',
      'extra time is played, and then a penalty shoot-out decides',
      'The team with the fewest points over all groups starts the 2014 Torneo Descentralizado with −3 points',
      'The champion qualifies for the 2015 Copa Libertadores as Perú 3, provided it finishes in the top eight of the Aggregate table of the 2014 Torneo Descentralizado',
      'The runner-up qualifies for the 2015 Copa Sudamericana as Perú 4',
    ]) {
      assert.ok(text.includes(fact), `modus says: ${fact}\n${text}`);
    }
    assert.doesNotMatch(text, /respective group|governing body/, 'the description is not copied');
  });

  it('writes what the rules say when they change: two legs, away goals, no extra time', () => {
    const base: SeasonInput = {
      season: { id: 'x', name: 'X' },
      clubs: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() })),
      competitions: [
        {
          id: 'cup',
          name: 'Cup',
          kind: 'cup',
          start: '2030-01-01',
          end: '2030-06-01',
          teams: ['a', 'b', 'c', 'd'],
          description: 'Anything at all.',
          stages: [
            {
              id: 'league',
              name: 'League',
              format: 'league',
              rounds: 1,
              rules: { tiebreakers: ['points', 'h2h_points', 'goal_difference'] },
              advance: { perGroup: 2, to: 'final' },
            },
            {
              id: 'final',
              name: 'Final',
              format: 'knockout',
              tie: { legs: 2, awayGoals: true, extraTime: false, penalties: true },
              rounds: [
                {
                  id: 'final',
                  name: 'Final',
                  entrants: [
                    { from: 'league', position: 1 },
                    { from: 'league', position: 2 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const text = modus(renderArticle(indexSeason(SeasonSchema.parse(base)), 'cup', 'wikitext', 'en'));
    assert.ok(text.includes('The four teams play each other once, 3 matches each.'), text);
    assert.ok(text.includes('separated by points in the matches between them and goal difference'), text);
    assert.ok(text.includes('The top two of the table qualify for the Final.'), text);
    assert.ok(
      text.includes(
        'between the winner of the League and the runner-up of the League over two legs, home and away',
      ),
      text,
    );
    assert.ok(
      text.includes(
        'level on aggregate, the team with more away goals goes through; if still level, a penalty shoot-out decides at the end of the second leg',
      ),
      text,
    );
    assert.doesNotMatch(text, /Anything at all|extra time/);
  });

  it('writes the modus in Spanish from the same rules', () => {
    const text = plain(
      section(
        renderArticle(peru2014().index!, 'torneo-del-inca', 'wikitext', 'es'),
        'Sistema de competición',
      ),
    );
    assert.match(text, /Los dieciséis equipos se dividen en dos grupos de ocho/);
    assert.match(text, /a partido único en campo neutral elegido por ADFP/);
    assert.match(text, /empieza el Torneo Descentralizado 2014 con −3 puntos/);
  });

  // No invented rules: a rule the season file does not write (a preset's, Torneo's default) is
  // never stated as a fact; the modus says it is not stated and what is assumed.
  it('states only the rules the season states, and says which are assumed (Peru 2014)', () => {
    const en = (comp: string) => modus(renderArticle(peru2014().index!, comp, 'wikitext', 'en'));
    const reservas = en('reservas');
    assert.ok(
      reservas.includes(
        'between the winner of Group A and the winner of Group B as a single match. What happens when the score is level after 90 minutes is not stated (assumed: extra time and a penalty shoot-out).',
      ),
      reservas,
    );
    assert.doesNotMatch(
      reservas,
      /extra time is played/,
      "the reserves' final: extra time is not in the sources",
    );
    const copa = en('copa-peru');
    assert.doesNotMatch(copa, /play each other twice, home and away/, 'no stage of the Copa Perú states it');
    assert.ok(
      copa.includes(
        'In the Departmental stage, the teams are divided into 25 groups; how many times the teams of a group meet is not stated (assumed: twice, home and away).',
      ),
      copa,
    );
    assert.ok(copa.includes('In the District stage, the groups and their teams are not recorded.'), copa);
    assert.doesNotMatch(copa, /zero/);
    // The national stage states its shoot-out straight after the second leg (rpp-740652).
    assert.ok(
      copa.includes(
        'goes through; if still level, a penalty shoot-out decides at the end of the second leg.',
      ),
      copa,
    );
    const inca = en('torneo-del-inca');
    // Goal difference is attested (S8); goals scored after it is written as assumed.
    assert.ok(
      inca.includes(
        'Teams level on points are separated by goal difference; what decides after that is not stated (assumed: goals scored).',
      ),
      inca,
    );
    assert.doesNotMatch(inca, /separated by goal difference and goals scored/);
    // The Descentralizado's criteria are all the preset's.
    assert.ok(
      en('descentralizado').includes(
        'How teams level on points are separated is not stated (assumed, from the adfp-2014 preset: goal difference and goals scored).',
      ),
    );
    assert.ok(
      inca.includes(
        'If the score is level after 90 minutes, extra time is played, and then a penalty shoot-out decides.',
      ),
      'the Inca final states both',
    );
  });

  it('says the same in Spanish', () => {
    const es = (comp: string) =>
      plain(
        section(renderArticle(peru2014().index!, comp, 'wikitext', 'es'), 'Sistema de competición'),
      ).replace(/\s+/g, ' ');
    assert.match(
      es('reservas'),
      /a partido único\. No se indica qué ocurre si el marcador está igualado tras los 90 minutos \(se supone: prórroga y penales\)\./,
    );
    assert.match(
      es('copa-peru'),
      /no se indica cuántas veces se enfrentan los equipos de cada grupo \(se supone: dos veces, en partidos de ida y vuelta\)/,
    );
    assert.match(
      es('torneo-del-inca'),
      /Los equipos igualados a puntos se ordenan por diferencia de goles; no se indica qué decide después \(se supone: goles a favor\)\./,
    );
    assert.match(
      es('descentralizado'),
      /No se indica cómo se ordena a los equipos igualados a puntos \(se supone, según los criterios predefinidos adfp-2014: diferencia de goles y goles a favor\)\./,
    );
  });
});
