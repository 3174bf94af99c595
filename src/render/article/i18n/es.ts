import type { CoverageOf } from '../../../core/stats/index.ts';
import type { ArticleText } from './article-text.ts';
import { inSentence, ofName } from '../../../i18n/spanish-names.ts';
import { esLead, esModus } from './es-sentences.ts';
import {
  esCount,
  esDate,
  esDecimal,
  esList,
  esNumber,
  esOrdinal,
  esShortDate,
  esSigned,
  esTiebreaker,
} from './es-words.ts';

/** Lo que hace contar un partido para una cifra parcial, tras "sobre 12 de los 95 partidos". */
const ES_COVERAGE: Record<CoverageOf, string> = {
  results: 'con resultado conocido',
  scorers: 'con goleadores conocidos',
  crowds: 'con asistencia conocida',
  cards: 'con tarjetas conocidas',
};

const DEPARTURES = {
  'end-of-contract': 'Fin de contrato',
  resigned: 'Renuncia',
  sacked: 'Destituido',
  'mutual-consent': 'Mutuo acuerdo',
  'interim-ended': 'Fin del interinato',
  other: 'Otro',
} as const;

export const es: ArticleText = {
  lang: 'es',
  date: esDate,
  shortDate: esShortDate,
  number: esNumber,
  decimal: esDecimal,
  ordinal: esOrdinal,
  count: esCount,
  list: esList,
  signed: esSigned,
  competitionTitle: (name, years) => `${name} ${years}`,
  // Mid-sentence: "tabla acumulada del Torneo Descentralizado 2014".
  stageOf: (stage, competition) => `${inSentence(stage)} ${ofName(competition)}`,
  unknown: 'desconocido',
  notApplicable: '—',
  awarded: 'adjudicado',
  scoreUnknown: '?',
  interim: 'interino',
  reported: 'según las fuentes',
  partial: (counted, expected, of) => {
    const one = (expected ?? counted) === 1;
    const matches = `partido${one ? '' : 's'} ${ES_COVERAGE[of]}`;
    return expected !== undefined
      ? `sobre ${counted} de los ${expected} ${matches}`
      : `sobre ${one ? 'el' : 'los'} ${counted} ${matches}`;
  },
  otherReport: (value) => `otra fuente da ${value}`,
  goals: (n) => `${n} gol${n === 1 ? '' : 'es'}`,
  perMatch: (value) => `${value} por partido`,
  sections: {
    modus: 'Sistema de competición',
    teams: 'Equipos participantes',
    personnel: 'Cuerpo técnico y uniformes',
    managerialChanges: 'Cambios de entrenador',
    groupStage: 'Fase de grupos',
    results: 'Resultados',
    final: 'Final',
    playoff: 'Partido de desempate',
    topScorers: 'Goleadores',
    seeAlso: 'Véase también',
    references: 'Referencias',
  },
  infobox: {
    competition: 'Competición',
    season: 'Temporada',
    dates: 'Fechas',
    winners: 'Campeón',
    topScorer: 'Goleador',
    biggestHomeWin: 'Mayor victoria local',
    biggestAwayWin: 'Mayor victoria visitante',
    highestScoring: 'Partido con más goles',
    matches: 'Partidos jugados',
    goals: 'Goles',
    previous: 'Edición anterior',
    next: 'Edición siguiente',
    highestAttendance: 'Mayor asistencia',
    lowestAttendance: 'Menor asistencia',
    totalAttendance: 'Asistencia total',
    averageAttendance: 'Asistencia media',
  },
  columns: {
    team: 'Equipo',
    city: 'Ciudad',
    stadium: 'Estadio',
    capacity: 'Capacidad',
    manager: 'Entrenador',
    captain: 'Capitán',
    kitManufacturer: 'Marca deportiva',
    shirtSponsor: 'Patrocinador',
    outgoing: 'Entrenador saliente',
    departure: 'Motivo de la salida',
    vacancy: 'Fecha de salida',
    position: 'Posición',
    incoming: 'Entrenador entrante',
    appointed: 'Fecha de llegada',
    rank: 'Pos.',
    player: 'Jugador',
    nationality: 'Nacionalidad',
    club: 'Club',
    goals: 'Goles',
    penalties: 'Penales',
    played: 'PJ',
    won: 'G',
    drawn: 'E',
    lost: 'P',
    goalsFor: 'GF',
    goalsAgainst: 'GC',
    goalDifference: 'Dif.',
    points: 'Pts',
    homeAway: 'Local \\ Visitante',
  },
  changes: {
    preSeason: 'Cambios antes del torneo',
    inSeason: 'Cambios durante el torneo',
    undated: 'Cambios sin fecha conocida',
  },
  departure: (d) => (d ? DEPARTURES[d] : 'desconocido'),
  personnelNote:
    'Las banderas indican la selección nacional según las reglas de elegibilidad de la FIFA. Los jugadores pueden tener más de una nacionalidad no FIFA.',
  tiebreaker: esTiebreaker,
  tableUnknown: (known, expected, group) =>
    known === 0
      ? `No se conoce ningún resultado de ${group ? 'este grupo' : 'esta fase'}, de modo que su tabla no puede calcularse.`
      : `Solo se ${known === 1 ? 'conoce' : 'conocen'} ${known}${expected !== undefined ? ` de los ${expected} resultados` : known === 1 ? ' resultado' : ' resultados'} de ${group ? 'este grupo' : 'esta fase'}, de modo que su tabla no puede calcularse.`,
  tieNote: (above, below, criterion) => `${above} por delante de ${below} por ${criterion}.`,
  recordedWinner: (team, group) => `${group ? 'Ganador del grupo' : 'Ganador'}, según las fuentes: ${team}.`,
  recordedQualified: (teams) => `Clasificados, según las fuentes: ${esList(teams)}.`,
  stageNothing: 'No hay nada registrado de esta fase: ni grupos, ni equipos, ni resultados.',
  finalToPlay: (sides, date) =>
    `La final${sides ? `, ${sides[0]} contra ${sides[1]},` : ''} aún no se ha jugado${date ? ` (${date})` : ''}.`,
  adjustmentNote: (team, points, reason) =>
    `${team}: ${esSigned(points)} ${Math.abs(points) === 1 ? 'punto' : 'puntos'} (${reason}).`,
  qualificationNotTaken: (team) => `${team} (no ocupó la plaza: no cumplió la condición)`,
  qualificationPending: 'por decidir',
  scorersReported: (sources) =>
    `No se conocen todos los goleadores del torneo; la lista es la que publica ${sources}.`,
  scorersPartial: (counted, expected) =>
    counted === 1 && expected === undefined
      ? 'No se conocen todos los goleadores: la lista cuenta los goles del único partido cuyos goleadores se conocen.'
      : `No se conocen todos los goleadores: la lista cuenta los goles de los ${counted}${expected !== undefined ? ` de ${expected}` : ''} partidos cuyos goleadores se conocen.`,
  penaltiesOf: 'Penales',
  afterExtraTime: 'tras prórroga',
  onPenalties: 'en penales',
  eventMarks: { pen: '(pen.)', og: '(a. g.)', red: 'tarjeta roja' },
  stadiumLabel: 'Estadio',
  attendanceLabel: 'Asistencia',
  refereeLabel: 'Árbitro',
  approximately: 'unos',
  lead: esLead,
  modus: esModus,
};
