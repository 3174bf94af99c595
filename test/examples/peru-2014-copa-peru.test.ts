// examples/peru-2014 holds every fact of seed 001 (2014 Copa Perú) and Sport Loreto's path
// (shared/data/peru2014_facts.md §4: S45, S46, S47) — checked against values copied from
// the sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GroupDoc } from '../../src/core/definition/index.ts';
import { clubNamed, goalText, matchBetween, peru2014Doc, personName, score, venueOf } from './peru-2014-season.ts';

// seed 001, "Departmental Stage": Department → [Team, Location]. The seed's garbled table lost
// the location of the first club in the rows of Amazonas … Junín (undefined here).
const QUALIFIERS: Readonly<Record<string, readonly (readonly [string, string | undefined])[]>> = {
  Amazonas: [['Bagua Grande', undefined], ['Defensor Libertad', 'Bagua']],
  Ancash: [['Sport Rosario', undefined], ['Universidad San Pedro', 'Ancash']],
  Apurímac: [['Miguel Grau', undefined], ['DECH', 'Andahuaylas'], ['José María Arguedas', 'Andahuaylas']],
  Arequipa: [['Futuro Majes', undefined], ['Sportivo Cariocos', 'Caylloma'], ['Sportivo Huracán', 'Arequipa']],
  Ayacucho: [['Percy Berrocal', undefined], ['Player Villafuerte', 'Ayacucho']],
  Cajamarca: [['Bellavista', undefined], ['ADA', 'Jaén'], ['Academia Municipal', 'Jaén']],
  Callao: [['ADEBAMI', undefined], ['América Latina', 'Callao']],
  Cusco: [['Unión Alto Huarca', undefined], ['Deportivo Yawarmayu', 'Cusco']],
  Huancavelica: [['Santa Rosa (H)', undefined], ['Social Lircay', 'Huancavelica']],
  Huánuco: [['Chacarita Juniors', undefined], ['Unión Tingo María', 'Leoncio Prado']],
  Ica: [['Defensor Zarumilla', undefined], ['Unión Progresista', 'Lucanas']],
  Junín: [['Unión Pichanaki', undefined], ['Echa Muni', 'Junín'], ['Sport Aguila', 'Junín']],
  'La Libertad': [['Racing', 'Sánchez Carrión'], ['Sport Chavelines', 'Pacasmayo']],
  Lambayeque: [['La Nueva Alianza', 'Chiclayo'], ['Sport Boys (Tumán)', 'Chiclayo']],
  Lima: [['Aurora Chancayllo', 'Huaral'], ['Juventud América', 'Cañete']],
  Loreto: [['CNI', 'Maynas'], ['San Francisco', 'Requena']],
  'Madre de Dios': [['Deportivo Maldonado', 'Puerto Maldonado'], ['MINSA', 'Tambopata']],
  Moquegua: [['Mariscal Nieto', 'Ilo'], ['Deportivo Enersur', 'Ilo']],
  Pasco: [['Ecosem', 'Pasco'], ['Sociedad Tiro 28', 'Pasco']],
  Piura: [['Atlético Grau', 'Piura'], ['Defensor La Bocana', 'Sechura']],
  Puno: [['Unión Fuerza Minera', 'San Antonio de Putina'], ['Binacional', 'Chucuito']],
  'San Martín': [['Unión César Vallejo', 'San Martín'], ['Atlético Nacional', 'San Martín']],
  Tacna: [['San Pedro', 'Candarave'], ['Deportivo Credicoop', 'Tacna']],
  Tumbes: [['Cristal Tumbes', 'Tumbes'], ['Defensor Bolívar', 'Tumbes']],
  Ucayali: [['Sport Loreto', 'Coronel Portillo'], ['Santa Rosa (Pucallpa)', 'Coronel Portillo']],
};

// seed 001, "Regional Stage".
const REGIONS: readonly (readonly [string, readonly string[]])[] = [
  ['Region I', ['Amazonas', 'Lambayeque', 'Tumbes', 'Piura']],
  ['Region II', ['Ancash', 'Cajamarca', 'La Libertad', 'San Martín']],
  ['Region III', ['Loreto', 'Ucayali']],
  ['Region IV', ['Lima', 'Callao']],
  ['Region V', ['Junín', 'Pasco', 'Huánuco']],
  ['Region VI', ['Ayacucho', 'Huancavelica', 'Ica']],
  ['Region VII', ['Arequipa', 'Moquegua', 'Tacna']],
  ['Region VIII', ['Apurímac', 'Cusco', 'Madre de Dios', 'Puno']],
];

// S45 (and S46 for the final's first leg): round | home | away | score | ground.
const SPORT_LORETO_PATH: readonly (readonly [string, number, string, string, string, string])[] = [
  ['round-of-16', 1, 'Sport Loreto', 'Juventud América', '3-0', 'Estadio Aliardo Soria'],
  ['round-of-16', 2, 'Juventud América', 'Sport Loreto', '2-2', 'Estadio Oscar Ramos Cabieses'],
  ['quarter-finals', 1, 'Aurora Chancayllo', 'Sport Loreto', '1-1', 'Estadio Rómulo Shaw Cisneros'],
  ['quarter-finals', 2, 'Sport Loreto', 'Aurora Chancayllo', '0-0', 'Estadio Aliardo Soria'],
  ['semi-finals', 1, 'Defensor La Bocana', 'Sport Loreto', '5-1', 'Estadio Sesquicentenario'],
  ['semi-finals', 2, 'Sport Loreto', 'Defensor La Bocana', '6-1', 'Estadio Aliardo Soria'],
  ['final', 1, 'Sport Loreto', 'Unión Fuerza Minera', '4-1', 'Estadio Aliardo Soria'],
];

const copa = () => peru2014Doc().competitions.find((c) => c.id === 'copa-peru')!;
const stage = (id: string) => copa().stages.find((s) => s.id === id)!;
const groupsOf = (id: string): readonly GroupDoc[] => {
  const s = stage(id);
  return s.format === 'groups' ? s.groups : [];
};
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('Peru 2014 example: 2014 Copa Perú (seed 001)', () => {
  it('has the five stages (district to national) and the regional play-offs', () => {
    assert.deepEqual(copa().stages.map((s) => [s.id, s.format]), [
      ['district', 'groups'],
      ['provincial', 'groups'],
      ['departmental', 'groups'],
      ['regional', 'groups'],
      ['regional-playoffs', 'knockout'],
      ['national', 'knockout'],
    ]);
    assert.equal(copa().titleNote, '1st title');
  });

  it('has the qualifiers of all 25 departments, with the department and location the seed gives', () => {
    assert.equal(groupsOf('departmental').length, 25);
    const outcomes = peru2014Doc().outcomes.filter((o) => o.competition === 'copa-peru' && o.stage === 'departmental');
    assert.equal(outcomes.length, 25);
    for (const [department, teams] of Object.entries(QUALIFIERS)) {
      const group = groupsOf('departmental').find((g) => g.name === department);
      assert.ok(group, department);
      const outcome = outcomes.find((o) => o.group === group.id);
      assert.deepEqual(outcome?.qualified, teams.map(([name]) => clubNamed(name).id), department);
      for (const [name, location] of teams) {
        const club = clubNamed(name);
        assert.equal(club.department, department, name);
        assert.ok(copa().teams.includes(club.id), name);
        // The seed's "Location" is a province, or a city where it names one; "Ancash" is the department.
        if (location !== undefined && location !== department) assert.ok([club.province, club.city].includes(location), `${name}: ${location}`);
      }
    }
    assert.equal(Object.values(QUALIFIERS).flat().length, 54);
  });

  it('has the eight regions with their departments, taking the qualifiers of those departments', () => {
    const regional = stage('regional');
    assert.deepEqual(groupsOf('regional').map((g) => [g.name, g.departments]), REGIONS.map(([r, d]) => [r, [...d]]));
    const departmentGroup = (name: string) => groupsOf('departmental').find((g) => g.name === name)!.id;
    for (const [region, departments] of REGIONS) {
      const g = groupsOf('regional').find((x) => x.name === region)!;
      assert.deepEqual(g.entrants, [{ from: 'departmental', groups: departments.map(departmentGroup) }], region);
      assert.equal(g.format, region === 'Region IV' ? 'knockout' : 'round-robin', region);
    }
    assert.deepEqual(regional.advance, { perGroup: 2, to: 'national' });
  });

  it('has the national stage as two-legged knockout rounds with away goals: round of 16 to final', () => {
    const national = stage('national');
    assert.equal(national.format, 'knockout');
    if (national.format !== 'knockout') return;
    assert.deepEqual(national.rounds.map((r) => r.name), ['Round of 16', 'Quarter-finals', 'Semi-finals', 'Final']);
    assert.deepEqual([national.tie?.legs, national.tie?.awayGoals], [2, true]);
  });

  it('has every leg of Sport Loreto’s path to the title', () => {
    for (const [round, leg, home, away, result, ground] of SPORT_LORETO_PATH) {
      const m = matchBetween('copa-peru', 'national', home, away, leg);
      // Ties are named as the engine numbers a round's ties (round-of-16-4, …, final).
      assert.ok(m.tie === round || m.tie?.startsWith(`${round}-`), `${home} v ${away}: tie ${m.tie} in ${round}`);
      assert.deepEqual([score(m.score), venueOf(m.venue).name], [result, ground], `${home} v ${away}`);
    }
    const second = matchBetween('copa-peru', 'national', 'Unión Fuerza Minera', 'Sport Loreto', 2);
    assert.deepEqual([second.status, second.score], ['played', undefined]);
  });

  it('has the first leg of the final with Mayora’s hat-trick and three sendings-off (S46)', () => {
    const m = matchBetween('copa-peru', 'national', 'Sport Loreto', 'Unión Fuerza Minera', 1);
    assert.deepEqual(m.goals?.home.map(goalText), ['Diego Mayora 29', 'Diego Mayora 62 penalty', 'Edinho Terrones 74', 'Diego Mayora 83']);
    assert.deepEqual(m.goals?.away.map(goalText), ['John Fajardo']);
    assert.deepEqual(m.cards?.home.map((c) => personName(c.player)), ['Robert Romero']);
    assert.deepEqual(m.cards?.away.map((c) => personName(c.player)), ['Moisés Machaca', 'Johan Pineda']);
  });

  it('excludes Defensor Bolívar from the Region I semi-final against Defensor La Bocana', () => {
    const [e, ...rest] = peru2014Doc().exclusions;
    assert.equal(rest.length, 0);
    assert.deepEqual([e?.competition, e?.team, e?.scope], ['copa-peru', clubNamed('Defensor Bolívar').id, 'tie']);
    assert.match(fold(e!.reason), /second leg.*la bocana.*unsportsmanlike/);
    const playoffs = stage('regional-playoffs') as { rounds: { ties?: { id: string }[] }[] };
    assert.ok(playoffs.rounds.some((r) => r.ties?.some((t) => t.id === e!.tie)));
  });

  it('has Sport Loreto as winner and Unión Fuerza Minera as runner-up, promoted to the first and second divisions', () => {
    const national = peru2014Doc().outcomes.find((o) => o.competition === 'copa-peru' && o.stage === 'national');
    assert.deepEqual([national?.winner, national?.runnerUp], [clubNamed('Sport Loreto').id, clubNamed('Unión Fuerza Minera').id]);
    const links = peru2014Doc().links;
    const promotion = (pick: string) => links.find((l) => l.from.competition === 'copa-peru' && l.from.pick === pick)?.effect;
    assert.deepEqual(promotion('winner'), {
      promotion: {
        to: '2015 Torneo Descentralizado',
        competition: 'descentralizado',
        forms: { to: { es: 'Torneo Descentralizado 2015', en: '2015 Torneo Descentralizado' } },
      },
    });
    assert.deepEqual(promotion('runner-up'), {
      promotion: {
        to: '2015 Peruvian Segunda División',
        forms: { to: { es: 'Segunda División peruana 2015', en: '2015 Peruvian Segunda División' } },
      },
    });
  });
});
