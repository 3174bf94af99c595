import type { TieRuleField } from '../../../core/engine/index.ts';
import type { TieRules } from '../../../core/knockout/index.ts';
import type { Assumed, EntrantWords, ModusFact, PickWords } from '../modus-facts.ts';
import type { LeadFacts } from './article-text.ts';
import {
  esCount as count,
  esDate as date,
  esList as list,
  esOrdinal as ordinal,
  esOrdinalFeminine,
  esSigned as signed,
  esTiebreaker,
} from './es-words.ts';
import { inName, ofName, toName, withArticle } from '../../../i18n/spanish-names.ts';

/** A sentence's first word capitalised: "La Copa Perú 2014 fue…", "En la Etapa Regional, …". */
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Country adjectives, feminine and masculine ("copa peruana", "torneo peruano"). */
const COUNTRY: Readonly<Record<string, readonly [string, string]>> = {
  PER: ['peruana', 'peruano'],
  ARG: ['argentina', 'argentino'],
  BOL: ['boliviana', 'boliviano'],
  BRA: ['brasileña', 'brasileño'],
  CHI: ['chilena', 'chileno'],
  COL: ['colombiana', 'colombiano'],
  ECU: ['ecuatoriana', 'ecuatoriano'],
  PAR: ['paraguaya', 'paraguayo'],
  URU: ['uruguaya', 'uruguayo'],
  VEN: ['venezolana', 'venezolano'],
  MEX: ['mexicana', 'mexicano'],
  ESP: ['española', 'español'],
  ENG: ['inglesa', 'inglés'],
  GER: ['alemana', 'alemán'],
  ITA: ['italiana', 'italiano'],
  FRA: ['francesa', 'francés'],
};

const KIND: Readonly<Record<LeadFacts['kind'], readonly [string, 0 | 1]>> = {
  league: ['liga', 0],
  cup: ['copa nacional', 0],
  promotion: ['torneo de promoción', 1],
  reserves: ['torneo de reservas', 1],
  playoff: ['torneo de definición', 1],
};

export function esLead(f: LeadFacts): string[] {
  const past = f.finished;
  const sponsor = f.sponsorTitle
    ? ` (también conocido como ${f.sponsorTitle} por motivos de patrocinio)`
    : '';
  const [noun, gender] =
    f.kind === 'league' && f.level === 1 ? (['primera división', 0] as const) : KIND[f.kind];
  const adjective = f.country ? COUNTRY[f.country]?.[gender] : undefined;
  const what = `${noun}${adjective ? ` ${adjective}` : ''}`;
  // "de la liga peruana", "del torneo de promoción peruano": the article follows the noun.
  const ofWhat = `${gender ? 'del' : 'de la'} ${what}`;
  const title = capital(withArticle(f.title));
  const first = f.edition
    ? `${title}${sponsor} ${past ? 'fue' : 'es'} la ${esOrdinalFeminine(f.edition)} edición ${ofWhat}.`
    : `${title}${sponsor} ${past ? 'fue' : 'es'} una edición ${ofWhat}.`;
  const out = [
    first,
    `${past ? 'Participaron' : 'Participan'} ${f.teams} equipos${f.teamsFrom ? `, los clubes ${ofName(f.teamsFrom)}` : ''}.`,
  ];
  if (f.start && f.end)
    out.push(`El torneo comenzó el ${date(f.start)} y ${past ? 'terminó' : 'termina'} el ${date(f.end)}.`);
  if (f.champion) {
    const how =
      f.finalDecidedBy === 'penalties'
        ? ' en la tanda de penales'
        : f.finalDecidedBy === 'extra_time'
          ? ' en la prórroga'
          : '';
    const final = f.runnerUp ? `, tras vencer a ${f.runnerUp}${how} en la final` : '';
    out.push(`${f.champion} ganó el título${f.titleNote ? ` (${f.titleNote})` : ''}${final}.`);
  }
  return out;
}

export function esModus(fact: ModusFact): string {
  switch (fact.kind) {
    case 'groups': {
      if (fact.groups === 0)
        return `${fact.stage ? `${capital(inName(fact.stage))} no` : 'No'} están registrados los grupos ni sus equipos.`;
      const shape = fact.size
        ? `${count(fact.groups)} grupos de ${count(fact.size)}`
        : `${count(fact.groups)} grupos`;
      const each = fact.matchesPerTeam ? ` (${fact.matchesPerTeam} partidos cada uno)` : '';
      const teams = fact.teams !== undefined ? `${count(fact.teams)} equipos` : 'equipos';
      const knockout = fact.knockoutGroups.length
        ? `, excepto en ${list(fact.knockoutGroups.map(withArticle))}, que se juega por eliminación directa`
        : '';
      const meet =
        fact.rounds !== undefined
          ? `en cada grupo los equipos se enfrentan ${times(fact.rounds)}${each}${knockout}`
          : `no se indica cuántas veces se enfrentan los equipos de cada grupo (se supone: ${times(2)})${knockout}`;
      return `${fact.stage ? `${capital(inName(fact.stage))}, los` : 'Los'} ${teams} se dividen en ${shape}; ${meet}.`;
    }
    case 'league':
      return fact.rounds !== undefined
        ? `${fact.stage ? `${capital(inName(fact.stage))}, los` : 'Los'} ${count(fact.teams)} equipos se enfrentan ${times(fact.rounds)}, ${fact.matchesPerTeam} partidos cada uno.`
        : `${fact.stage ? `${capital(inName(fact.stage))}, los` : 'Los'} ${count(fact.teams)} equipos se enfrentan entre sí; no se indica cuántas veces (se supone: ${times(2)}).`;
    case 'seeding': {
      const teams = list(fact.seeded.map((s) => s.team));
      const groups =
        fact.seeded.length > 1
          ? `de los grupos ${list(fact.seeded.map((s) => s.group))} respectivamente`
          : `del grupo ${fact.seeded[0]!.group}`;
      return `${teams} ${fact.seeded.length > 1 ? 'fueron cabezas' : 'fue cabeza'} de serie ${groups}, y los ${count(fact.others)} equipos restantes se sortearon.`;
    }
    case 'points': {
      const points = `una victoria vale ${count(fact.win)} puntos, un empate ${count(fact.draw)}${fact.loss ? ` y una derrota ${count(fact.loss)}` : ''}`;
      return fact.assumed
        ? `No se indican los puntos por victoria, empate y derrota (se supone${preset(fact.assumed)}: ${points}).`
        : `${points[0]!.toUpperCase()}${points.slice(1)}.`;
    }
    case 'tiebreakers': {
      const criteria = list(fact.criteria.filter((c) => c !== 'points' && c !== 'playoff').map(esTiebreaker));
      const by = !criteria
        ? ''
        : fact.assumed
          ? `No se indica cómo se ordena a los equipos igualados a puntos (se supone${preset(fact.assumed)}: ${criteria}).`
          : fact.assumedAfter?.length
            ? `Los equipos igualados a puntos se ordenan por ${criteria}; no se indica qué decide después (se supone: ${list(fact.assumedAfter.map(esTiebreaker))}).`
            : `Los equipos igualados a puntos se ordenan por ${criteria}.`;
      const lines = (ps: readonly number[]) =>
        list(
          ps.map((p) =>
            p === 1 ? 'por el primer lugar' : `entre el ${ordinal(p)} y el ${ordinal(p + 1)} lugar`,
          ),
        );
      const playoff = fact.playoffFor.length
        ? ` Un empate a puntos ${lines(fact.playoffFor)} se resuelve con un partido de desempate.`
        : '';
      const assumedPlayoff = fact.playoffAssumed?.length
        ? ` No se indica si un empate a puntos ${lines(fact.playoffAssumed)} se resuelve con un partido de desempate (se supone que sí).`
        : '';
      return (by + playoff + assumedPlayoff).trim();
    }
    case 'advance':
      return fact.perGroup === 1
        ? `El primero de ${fact.groups ? 'cada grupo' : 'la tabla'} se clasifica para la fase «${fact.to}».`
        : `Los ${count(fact.perGroup)} primeros de ${fact.groups ? 'cada grupo' : 'la tabla'} se clasifican para la fase «${fact.to}».`;
    case 'knockout-round': {
      const between =
        fact.entrants.length && fact.entrants.every((e) => e.kind !== 'other')
          ? ` entre ${list(fact.entrants.map(entrant))}`
          : '';
      const where = fact.venue
        ? ` en ${fact.venue}`
        : fact.neutral
          ? ` en campo neutral${fact.venueChosenBy ? ` elegido por ${fact.venueChosenBy}` : ''}`
          : '';
      const settled = decision(fact.rules, fact.assumed);
      // Sin nada que decir de dónde ni entre quiénes, y sin los partidos indicados: solo lo que no se sabe.
      if (fact.assumed.includes('legs') && !between && !where)
        return `Para la fase «${fact.round}», ${settled[0]!.toLowerCase()}${settled.slice(1)}`;
      const legs = fact.assumed.includes('legs')
        ? ''
        : fact.rules.legs === 1
          ? ' a partido único'
          : ' a doble partido, ida y vuelta';
      return `La fase «${fact.round}» se juega${between}${legs}${where}. ${settled}`.trim();
    }
    case 'aggregate':
      // "del Torneo Apertura y el Torneo Clausura": the first name takes the contraction.
      return `Una tabla acumulada suma los resultados ${list(fact.stages.map((s, i) => (i ? withArticle(s) : ofName(s))))}.`;
    case 'qualification': {
      const as = fact.as ? ` como ${fact.as}` : '';
      const cond = fact.condition
        ? `, siempre que termine entre los ${count(fact.condition.positionAtMost)} primeros ${ofName(fact.condition.table)}`
        : '';
      return `El ${who(fact.who)} se clasifica ${toName(fact.to)}${as}${cond}.`;
    }
    case 'adjustment':
      return fact.parentFirstTeam
        ? `El ${who(fact.who)} da ${points(fact.points)} al primer equipo de su club ${inName(fact.target)}.`
        : `${plural(fact.who) ? 'Los' : 'El'} ${who(fact.who)} ${plural(fact.who) ? 'empiezan' : 'empieza'} ${withArticle(fact.target)} con ${points(fact.points)}.`;
    case 'promotion':
    case 'relegation': {
      const many = plural(fact.who);
      const verb =
        fact.kind === 'promotion' ? (many ? 'ascienden' : 'asciende') : many ? 'descienden' : 'desciende';
      return `${many ? 'Los' : 'El'} ${who(fact.who)} ${verb} ${toName(fact.to)}.`;
    }
    case 'age': {
      const older =
        fact.maxOlder === 0
          ? 'no se permiten jugadores mayores'
          : `cada equipo puede alinear como máximo ${count(fact.maxOlder)} jugador${fact.maxOlder > 1 ? 'es' : ''} mayor${fact.maxOlder > 1 ? 'es' : ''} por partido`;
      const limit = fact.olderBornOnOrAfter ? `, nacidos el ${date(fact.olderBornOnOrAfter)} o después` : '';
      return `Los jugadores deben haber nacido el ${date(fact.bornOnOrAfter)} o después; ${older}${limit}.`;
    }
    case 'foreign': {
      const pitch = fact.maxOnPitch !== undefined ? `${count(fact.maxOnPitch)} en el campo a la vez` : '';
      const squad = fact.maxInSquad !== undefined ? `${count(fact.maxInSquad)} en la convocatoria` : '';
      return `Como máximo pueden ser extranjeros (sin nacionalidad ${fact.nationality}) ${list([pitch, squad].filter(Boolean))}.`;
    }
    case 'squad-quota': {
      const band = (b: (typeof fact.bands)[number]) => {
        const born = [
          b.bornOnOrAfter ? `el ${date(b.bornOnOrAfter)} o después` : '',
          b.bornBefore ? `antes del ${date(b.bornBefore)}` : '',
        ]
          .filter(Boolean)
          .join(' y ');
        const n =
          b.min !== undefined && b.max !== undefined
            ? b.min === b.max
              ? `exactamente ${count(b.min)}`
              : `entre ${count(b.min)} y ${count(b.max)}`
            : b.min !== undefined
              ? `al menos ${count(b.min)}`
              : `como máximo ${count(b.max!)}`;
        const one = (b.max ?? b.min) === 1;
        return `${n} jugador${one ? '' : 'es'} nacido${one ? '' : 's'} ${born}${b.description ? ` (${b.description})` : ''}`;
      };
      return `Cada plantel tiene ${list(fact.bands.map(band))}.`;
    }
  }
}

const times = (rounds: number) =>
  rounds === 1
    ? 'una vez'
    : rounds === 2
      ? 'dos veces, en partidos de ida y vuelta'
      : `${count(rounds)} veces`;

/** ", según los criterios predefinidos adfp-2014" cuando una regla supuesta viene de uno. */
const preset = (a: Assumed) => (a.preset ? `, según los criterios predefinidos ${a.preset}` : '');

/**
 * Cómo se decide una llave, con las palabras de las reglas que la temporada indica; lo que no
 * indica se dice no indicado, con lo que Torneo supone.
 */
function decision(r: TieRules, assumed: readonly TieRuleField[]): string {
  const unstated = new Set(assumed);
  const stated = statedDecision(r, unstated);
  const guesses = assumedParts(r, unstated);
  return [stated, guesses.length ? `${notStated(r, unstated)} (se supone: ${list(guesses)}).` : '']
    .filter(Boolean)
    .join(' ');
}

function notStated(r: TieRules, unstated: ReadonlySet<TieRuleField>): string {
  if (unstated.has('legs')) return 'No se indica cuántos partidos se juegan ni cómo se decide un empate';
  return r.legs === 1
    ? 'No se indica qué ocurre si el marcador está igualado tras los 90 minutos'
    : 'No se indica cómo se decide un empate en el global';
}

function assumedParts(r: TieRules, unstated: ReadonlySet<TieRuleField>): string[] {
  const parts: string[] = [];
  if (unstated.has('legs')) parts.push(r.legs === 1 ? 'partido único' : 'ida y vuelta');
  if (r.aggregate === 'points') {
    if (unstated.has('aggregate')) parts.push('cada partido da puntos y no se usa la diferencia de goles');
    if (unstated.has('thirdMatch')) parts.push('un tercer partido en campo neutral con igualdad de puntos');
    return parts;
  }
  if (r.legs === 2 && unstated.has('awayGoals'))
    parts.push(r.awayGoals ? 'valen doble los goles de visitante' : 'sin goles de visitante');
  if (unstated.has('extraTime')) parts.push(r.extraTime ? 'prórroga' : 'sin prórroga');
  if (unstated.has('penalties')) parts.push(r.penalties ? 'penales' : 'sin penales');
  if (r.legs === 1 && unstated.has('replay') && r.replay) parts.push('un partido de repetición');
  return parts;
}

function statedDecision(r: TieRules, unstated: ReadonlySet<TieRuleField>): string {
  if (unstated.has('legs') || (r.aggregate === 'points' && unstated.has('aggregate'))) return '';
  if (r.aggregate === 'points') {
    if (unstated.has('thirdMatch')) return 'Cada partido da puntos y no se usa la diferencia de goles.';
    const third = [r.thirdMatch.extraTime ? 'prórroga' : '', r.thirdMatch.penalties ? 'penales' : ''].filter(
      Boolean,
    );
    return `Cada partido da puntos y no se usa la diferencia de goles; con igualdad de puntos tras los dos partidos se juega un tercero en campo neutral${third.length ? `, con ${list(third)} si hace falta` : ''}.`;
  }
  const extraTime = r.extraTime && !unstated.has('extraTime');
  const penalties = r.penalties && !unstated.has('penalties');
  const after = [
    extraTime ? 'se juega una prórroga' : '',
    penalties ? `${extraTime ? 'y, si persiste el empate, ' : ''}se lanzan penales` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (r.legs === 1) {
    if (r.replay && !unstated.has('replay'))
      return 'Si el marcador está igualado tras los 90 minutos, el partido se repite.';
    return after ? `Si el marcador está igualado tras los 90 minutos, ${after}.` : '';
  }
  const away =
    r.awayGoals && !unstated.has('awayGoals')
      ? '; con el global igualado, pasa el que marcó más goles de visitante'
      : '';
  return `Pasa el equipo con más goles en el global${away}${after ? `; si persiste el empate, ${after} al final del partido de vuelta` : ''}.`;
}

function entrant(e: EntrantWords): string {
  switch (e.kind) {
    case 'team':
      return e.name;
    case 'position':
      return e.position === 1
        ? `el primero ${ofName(e.of)}`
        : e.position === 2
          ? `el segundo ${ofName(e.of)}`
          : `el ${ordinal(e.position)} ${ofName(e.of)}`;
    case 'tie':
      return `el ${e.winner ? 'ganador' : 'perdedor'} ${ofName(e.of)}`;
    case 'other':
      return 'un clasificado';
  }
}

function who(w: PickWords): string {
  const of = w.of ? ` ${ofName(w.of)}` : '';
  const words = {
    champion: 'campeón',
    'runner-up': 'subcampeón',
    loser: 'perdedor',
    qualified: 'equipos clasificados',
  } as const;
  if (typeof w.pick === 'string') return `${words[w.pick]}${of}`;
  const ps = w.pick.positions;
  const overall = w.overall ? ' en la suma de los grupos' : '';
  if (ps.length === 1) {
    const p = ps[0]!;
    if (p === -1) return w.overall ? `equipo con menos puntos${overall}${of}` : `último${of}`;
    return p > 0 ? `${ordinal(p)}${overall}${of}` : `${ordinal(-p)} por la cola${overall}${of}`;
  }
  if (ps.every((p) => p < 0)) return `${count(ps.length)} últimos${overall}${of}`;
  return `equipos en los puestos ${list(ps.map((p) => ordinal(p)))}${overall}${of}`;
}

const points = (n: number) => `${signed(n)} punto${Math.abs(n) === 1 ? '' : 's'}`;

const plural = (w: PickWords) => typeof w.pick !== 'string' && w.pick.positions.length > 1;
