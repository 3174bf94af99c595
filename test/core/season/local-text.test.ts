import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompetitionSchema, SeasonSchema, textIn } from '../../../src/core/definition/index.ts';

const competition = (stageName: unknown) => ({
  id: 'torneo-del-inca',
  name: { es: 'Torneo del Inca', en: 'Torneo del Inca' },
  titleNote: { es: 'primer título', en: 'first title' },
  stages: [
    {
      id: 'groups',
      name: stageName,
      format: 'groups',
      groups: [{ id: 'a', name: { es: 'Grupo A', en: 'Group A' } }],
    },
  ],
});

test('a stage name written in both languages reads in each, and as English where no language is asked', () => {
  const c = CompetitionSchema.parse(competition({ es: 'Fase de grupos', en: 'Group stage' }));
  const stage = c.stages[0]!;
  assert.equal(stage.name, 'Group stage');
  assert.equal(textIn('es', stage, 'name'), 'Fase de grupos');
  assert.equal(textIn('en', stage, 'name'), 'Group stage');
  assert.equal(textIn('es', c, 'titleNote'), 'primer título');
  assert.ok(stage.format === 'groups');
  assert.equal(textIn('es', stage.groups[0]!, 'name'), 'Grupo A');
});

test('a text written once reads the same in both languages', () => {
  const c = CompetitionSchema.parse(competition('Fase de grupos'));
  assert.equal(textIn('en', c.stages[0]!, 'name'), 'Fase de grupos');
  assert.equal(textIn('es', c.stages[0]!, 'name'), 'Fase de grupos');
  assert.equal(c.stages[0]!.forms, undefined);
});

test('a text with only its Spanish form is that form in English too', () => {
  const c = CompetitionSchema.parse(competition({ es: 'Fase de grupos' }));
  assert.equal(textIn('en', c.stages[0]!, 'name'), 'Fase de grupos');
});

test('a form object with no language, or an unknown one, is refused', () => {
  assert.equal(CompetitionSchema.safeParse(competition({})).success, false);
  assert.equal(CompetitionSchema.safeParse(competition({ fr: 'Phase de groupes' })).success, false);
});

test('facts carry their reasons and notes in both languages', () => {
  const s = SeasonSchema.parse({
    season: { id: 's', name: { es: 'Temporada 2014', en: '2014 season' } },
    adjustments: [
      {
        competition: 'c',
        team: 't',
        points: -4,
        reason: { es: 'deuda con sus jugadores', en: 'an outstanding debt with its players' },
      },
    ],
  });
  assert.equal(textIn('es', s.adjustments[0]!, 'reason'), 'deuda con sus jugadores');
  assert.equal(s.adjustments[0]!.reason, 'an outstanding debt with its players');
  assert.equal(textIn('es', s.season, 'name'), 'Temporada 2014');
});
