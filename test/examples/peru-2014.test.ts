// examples/peru-2014 holds every fact of seed 000 (2014 Torneo del Inca) — checked here against
// values copied from the seed (shared/seeds/000_a7958a7aa177edf3.txt) and from
// shared/data/peru2014_facts.md (S-numbers), never against the YAML itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shootoutFromSides } from '../../src/core/shootout/shootout.ts';
import { formatIssue } from '../../src/season/load-season.ts';
import { clubNamed, goalText, matchBetween, peru2014, peru2014Doc, personName, personNamed, score, venueOf } from './peru-2014-season.ts';

// seed 000, "Teams": Team | City | Stadium | Capacity.
const TEAMS: readonly (readonly [string, string, string, number])[] = [
  ['Alianza Lima', 'Lima', 'Alejandro Villanueva', 35000],
  ['Cienciano', 'Cusco', 'Garcilaso', 40000],
  ['Inti Gas', 'Ayacucho', 'Ciudad de Cumaná', 15000],
  ['Juan Aurich', 'Chiclayo', 'Elías Aguirre', 24500],
  ['León de Huánuco', 'Huánuco', 'Heraclio Tapia', 15000],
  ['Los Caimanes', 'Puerto Etén', 'Elías Aguirre', 24500],
  ['Melgar', 'Arequipa', 'Virgen de Chapi', 40217],
  ['Real Garcilaso', 'Cusco', 'Garcilaso', 40000],
  ['San Simón', 'Moquegua', '25 de Noviembre', 21000],
  ['Sport Huancayo', 'Huancayo', 'Estadio Huancayo', 20000],
  ['Sporting Cristal', 'Lima', 'Alberto Gallardo', 18000],
  ['Unión Comercio', 'Nueva Cajamarca', 'IPD de Moyobamba', 5000],
  ['Universidad César Vallejo', 'Trujillo', 'Mansiche', 25000],
  ['Universidad San Martín', 'Lima', 'Alberto Gallardo', 18000],
  ['UTC', 'Cajamarca', 'Héroes de San Ramón', 18000],
  ['Universitario', 'Lima', 'Monumental', 80093],
];

// seed 000, "Personnel and kits": Team | Manager | Captain | Kit manufacturer | Shirt sponsor.
const KITS: readonly (readonly [string, string, string, string, string | undefined])[] = [
  ['Alianza Lima', 'URU', 'URU', 'Nike', 'Cerveza Cristal'],
  ['Cienciano', 'PER', 'PER', 'Lotto', 'Caja Cusco'],
  ['Inti Gas', 'PAR', 'PER', 'Walon', 'Inti Gas'],
  ['Juan Aurich', 'PER', 'PAR', 'Walon', undefined],
  ['León de Huánuco', 'PER', 'PER', "Loma's", 'CPP'],
  ['Los Caimanes', 'PER', 'PER', "Loma's", undefined],
  ['Melgar', 'PER', 'PER', 'Joma', undefined],
  ['Real Garcilaso', 'PER', 'PER', 'Marathon', 'I-RUN'],
  ['San Simón', 'PER', 'PER', 'Real', undefined],
  ['Sport Huancayo', 'ARG', 'PAR', 'Manchete', undefined],
  ['Sporting Cristal', 'ARG', 'PER', 'adidas', 'Cerveza Cristal'],
  ['Unión Comercio', 'COL', 'PER', 'Real', 'Olva Courier'],
  ['Universidad César Vallejo', 'PER', 'PER', 'Walon', 'Universidad César Vallejo'],
  ['Universidad San Martín', 'PER', 'PER', 'Umbro', 'Herbalife'],
  ['UTC', 'ARG', 'PER', 'Convert', 'Universidad Alas Peruanas'],
  ['Universitario', 'PER', 'PER', 'Umbro', undefined],
];

// seed 000, "Managerial changes": Team | Outgoing | Manner | Vacancy | Table | Incoming | Appointed.
type Change = readonly [string, string, string, string | undefined, number | 'n/a' | undefined, string, string | undefined, boolean];
const CHANGES: readonly Change[] = [
  ['Alianza Lima', 'Francisco Pizarro', 'end-of-contract', '2013-11-30', 'n/a', 'Guillermo Sanguinetti', '2013-11-23', false],
  ['Universidad César Vallejo', 'Victor Rivera', 'end-of-contract', '2013-11-30', 'n/a', 'Franco Navarro', '2013-12-06', false],
  ['Melgar', 'Franco Navarro', 'end-of-contract', '2013-12-01', 'n/a', 'Juan Reynoso', '2013-12-09', false],
  ['León de Huánuco', 'César Chacón', 'end-of-contract', '2013-12-01', 'n/a', 'Wilmar Valencia', '2013-12-16', false],
  ['Unión Comercio', 'Javier Arce', 'end-of-contract', '2013-12-04', 'n/a', 'Agustín Castillo', '2013-12-19', false],
  ['Sporting Cristal', 'Claudio Vivas', 'end-of-contract', '2013-12-01', 'n/a', 'Daniel Ahmed', '2013-12-26', false],
  ['Sport Huancayo', 'Gonzalo Arguinchona', 'end-of-contract', '2013-12-01', 'n/a', 'Daniel Córdoba', '2013-12-29', false],
  ['San Simón', 'Luis Flores', 'end-of-contract', '2013-12-08', 'n/a', 'Juan Vidales', '2014-01-11', false],
  ['Universitario', 'Ángel Comizzo', 'resigned', '2014-03-06', 7, 'Carlos Silvestri', '2014-03-07', true],
  ['Universitario', 'Carlos Silvestri', 'end-of-contract', '2014-03-22', 7, 'José del Solar', '2014-03-22', false],
  ['Unión Comercio', 'Agustín Castillo', 'sacked', undefined, undefined, 'Walter Aristizábal', undefined, false],
  ['UTC', 'Rafael Castillo', 'sacked', '2014-04-29', 2, 'Carlos Galván', '2014-04-29', true],
  ['San Simón', 'Juan Vidales', 'sacked', '2014-05-07', 8, 'Octavio Vidales', '2014-05-07', true],
  ['Cienciano', 'Mario Viera', 'sacked', '2014-05-13', 8, 'Martín García', '2014-05-13', true],
];

// seed 000, "Top goalscorers": Player | Club | Goals.
const TOP_SCORERS: readonly (readonly [string, string, number])[] = [
  ['Luis Alberto Perea', 'Universidad San Martín', 12],
  ['Germán Pacheco', 'Juan Aurich', 10],
  ['Mauro Guevgeozián', 'Alianza Lima', 8],
  ['Carlos Orejuela', 'Inti Gas', 7],
  ['Roberto Jiménez', 'Los Caimanes', 7],
  ['Irven Ávila', 'Sporting Cristal', 7],
  ['Ysrael Zúñiga', 'Melgar', 6],
  ['Carlos Lobatón', 'Sporting Cristal', 6],
  ['Johan Fano', 'León de Huánuco', 6],
  ['Alfredo Ramúa', 'Real Garcilaso', 5],
];

const inca = () => peru2014Doc().competitions.find((c) => c.id === 'torneo-del-inca')!;
const stage = (id: string) => inca().stages.find((s) => s.id === id)!;

describe('Peru 2014 example: loading', () => {
  it('loads examples/peru-2014 with no issues', () => {
    const loaded = peru2014();
    assert.deepEqual(loaded.issues.map(formatIssue), []);
    assert.equal(loaded.doc?.season.id, 'peru-2014');
  });

  it('lists every source of peru2014_facts.md (S1–S50, S24b, S49b; there is no S38) and the three seeds', () => {
    const ids = Object.keys(peru2014Doc().sources);
    const expected = [
      ...Array.from({ length: 50 }, (_, i) => `S${i + 1}`).filter((s) => s !== 'S38'),
      'S24b', 'S49b', 'seed-000', 'seed-001', 'seed-002',
    ];
    for (const id of expected) assert.ok(ids.includes(id), id);
  });
});

describe('Peru 2014 example: 2014 Torneo del Inca (seed 000)', () => {
  it('is the second edition, 14 Feb – 21 May 2014, after 2011 and before 2015, with 16 teams', () => {
    const c = inca();
    assert.equal(c.edition, 2);
    assert.deepEqual([c.start, c.end, c.previous, c.next], ['2014-02-14', '2014-05-21', '2011', '2015']);
    assert.equal(c.titleNote, 'first title');
    assert.equal(c.teams.length, 16);
    assert.match(c.description ?? '', /two groups of eight/);
  });

  it('has the 16 teams with the city, stadium and capacity of the seed’s table', () => {
    for (const [name, city, stadium, capacity] of TEAMS) {
      const club = clubNamed(name);
      assert.ok(inca().teams.includes(club.id), name);
      assert.equal(club.city, city, name);
      const venue = venueOf(club.venue);
      assert.equal(venue.name, stadium, name);
      assert.equal(venue.capacity, capacity, name);
    }
  });

  it('records Los Caimanes’ other city, Chiclayo (seed 002), as its ground’s city', () => {
    assert.equal(venueOf(clubNamed('Los Caimanes').venue).city, 'Chiclayo');
  });

  it('has the three shared grounds: one venue each', () => {
    for (const [a, b, stadium] of [
      ['Sporting Cristal', 'Universidad San Martín', 'Alberto Gallardo'],
      ['Juan Aurich', 'Los Caimanes', 'Elías Aguirre'],
      ['Cienciano', 'Real Garcilaso', 'Garcilaso'],
    ] as const) {
      assert.equal(clubNamed(a).venue, clubNamed(b).venue, `${a} / ${b}`);
      assert.equal(venueOf(clubNamed(a).venue).name, stadium);
    }
  });

  it('uses the infobox’s team codes, and sixteen different codes', () => {
    const given = { ALI: 'Alianza Lima', USM: 'Universidad San Martín', CRI: 'Sporting Cristal', UCO: 'Unión Comercio', LEO: 'León de Huánuco', UCV: 'Universidad César Vallejo', HUA: 'Sport Huancayo', CAI: 'Los Caimanes' };
    for (const [code, name] of Object.entries(given)) assert.equal(clubNamed(name).code, code);
    const codes = TEAMS.map(([name]) => clubNamed(name).code);
    assert.equal(new Set(codes).size, 16);
  });

  it('has the kits, sponsors and the manager’s and captain’s flags of all 16 teams', () => {
    const teams = peru2014Doc().teams;
    for (const [name, manager, captain, maker, sponsor] of KITS) {
      const t = teams.find((x) => x.id === clubNamed(name).id && x.kind === 'first');
      assert.ok(t, name);
      assert.deepEqual([t.managerNationality, t.captainNationality, t.kit?.manufacturer, t.kit?.sponsor], [manager, captain, maker, sponsor], name);
      assert.equal(t.captain, undefined, `${name}: the seed names no captain`);
    }
  });

  it('has the 14 managerial changes with their manner, dates and reported positions', () => {
    const changes = peru2014Doc().managerialChanges;
    assert.equal(changes.length, 14);
    CHANGES.forEach(([team, outgoing, manner, vacancy, position, incoming, appointed, interim], i) => {
      const c = changes[i]!;
      assert.equal(c.team, clubNamed(team).id, `change ${i + 1}`);
      assert.deepEqual(
        [personName(c.outgoing), c.departure, c.vacancy, c.reportedPosition, personName(c.incoming), c.appointed, c.interim ?? false],
        [outgoing, manner, vacancy, position, incoming, appointed, interim],
        `change ${i + 1}: ${team}`,
      );
      assert.equal(c.competition, position === 'n/a' ? undefined : 'torneo-del-inca', `change ${i + 1}`);
    });
  });

  it('seeds Alianza Lima into group A and Universitario into group B, and has the groups of S5', () => {
    const groups = stage('groups');
    assert.equal(groups.format, 'groups');
    if (groups.format !== 'groups') return;
    assert.equal(groups.rounds, 2);
    assert.deepEqual(groups.draw?.seeded, [{ team: 'alianza-lima', group: 'a' }, { team: 'universitario', group: 'b' }]);
    const members = (g: string) => groups.groups.find((x) => x.id === g)!.teams!.slice().sort();
    const ids = (names: string[]) => names.map((n) => clubNamed(n).id).sort();
    assert.deepEqual(members('a'), ids(['Alianza Lima', 'Sporting Cristal', 'Real Garcilaso', 'San Simón', 'Inti Gas', 'Unión Comercio', 'Juan Aurich', 'León de Huánuco']));
    assert.deepEqual(members('b'), ids(['Universitario', 'Cienciano', 'Melgar', 'Sport Huancayo', 'UTC', 'Los Caimanes', 'Universidad César Vallejo', 'Universidad San Martín']));
    assert.equal(groups.rules?.preset, 'adfp-2014-inca');
  });

  it('plays the final as one neutral match between the group winners, with extra time and penalties', () => {
    const final = stage('final');
    assert.equal(final.format, 'knockout');
    if (final.format !== 'knockout') return;
    assert.deepEqual(final.tie, { legs: 1, extraTime: true, penalties: true });
    assert.equal(final.rounds.length, 1);
    assert.equal(final.rounds[0]!.neutral, true);
    assert.deepEqual(final.rounds[0]!.entrants, [{ from: 'groups', group: 'a', position: 1 }, { from: 'groups', group: 'b', position: 1 }]);
  });

  it('has the final: 2–2, 0–2 at half-time, 3–3 after extra time, the six goals with the seed’s minutes', () => {
    const m = matchBetween('torneo-del-inca', 'final', 'Alianza Lima', 'Universidad San Martín');
    assert.deepEqual([m.date, venueOf(m.venue).name, m.neutral], ['2014-05-21', 'Estadio Miguel Grau', true]);
    assert.deepEqual([score(m.score), score(m.halfTime), score(m.extraTime), score(m.penalties)], ['2-2', '0-2', '3-3', '5-3']);
    assert.deepEqual(m.goals?.home.map(goalText), ['Koichi Aparicio 85', 'Mauro Guevgeozián 90+1', 'Mauricio Montes 111']);
    assert.deepEqual(m.goals?.away.map(goalText), ['Luis Alberto Perea 16 penalty', 'Santiago Silva 28', 'Benjamín Ubierna 112']);
    assert.deepEqual(m.cards?.away.map((c) => [personName(c.player), c.card, c.minute]), [['Luis Alberto Perea', 'red', undefined]]);
    assert.equal(personName(m.referee), 'Víctor Hugo Carrillo');
    assert.deepEqual([m.attendance, m.attendanceApproximate], [17000, true]);
  });

  it('has the final’s line-ups and coaches (S12, S13, S16)', () => {
    const m = matchBetween('torneo-del-inca', 'final', 'Alianza Lima', 'Universidad San Martín');
    const names = (ids: readonly string[] | undefined) => ids?.map((id) => personName(id));
    assert.deepEqual(names(m.lineups?.home?.starting), ['Manuel Heredia', 'Roberto Guizasola', 'Walter Ibáñez', 'Koichi Aparicio', 'Guillermo Guizasola', 'Pablo Míguez', 'Paulo Albarracín', 'Josimar Atoche', 'Wilmer Aguirre', 'Israel Kahn', 'Mauro Guevgeozián']);
    assert.deepEqual(names(m.lineups?.away?.starting), ['Pedro Gallese', 'Yhirbis Córdova', 'Carlos Ascues', 'Luis Álvarez', 'Carlos Fernández', 'Benjamín Ubierna', 'Josepmir Ballón', 'Carlos Marinelli', 'Santiago Silva', 'Johnnier Montaño', 'Luis Alberto Perea']);
    assert.equal(personName(m.lineups?.home?.manager), 'Guillermo Sanguinetti');
    assert.equal(personName(m.lineups?.away?.manager), 'Julio César Uribe');
  });

  it('replays the shoot-out from the kicks: Alianza first, 5–3, Carlos Fernández’s third kick saved', () => {
    const m = matchBetween('torneo-del-inca', 'final', 'Alianza Lima', 'Universidad San Martín');
    const so = m.shootout!;
    const verdict = shootoutFromSides(so.home, so.away, so.first);
    assert.equal(verdict.status, 'decided');
    if (verdict.status !== 'decided') return;
    assert.deepEqual([verdict.score, verdict.winner, verdict.first, verdict.kicks.length], [{ home: 5, away: 3 }, 'home', 'home', 9]);
    assert.deepEqual(so.home.map((k) => personName(k.player)), ['Walter Ibáñez', 'Koichi Aparicio', 'Junior Ponce', 'Wilmer Aguirre', 'Mauro Guevgeozián']);
    assert.deepEqual(so.away.map((k) => [personName(k.player), k.outcome]), [['Josepmir Ballón', 'scored'], ['Jersson Vásquez', 'scored'], ['Carlos Fernández', 'saved'], ['John Hinostroza', 'scored']]);
    // Without `first`, only Alianza kicking first gives a valid shoot-out.
    const inferred = shootoutFromSides(so.home, so.away);
    assert.equal(inferred.status === 'decided' && inferred.first, 'home');
  });

  it('has the ten top goalscorers with their clubs and goals', () => {
    const rows = peru2014Doc().reportedScorers.filter((r) => r.competition === 'torneo-del-inca');
    assert.deepEqual(
      rows.map((r) => [personName(r.player), r.team, r.goals]),
      TOP_SCORERS.map(([player, club, goals]) => [player, clubNamed(club).id, goals]),
    );
    assert.equal(personNamed('Luis Perea').id, personNamed('Luis Alberto Perea').id);
  });

  it('has the infobox records: biggest home and away wins, highest scoring matches', () => {
    const cases: [string, string, string, string][] = [
      ['Universidad César Vallejo', 'Sport Huancayo', '5-0', '2014-05-10'],
      ['Universidad César Vallejo', 'Universidad San Martín', '1-4', '2014-02-22'],
      ['Los Caimanes', 'Universidad San Martín', '1-4', '2014-05-10'],
      ['Sporting Cristal', 'Unión Comercio', '5-2', '2014-03-02'],
      ['León de Huánuco', 'Unión Comercio', '4-3', '2014-05-18'],
    ];
    for (const [home, away, result, date] of cases) {
      const m = matchBetween('torneo-del-inca', 'groups', home, away);
      assert.deepEqual([score(m.score), m.date], [result, date], `${home} v ${away}`);
    }
  });

  it('records both reported match counts (113 in S4, 225 in the infobox) and 299 goals', () => {
    const stats = peru2014Doc().reportedStats.filter((s) => s.competition === 'torneo-del-inca');
    assert.deepEqual(stats.filter((s) => s.stat === 'matches').map((s) => s.value).sort(), [113, 225]);
    assert.deepEqual(stats.filter((s) => s.stat === 'goals').map((s) => s.value), [299]);
  });

  it('keeps round-1 fixtures whose result is unknown as played with no score', () => {
    const m = matchBetween('torneo-del-inca', 'groups', 'León de Huánuco', 'Alianza Lima');
    assert.deepEqual([m.status, m.score, m.date, venueOf(m.venue).name], ['played', undefined, '2014-02-16', 'Heraclio Tapia']);
    assert.equal(peru2014Doc().matches.filter((x) => x.competition === 'torneo-del-inca' && x.round === 'Fecha 1').length, 8);
  });
});
