import type { TieRules } from '../../../core/knockout/index.ts';
import type { EntrantWords, ModusFact, PickWords } from '../modus-facts.ts';
import type { LeadFacts } from './article-text.ts';
import {
  enCount as count,
  enDate as date,
  enList as list,
  enOrdinal as ordinal,
  enSigned as signed,
  enTiebreaker,
} from './en-words.ts';

const COUNTRY: Readonly<Record<string, string>> = {
  PER: 'Peruvian',
  ARG: 'Argentine',
  BOL: 'Bolivian',
  BRA: 'Brazilian',
  CHI: 'Chilean',
  COL: 'Colombian',
  ECU: 'Ecuadorian',
  PAR: 'Paraguayan',
  URU: 'Uruguayan',
  VEN: 'Venezuelan',
  MEX: 'Mexican',
  USA: 'American',
  ENG: 'English',
  ESP: 'Spanish',
  GER: 'German',
  ITA: 'Italian',
  FRA: 'French',
  NED: 'Dutch',
  POR: 'Portuguese',
  SCO: 'Scottish',
};

const KIND: Readonly<Record<LeadFacts['kind'], string>> = {
  league: 'league',
  cup: 'domestic cup',
  promotion: 'promotion tournament',
  reserves: 'reserve-team tournament',
  playoff: 'play-off',
};

/** The lead: what the competition is, who took part, when, and who won. */
export function enLead(f: LeadFacts): string[] {
  const past = f.finished;
  const sponsor = f.sponsorTitle ? ` (also known as the ${f.sponsorTitle} for sponsorship reasons)` : '';
  const what = `${f.country && COUNTRY[f.country] ? `${COUNTRY[f.country]} ` : ''}${f.kind === 'league' && f.level === 1 ? 'top-flight league' : KIND[f.kind]}`;
  const first = f.edition
    ? `The ${f.title}${sponsor} ${past ? 'was' : 'is'} the ${ordinal(f.edition)} season of the ${what}.`
    : `The ${f.title}${sponsor} ${past ? 'was' : 'is'} a season of the ${what}.`;
  const out = [
    first,
    `A total of ${f.teams} teams ${past ? 'competed' : 'compete'} in the tournament${f.teamsFrom ? `, the clubs of the ${f.teamsFrom}` : ''}.`,
  ];
  if (f.start && f.end)
    out.push(`The ${f.name} began on ${date(f.start)} and ${past ? 'ended' : 'ends'} on ${date(f.end)}.`);
  if (f.champion) {
    const how =
      f.finalDecidedBy === 'penalties'
        ? ' on penalties'
        : f.finalDecidedBy === 'extra_time'
          ? ' after extra time'
          : '';
    const final = f.runnerUp ? `, beating ${f.runnerUp}${how} in the final` : '';
    out.push(`${f.champion} won the title${f.titleNote ? ` (${f.titleNote})` : ''}${final}.`);
  }
  return out;
}

export function enModus(fact: ModusFact): string {
  switch (fact.kind) {
    case 'groups': {
      const shape = fact.size
        ? `${count(fact.groups)} groups of ${count(fact.size)}`
        : `${count(fact.groups)} groups`;
      const each = fact.matchesPerTeam ? ` (${fact.matchesPerTeam} matches each)` : '';
      const teams = fact.teams !== undefined ? `${count(fact.teams)} teams` : 'teams';
      const knockout = fact.knockoutGroups.length
        ? `, except ${list(fact.knockoutGroups)}, played as a knockout`
        : '';
      return `${fact.stage ? `In the ${fact.stage}, the` : 'The'} ${teams} are divided into ${shape}; in each group the teams play each other ${times(fact.rounds)}${each}${knockout}.`;
    }
    case 'league':
      return `${fact.stage ? `In the ${fact.stage}, the` : 'The'} ${count(fact.teams)} teams play each other ${times(fact.rounds)}, ${fact.matchesPerTeam} matches each.`;
    case 'seeding': {
      const teams = list(fact.seeded.map((s) => s.team));
      const groups =
        fact.seeded.length > 1
          ? `groups ${list(fact.seeded.map((s) => s.group))} respectively`
          : `group ${fact.seeded[0]!.group}`;
      return `${teams} ${fact.seeded.length > 1 ? 'were' : 'was'} seeded into ${groups}, and the remaining ${count(fact.others)} teams were drawn at random.`;
    }
    case 'points':
      return `A win is worth ${count(fact.win)} points, a draw ${count(fact.draw)}${fact.loss ? ` and a defeat ${count(fact.loss)}` : ''}.`;
    case 'tiebreakers': {
      const criteria = fact.criteria.filter((c) => c !== 'points' && c !== 'playoff');
      const by = criteria.length
        ? `Teams level on points are separated by ${list(criteria.map(enTiebreaker))}.`
        : '';
      const playoff = fact.playoffFor.length
        ? ` A tie on points ${list(fact.playoffFor.map((p) => (p === 1 ? 'for first place' : `across the line between ${ordinal(p)} and ${ordinal(p + 1)} place`)))} is settled by a play-off match instead.`
        : '';
      return (by + playoff).trim();
    }
    case 'advance':
      return fact.perGroup === 1
        ? `The winner of ${fact.groups ? 'each group' : 'the table'} qualifies for the ${fact.to}.`
        : `The top ${count(fact.perGroup)} of ${fact.groups ? 'each group' : 'the table'} qualify for the ${fact.to}.`;
    case 'knockout-round': {
      const between =
        fact.entrants.length && fact.entrants.every((e) => e.kind !== 'other')
          ? ` between ${list(fact.entrants.map(entrant))}`
          : '';
      const where = fact.venue
        ? ` at ${fact.venue}`
        : fact.neutral
          ? ` on neutral ground${fact.venueChosenBy ? ` chosen by the ${fact.venueChosenBy}` : ''}`
          : '';
      const legs = fact.rules.legs === 1 ? 'as a single match' : 'over two legs, home and away';
      return `The ${fact.round} is played${between} ${legs}${where}. ${decision(fact.rules)}`;
    }
    case 'aggregate':
      return `An aggregate table adds up the results of the ${list(fact.stages)}.`;
    case 'qualification': {
      const as = fact.as ? ` as ${fact.as}` : '';
      const cond = fact.condition
        ? `, provided it finishes in the top ${count(fact.condition.positionAtMost)} of the ${fact.condition.table}`
        : '';
      return `The ${who(fact.who)} qualifies for the ${fact.to}${as}${cond}.`;
    }
    case 'adjustment':
      return fact.parentFirstTeam
        ? `The ${who(fact.who)} gives its club's first team ${points(fact.points)} in the ${fact.target}.`
        : `The ${who(fact.who)} ${plural(fact.who) ? 'start' : 'starts'} the ${fact.target} with ${points(fact.points)}.`;
    case 'promotion':
    case 'relegation':
      return `The ${who(fact.who)} ${plural(fact.who) ? 'are' : 'is'} ${fact.kind === 'promotion' ? 'promoted' : 'relegated'} to the ${fact.to}.`;
    case 'age': {
      const older =
        fact.maxOlder === 0
          ? 'no older players are allowed'
          : `each team may field at most ${count(fact.maxOlder)} older player${fact.maxOlder > 1 ? 's' : ''} per match`;
      const limit = fact.olderBornOnOrAfter ? `, born on or after ${date(fact.olderBornOnOrAfter)}` : '';
      return `Players must be born on or after ${date(fact.bornOnOrAfter)}; ${older}${limit}.`;
    }
    case 'foreign': {
      const pitch = fact.maxOnPitch !== undefined ? `${count(fact.maxOnPitch)} on the pitch at one time` : '';
      const squad = fact.maxInSquad !== undefined ? `${count(fact.maxInSquad)} in the match squad` : '';
      return `At most ${list([pitch, squad].filter(Boolean))} may be foreign players (not of ${fact.nationality} nationality).`;
    }
    case 'squad-quota': {
      const band = (b: (typeof fact.bands)[number]) => {
        const born = [
          b.bornOnOrAfter ? `on or after ${date(b.bornOnOrAfter)}` : '',
          b.bornBefore ? `before ${date(b.bornBefore)}` : '',
        ]
          .filter(Boolean)
          .join(' and ');
        const n =
          b.min !== undefined && b.max !== undefined
            ? b.min === b.max
              ? `exactly ${count(b.min)}`
              : `${count(b.min)} to ${count(b.max)}`
            : b.min !== undefined
              ? `at least ${count(b.min)}`
              : `at most ${count(b.max!)}`;
        return `${n} player${(b.max ?? b.min) === 1 ? '' : 's'} born ${born}${b.description ? ` (${b.description})` : ''}`;
      };
      return `Each squad has ${list(fact.bands.map(band))}.`;
    }
  }
}

const times = (rounds: number) =>
  rounds === 1 ? 'once' : rounds === 2 ? 'twice, home and away' : `${count(rounds)} times`;

function decision(r: TieRules): string {
  if (r.aggregate === 'points') {
    const third = [
      r.thirdMatch.extraTime ? 'extra time' : '',
      r.thirdMatch.penalties ? 'penalties' : '',
    ].filter(Boolean);
    return `Each leg gives points and goal difference is not used; level on points after both legs, a third match is played on neutral ground${third.length ? `, with ${list(third)} if needed` : ''}.`;
  }
  const after = [
    r.extraTime ? 'extra time is played' : '',
    r.penalties ? `${r.extraTime ? 'then ' : ''}a penalty shoot-out decides` : '',
  ]
    .filter(Boolean)
    .join(', and ');
  if (r.legs === 1) {
    if (r.replay) return 'If the score is level after 90 minutes, the match is replayed.';
    return after ? `If the score is level after 90 minutes, ${after}.` : '';
  }
  const away = r.awayGoals ? '; level on aggregate, the team with more away goals goes through' : '';
  return `The team with more goals over the two legs goes through${away}${after ? `; if still level, ${after} at the end of the second leg` : ''}.`;
}

function entrant(e: EntrantWords): string {
  switch (e.kind) {
    case 'team':
      return e.name;
    case 'position': {
      const of = e.group ? e.of : `the ${e.of}`;
      return e.position === 1
        ? `the winner of ${of}`
        : e.position === 2
          ? `the runner-up of ${of}`
          : `the ${ordinal(e.position)}-placed team of ${of}`;
    }
    case 'tie':
      return `the ${e.winner ? 'winner' : 'loser'} of ${e.of}`;
    case 'other':
      return 'a qualifier';
  }
}

function who(w: PickWords): string {
  const of = w.of ? ` of the ${w.of}` : '';
  if (typeof w.pick === 'string') return `${w.pick === 'qualified' ? 'qualified teams' : w.pick}${of}`;
  const ps = w.pick.positions;
  const overall = w.overall ? ' over all groups' : '';
  if (ps.length === 1) {
    const p = ps[0]!;
    if (p === -1) return w.overall ? `team with the fewest points${overall}${of}` : `last-placed team${of}`;
    return p > 0
      ? `team in ${ordinal(p)} place${overall}${of}`
      : `team ${ordinal(-p)} from bottom${overall}${of}`;
  }
  if (ps.every((p) => p < 0)) return `${count(ps.length)} lowest-placed teams${overall}${of}`;
  return `teams placed ${list(ps.map((p) => ordinal(p)))}${overall}${of}`;
}

const points = (n: number) => `${signed(n)} point${Math.abs(n) === 1 ? '' : 's'}`;

const plural = (w: PickWords) => typeof w.pick !== 'string' && w.pick.positions.length > 1;
