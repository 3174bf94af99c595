// The 2014 Torneo del Inca article Torneo writes from examples/peru-2014 holds every fact of the
// seed article's infobox, teams, personnel, managerial changes, final and top scorers
// (test/fixtures/seed-000-inca-article.ts, copied from shared/seeds/000_…). Facts are
// compared — names, numbers, dates, minutes — not prose.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { managerialChanges } from '../../../src/core/people/index.ts';
import { PeopleResolver } from '../../../src/core/season/people-resolver.ts';
import { toMatch } from '../../../src/core/season/to-matches.ts';
import type { SeasonIndex } from '../../../src/core/season/season.ts';
import { renderArticle } from '../../../src/render/article/index.ts';
import {
  SEED_000_CHANGES,
  SEED_000_FINAL,
  SEED_000_INFOBOX,
  SEED_000_PERSONNEL,
  SEED_000_SCORERS,
  SEED_000_SEE_ALSO,
  SEED_000_TEAMS,
} from '../../fixtures/seed-000-inca-article.ts';
import { peru2014 } from '../../examples/peru-2014-season.ts';
import { infoboxField, plain, section, tableRows } from './wikitext-reader.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const longDate = (iso: string) =>
  `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const shortDate = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

let index: SeasonIndex;
let article: string;

before(() => {
  const loaded = peru2014();
  assert.ok(loaded.index, 'examples/peru-2014 validates');
  index = loaded.index;
  article = renderArticle(index, 'torneo-del-inca', 'wikitext', 'en');
});

describe('2014 Torneo del Inca article (seed 000): infobox', () => {
  const field = (key: string) => {
    const value = infoboxField(article, key);
    assert.ok(value !== undefined, `infobox has ${key}`);
    return value;
  };

  it('names the competition, the season and its dates', () => {
    assert.equal(field('competition'), SEED_000_INFOBOX.competition);
    assert.equal(field('season'), SEED_000_INFOBOX.season);
    assert.equal(field('dates'), `${longDate(SEED_000_INFOBOX.start)} – ${longDate(SEED_000_INFOBOX.end)}`);
  });

  it('gives the winners with the record books’ note', () => {
    assert.equal(field('winners'), `${SEED_000_INFOBOX.winners} (${SEED_000_INFOBOX.winnersNote})`);
  });

  it('names each continental cup and the team the place went to', () => {
    SEED_000_INFOBOX.continentalCups.forEach((c, i) => {
      assert.match(field(`continentalcup${i + 1}`), new RegExp(c.cup));
      for (const q of c.qualifiers) assert.match(field(`continentalcup${i + 1} qualifiers`), new RegExp(q));
    });
  });

  it('San Martín did not take its Sudamericana place, and the infobox says so', () => {
    assert.match(field('continentalcup2 qualifiers'), /Universidad San Martín \(place not taken/);
  });

  it('gives the top scorer with his goals, marked as reported (not every scorer is known)', () => {
    const value = field('league topscorer');
    assert.match(
      value,
      new RegExp(
        `^${SEED_000_INFOBOX.topScorer.goals} goals: ${SEED_000_INFOBOX.topScorer.player} \\(reported\\)`,
      ),
    );
  });

  for (const [key, records] of [
    ['biggest home win', SEED_000_INFOBOX.biggestHomeWin],
    ['biggest away win', SEED_000_INFOBOX.biggestAwayWin],
    ['highest scoring', SEED_000_INFOBOX.highestScoring],
  ] as const) {
    it(`${key}: every match of the seed, with its date, and said to rest on the known results only`, () => {
      const lines = field(key).split('\n');
      assert.equal(lines.length, records.length);
      records.forEach((r, i) =>
        assert.ok(lines[i]!.startsWith(`${r.home} ${r.score} ${r.away} (${shortDate(r.date)})`), lines[i]),
      );
      assert.match(lines.at(-1)!, /\(from \d+ of the 113 matches with a known result\)$/);
    });
  }

  it('gives the matches as the sources report them, both figures', () => {
    const value = field('matches');
    assert.match(value, /^113 \(reported\)/);
    assert.match(value, new RegExp(`another source gives ${SEED_000_INFOBOX.matches}`));
  });

  it('links the previous and next seasons', () => {
    assert.equal(field('prevseason'), SEED_000_INFOBOX.previous);
    assert.equal(field('nextseason'), SEED_000_INFOBOX.next);
    assert.match(article, /\[\[2011 Torneo del Inca\|2011\]\]/);
  });
});

describe('2014 Torneo del Inca article (seed 000): teams, personnel and kits', () => {
  it('lists every team with its city, stadium and capacity', () => {
    const rows = tableRows(section(article, 'Teams'));
    assert.equal(rows.length, SEED_000_TEAMS.length);
    for (const [team, city, stadium, capacity] of SEED_000_TEAMS) {
      assert.deepEqual(
        rows.find((r) => r[0] === team),
        [team, city, stadium, thousands(capacity)],
        team,
      );
    }
  });

  it('gives every team’s manager and captain flags, kit manufacturer and shirt sponsor', () => {
    const rows = tableRows(section(article, 'Personnel and kits'));
    assert.equal(rows.length, SEED_000_PERSONNEL.length);
    // The seed's manager flag describes one of the managers of a team that changed manager in
    // the season (seed 000, "Managerial changes"), which one is not said: it is shown next to no name.
    const changed = new Set(['Cienciano', 'San Simón', 'Unión Comercio', 'UTC', 'Universitario']);
    for (const [team, manager, captain, kit, sponsor] of SEED_000_PERSONNEL) {
      const row = rows.find((r) => r[0] === team);
      assert.ok(row, team);
      if (changed.has(team)) assert.doesNotMatch(row[1]!, /^[A-Z]{3}\b/, `${team} manager ${row[1]}`);
      else assert.ok(row[1]!.startsWith(manager), `${team} manager ${row[1]}`);
      assert.equal(row[2], captain, `${team} captain`);
      assert.deepEqual([row[3], row[4]], [kit, sponsor ?? ''], team);
    }
  });
});

describe('2014 Torneo del Inca article (seed 000): managerial changes', () => {
  // A manager's flag (people.yaml, where the seed's team flag is his) comes before his name.
  const unflagged = (cell: string | undefined) => cell?.replace(/^[A-Z]{3} /, '');
  const rows = () =>
    tableRows(section(article, 'Managerial changes')).map((r) =>
      r.map((cell, i) => (i === 1 || i === 5 ? unflagged(cell)! : cell)),
    );

  it('holds every change with its manner, dates and managers in one row', () => {
    for (const c of SEED_000_CHANGES) {
      const row = rows().find((r) => r[0] === c.team && r[1] === c.outgoing);
      assert.ok(row, `${c.team}: ${c.outgoing}`);
      assert.equal(row[2]!.toLowerCase(), c.manner.toLowerCase());
      assert.equal(row[3], c.vacancy ? longDate(c.vacancy) : 'unknown');
      assert.equal(row[5], c.incoming);
      assert.equal(row[6], c.appointed ? longDate(c.appointed) : 'unknown');
    }
  });

  it('shows the seed’s table positions: N/A before the season, the reported position during it', () => {
    for (const c of SEED_000_CHANGES) {
      const row = rows().find((r) => r[0] === c.team && r[1] === c.outgoing)!;
      const expected =
        c.table === undefined
          ? 'unknown'
          : c.table === 'N/A'
            ? 'N/A'
            : `${c.table}${['th', 'st', 'nd', 'rd'][c.table] ?? 'th'} (reported)`;
      assert.equal(row[4], expected, `${c.team}: ${c.outgoing}`);
    }
  });

  it('splits the changes at the competition’s start: pre-season, then season (an undated one apart)', () => {
    const all = rows();
    const at = (label: string) => all.findIndex((r) => r[0] === `§ ${label}`);
    const pre = at('Pre-season changes');
    const season = at('Season changes');
    const undated = at('Changes without a known date');
    assert.ok(pre >= 0 && pre < season && season < undated);
    for (const c of SEED_000_CHANGES) {
      const i = all.findIndex((r) => r[0] === c.team && r[1] === c.outgoing);
      if (c.period === 'pre-season') assert.ok(i > pre && i < season, c.outgoing);
      else if (c.vacancy) assert.ok(i > season && i < undated, c.outgoing);
      else assert.ok(i > undated, c.outgoing);
    }
  });

  it('Universitario’s position on 6 March 2014 cannot be derived (results missing), so the seed’s 7th is shown as reported', () => {
    const comizzo = managerialChanges(index, 'torneo-del-inca').inSeason.find(
      (r) => r.change.outgoing === 'angel-comizzo',
    );
    assert.deepEqual(comizzo?.position, {
      status: 'unknown',
      reason: 'results_missing',
      table: { competition: 'torneo-del-inca', stage: 'groups', group: 'b' },
      reported: 7,
    });
  });
});

describe('2014 Torneo del Inca article (seed 000): final and top scorers', () => {
  const box = () => section(article, 'Final');
  const param = (name: string) => plain(new RegExp(`\\|${name}\\s*= (.*)`).exec(box())?.[1] ?? '');

  it('is a Football box with the teams and the score after extra time', () => {
    assert.match(box(), /\{\{Football box/);
    assert.equal(param('team1'), SEED_000_FINAL.home);
    assert.equal(param('team2'), SEED_000_FINAL.away);
    assert.equal(param('score'), SEED_000_FINAL.score);
    assert.equal(param('aet'), 'yes');
  });

  it('lists every scorer of the seed with the minute and the penalty', () => {
    const goals1 = param('goals1');
    const goals2 = param('goals2');
    for (const g of SEED_000_FINAL.homeGoals)
      assert.match(
        goals1,
        new RegExp(`${g.name} \\{\\{goal\\|${'minute' in g ? g.minute : '[0-9+]+'}\\}\\}`),
        g.name,
      );
    for (const g of SEED_000_FINAL.awayGoals)
      assert.match(
        goals2,
        new RegExp(`${g.name} \\{\\{goal\\|${g.minute}${'penalty' in g ? '\\|pen\\.' : ''}\\}\\}`),
        g.name,
      );
  });

  it('gives the shoot-out 5–3, kick by kick: Alianza five out of five, Fernández missing San Martín’s third', () => {
    assert.equal(param('penaltyscore'), '5–3');
    assert.equal(param('penalties1').match(/\{\{pengoal\}\}/g)?.length, 5);
    assert.deepEqual(
      param('penalties2')
        .split('\n')
        .map((k) => k.endsWith('{{pengoal}}')),
      [true, true, false, true],
    );
    assert.match(param('penalties2').split('\n')[2]!, /^Carlos Fernández \{\{penmiss\}\}$/);
  });

  it('the shoot-out score is derived from the kicks: without the recorded 5-3, the kicks give 5–3 to Alianza', () => {
    const fact = index.doc.matches.find((m) => m.stage === 'final' && m.competition === 'torneo-del-inca')!;
    const { penalties: _recorded, ...withoutScore } = fact;
    const match = toMatch(withoutScore, new PeopleResolver(index.doc.people));
    assert.deepEqual(match.result?.penalties, { home: 5, away: 3 });
    assert.deepEqual(
      match.shootout
        ?.map((k) => `${k.side === 'home' ? 'A' : 'S'}${k.outcome === 'scored' ? '+' : '-'}`)
        .join(' '),
      'A+ S+ A+ S+ A+ S- A+ S+ A+',
    );
  });

  it('lists the top scorers of the seed with their club and goals', () => {
    const rows = tableRows(section(article, 'Top goalscorers'));
    for (const [player, club, goals] of SEED_000_SCORERS) {
      const row = rows.find((r) => r[1] === player);
      assert.ok(row, player);
      assert.deepEqual([row[3], row[4]], [club, String(goals)], player);
    }
  });

  it('sees also the season’s other competitions', () => {
    const seeAlso = plain(section(article, 'See also'));
    for (const title of SEED_000_SEE_ALSO) assert.match(seeAlso, new RegExp(title));
  });
});
