import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSeason, loadSeasonFromFiles } from '../../../src/season/load-season.ts';

const SEASON = `season: { id: same-2031, name: Same 2031 }
clubs:
  - { id: alfa, name: Alfa }
  - { id: beta, name: Beta }
  - { id: gama, name: Gama }
  - { id: delta, name: Delta }
teams:
  - { id: alfa-res, club: alfa, kind: reserve }
  - { id: beta-res, club: beta, kind: reserve }
  - { id: gama-res, club: gama, kind: reserve }
  - { id: delta-res, club: delta, kind: reserve }
competitions:
  - id: cup
    name: Cup
    teams: [alfa, beta, gama, delta]
    stages:
      - id: groups
        name: Groups
        format: groups
        groups:
          - { id: x, name: { es: Grupo X, en: Group X }, teams: [alfa, gama] }
          - { id: y, name: { es: Grupo Y, en: Group Y }, teams: [beta, delta] }
  - id: reserves
    name: Reserves
    teams: [alfa-res, beta-res, gama-res, delta-res]
    stages:
      - id: groups
        name: Groups
        format: groups
        groupsSameAs: { competition: cup, stage: groups }
`;

const load = (text: string) => loadSeasonFromFiles([{ path: 'same.yaml', text }]);

describe('groups the same as another competition’s', () => {
  it("gives the reserves the cup's groups, each club's reserve team in its club's group, with both names", () => {
    const loaded = load(SEASON);
    assert.deepEqual(loaded.issues, []);
    const stage = loaded.index!.competitions.get('reserves')!.stages[0]!;
    assert.equal(stage.format, 'groups');
    if (stage.format !== 'groups') return;
    assert.deepEqual(
      stage.groups.map((g) => [g.id, g.forms?.name?.es, g.teams]),
      [
        ['x', 'Grupo X', ['alfa-res', 'gama-res']],
        ['y', 'Grupo Y', ['beta-res', 'delta-res']],
      ],
    );
  });

  it('is how the Peru example writes the reserves’ first stage: the Torneo del Inca’s groups (seed 002, S22)', () => {
    const loaded = loadSeason('examples/peru-2014');
    const stage = loaded.index!.competitions.get('reservas')!.stages.find((s) => s.id === 'groups')!;
    const inca = loaded.index!.competitions.get('torneo-del-inca')!.stages.find((s) => s.id === 'groups')!;
    assert.ok(stage.format === 'groups' && inca.format === 'groups');
    assert.deepEqual(stage.groupsSameAs, { competition: 'torneo-del-inca', stage: 'groups' });
    assert.deepEqual(
      stage.groups.map((g) => g.teams),
      inca.groups.map((g) => g.teams!.map((t) => `${t}-reserves`)),
    );
  });

  it('reports a reference to no stage of groups, at its line', () => {
    const loaded = load(
      SEASON.replace('{ competition: cup, stage: groups }', '{ competition: cup, stage: final }'),
    );
    const issue = loaded.issues.find((i) => i.path.at(-1) === 'groupsSameAs');
    assert.ok(issue, JSON.stringify(loaded.issues));
    assert.match(issue.message, /groupsSameAs 'cup\/final' is not a stage of groups/);
    assert.equal(issue.file, 'same.yaml');
    assert.equal(issue.line, 30);
  });

  it('reports a club of the other competition with no team here', () => {
    const loaded = load(
      SEASON.replace(
        'teams: [alfa-res, beta-res, gama-res, delta-res]',
        'teams: [alfa-res, beta-res, gama-res]',
      ),
    );
    const issue = loaded.issues.find((i) => i.path.at(-1) === 'groupsSameAs');
    assert.ok(issue, JSON.stringify(loaded.issues));
    assert.match(issue.message, /reserves has no team of the club of 'delta'/);
  });
});
