// examples/peru-2014 holds every fact of seed 002 (2014 Torneo de Promoción y Reservas) and
// peru2014_facts.md §2 (S20, S21, S22) — checked against values copied from the sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clubNamed, matchBetween, peru2014, peru2014Doc, score } from './peru-2014-season.ts';

// As the engine reads it: stage 1's groups are the Inca's (groupsSameAs), filled in.
const reservas = () => peru2014().index!.competitions.get('reservas')!;
const stage = (id: string) => reservas().stages.find((s) => s.id === id)!;
const reserveOf = (club: string) => peru2014Doc().teams.find((t) => t.club === clubNamed(club).id && t.kind === 'reserve')!.id;

const GROUP_A = ['Alianza Lima', 'Sporting Cristal', 'Real Garcilaso', 'San Simón', 'Inti Gas', 'Unión Comercio', 'Juan Aurich', 'León de Huánuco'];
const GROUP_B = ['Universitario', 'Cienciano', 'Melgar', 'Sport Huancayo', 'UTC', 'Los Caimanes', 'Universidad César Vallejo', 'Universidad San Martín'];

describe('Peru 2014 example: 2014 Torneo de Promoción y Reservas (seed 002)', () => {
  it('is played by the reserve teams of the 16 first-division clubs', () => {
    const teams = reservas().teams;
    assert.equal(teams.length, 16);
    assert.deepEqual([...teams].sort(), [...GROUP_A, ...GROUP_B].map(reserveOf).sort());
  });

  it('plays stage 1 in the Inca’s two groups, home and away, then a one-match stage final', () => {
    const groups = stage('groups');
    assert.equal(groups.format, 'groups');
    if (groups.format !== 'groups') return;
    assert.equal(groups.rounds, 2);
    assert.deepEqual(groups.groups.find((g) => g.id === 'a')!.teams!.slice().sort(), GROUP_A.map(reserveOf).sort());
    assert.deepEqual(groups.groups.find((g) => g.id === 'b')!.teams!.slice().sort(), GROUP_B.map(reserveOf).sort());
    const final = stage('inca-final');
    assert.equal(final.format === 'knockout' && final.tie?.legs, 1);
  });

  it('plays stage 2 as one home-and-away league of the 16', () => {
    const s = stage('stage-2');
    assert.deepEqual([s.format, s.format === 'league' && s.rounds, s.format === 'league' && s.teams], ['league', 2, undefined]);
  });

  it('has the stage final postponed from 21 to 29 May 2014: Sporting Cristal 0–0 Universitario, Universitario winners', () => {
    const m = matchBetween('reservas', 'inca-final', 'Sporting Cristal', 'Universitario');
    assert.deepEqual([m.date, score(m.score), m.winner], ['2014-05-29', '0-0', reserveOf('Universitario')]);
    assert.deepEqual(m.postponements?.map((p) => [p.from, p.to]), [['2014-05-21', '2014-05-29']]);
    assert.match(m.postponements![0]!.reason ?? '', /under-20/);
  });

  it('gives the stage-1 champion +2 and runner-up +1 in stage 2', () => {
    const bonus = (pick: string) => peru2014Doc().links.find((l) => l.from.competition === 'reservas' && l.from.stage === 'inca-final' && l.from.pick === pick)?.effect;
    // The reasons carry their Spanish forms too (under `forms`), compared apart.
    const plain = (pick: string) => {
      const e = bonus(pick);
      if (!e || !('adjustment' in e)) return e;
      const { forms, ...adjustment } = e.adjustment;
      return { adjustment, es: forms?.reason?.es };
    };
    assert.deepEqual(plain('winner'), { adjustment: { points: 2, competition: 'reservas', stage: 'stage-2', team: 'team', reason: 'Champion of the first (Torneo del Inca) stage' }, es: 'Campeón de la primera etapa (Torneo del Inca)' });
    assert.deepEqual(plain('runner-up'), { adjustment: { points: 1, competition: 'reservas', stage: 'stage-2', team: 'team', reason: 'Runner-up of the first (Torneo del Inca) stage' }, es: 'Subcampeón de la primera etapa (Torneo del Inca)' });
  });

  it('gives the champion’s and runner-up’s first teams +2 and +1 in the Descentralizado aggregate table', () => {
    const links = peru2014Doc().links.filter((l) => l.from.competition === 'reservas' && l.from.stage === 'stage-2');
    assert.deepEqual(
      links.map((l) => [l.from.pick, 'adjustment' in l.effect && [l.effect.adjustment.points, l.effect.adjustment.competition, l.effect.adjustment.stage, l.effect.adjustment.team]]),
      [
        [{ position: 1 }, [2, 'descentralizado', 'aggregate', 'parent-first-team']],
        [{ position: 2 }, [1, 'descentralizado', 'aggregate', 'parent-first-team']],
      ],
    );
  });

  it('records the group winners (S20) and the two champions: Universitario (Inca stage), Melgar (Descentralizado stage)', () => {
    const outcome = (s: string, group?: string) => peru2014Doc().outcomes.find((o) => o.competition === 'reservas' && o.stage === s && o.group === group);
    assert.equal(outcome('groups', 'a')?.winner, reserveOf('Sporting Cristal'));
    assert.equal(outcome('groups', 'b')?.winner, reserveOf('Universitario'));
    assert.deepEqual([outcome('inca-final')?.winner, outcome('inca-final')?.runnerUp], [reserveOf('Universitario'), reserveOf('Sporting Cristal')]);
    assert.equal(outcome('stage-2')?.winner, reserveOf('Melgar'));
    assert.equal(outcome('stage-2')?.runnerUp, undefined);
  });
});
