import type { TieRuleField } from '../../../core/engine/index.ts';
import type { TieRules } from '../../../core/knockout/index.ts';
import type { Assumed, EntrantWords, ModusFact, PickWords } from '../modus-facts.ts';
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
      if (fact.groups === 0)
        return `${fact.stage ? `In the ${fact.stage}, the` : 'The'} groups and their teams are not recorded.`;
      const shape = fact.size
        ? `${count(fact.groups)} groups of ${count(fact.size)}`
        : `${count(fact.groups)} groups`;
      const each = fact.matchesPerTeam ? ` (${fact.matchesPerTeam} matches each)` : '';
      const teams = fact.teams !== undefined ? `${count(fact.teams)} teams` : 'teams';
      const knockout = fact.knockoutGroups.length
        ? `, except ${list(fact.knockoutGroups)}, played as a knockout`
        : '';
      const meet =
        fact.rounds !== undefined
          ? `in each group the teams play each other ${times(fact.rounds)}${each}${knockout}`
          : `how many times the teams of a group meet is not stated (assumed: ${times(2)})${knockout}`;
      return `${fact.stage ? `In the ${fact.stage}, the` : 'The'} ${teams} are divided into ${shape}; ${meet}.`;
    }
    case 'league':
      return fact.rounds !== undefined
        ? `${fact.stage ? `In the ${fact.stage}, the` : 'The'} ${count(fact.teams)} teams play each other ${times(fact.rounds)}, ${fact.matchesPerTeam} matches each.`
        : `${fact.stage ? `In the ${fact.stage}, the` : 'The'} ${count(fact.teams)} teams play each other; how many times is not stated (assumed: ${times(2)}).`;
    case 'seeding': {
      const teams = list(fact.seeded.map((s) => s.team));
      const groups =
        fact.seeded.length > 1
          ? `groups ${list(fact.seeded.map((s) => s.group))} respectively`
          : `group ${fact.seeded[0]!.group}`;
      return `${teams} ${fact.seeded.length > 1 ? 'were' : 'was'} seeded into ${groups}, and the remaining ${count(fact.others)} teams were drawn at random.`;
    }
    case 'points': {
      const points = `a win is worth ${count(fact.win)} points, a draw ${count(fact.draw)}${fact.loss ? ` and a defeat ${count(fact.loss)}` : ''}`;
      return fact.assumed
        ? `The points for a win, a draw and a defeat are not stated (assumed${preset(fact.assumed)}: ${points}).`
        : `${points[0]!.toUpperCase()}${points.slice(1)}.`;
    }
    case 'tiebreakers': {
      const criteria = list(fact.criteria.filter((c) => c !== 'points' && c !== 'playoff').map(enTiebreaker));
      const by = !criteria
        ? ''
        : fact.assumed
          ? `How teams level on points are separated is not stated (assumed${preset(fact.assumed)}: ${criteria}).`
          : fact.assumedAfter?.length
            ? `Teams level on points are separated by ${criteria}; what decides after that is not stated (assumed: ${list(fact.assumedAfter.map(enTiebreaker))}).`
            : `Teams level on points are separated by ${criteria}.`;
      const lines = (ps: readonly number[]) =>
        list(
          ps.map((p) =>
            p === 1 ? 'for first place' : `across the line between ${ordinal(p)} and ${ordinal(p + 1)} place`,
          ),
        );
      const playoff = fact.playoffFor.length
        ? ` A tie on points ${lines(fact.playoffFor)} is settled by a play-off match instead.`
        : '';
      const assumedPlayoff = fact.playoffAssumed?.length
        ? ` Whether a tie on points ${lines(fact.playoffAssumed)} is played off is not stated (assumed: it is).`
        : '';
      return (by + playoff + assumedPlayoff).trim();
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
      const settled = decision(fact.rules, fact.assumed);
      // Nothing to say of where and between whom, and the legs not stated: only what is not known.
      if (fact.assumed.includes('legs') && !between && !where)
        return `For the ${fact.round}, ${settled[0]!.toLowerCase()}${settled.slice(1)}`;
      const legs = fact.assumed.includes('legs')
        ? ''
        : fact.rules.legs === 1
          ? ' as a single match'
          : ' over two legs, home and away';
      return `The ${fact.round} is played${between}${legs}${where}. ${settled}`.trim();
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

/** " (the adfp-2014 preset)" when an assumed rule comes from a named preset. */
const preset = (a: Assumed) => (a.preset ? `, from the ${a.preset} preset` : '');

/**
 * How a tie is settled, in the words of the rules the season states; what it does not state is
 * said to be not stated, with what Torneo assumes.
 */
function decision(r: TieRules, assumed: readonly TieRuleField[]): string {
  const unstated = new Set(assumed);
  const stated = statedDecision(r, unstated);
  const guesses = assumedParts(r, unstated);
  return [stated, guesses.length ? `${notStated(r, unstated)} (assumed: ${list(guesses)}).` : '']
    .filter(Boolean)
    .join(' ');
}

/** What is not stated, as a question the rules leave open. */
function notStated(r: TieRules, unstated: ReadonlySet<TieRuleField>): string {
  if (unstated.has('legs')) return 'How many legs are played and how a level tie is settled are not stated';
  return r.legs === 1
    ? 'What happens when the score is level after 90 minutes is not stated'
    : 'How a tie level on aggregate is settled is not stated';
}

/** The assumed answers in words: "a single match", "extra time", "no penalty shoot-out". */
function assumedParts(r: TieRules, unstated: ReadonlySet<TieRuleField>): string[] {
  const parts: string[] = [];
  if (unstated.has('legs')) parts.push(r.legs === 1 ? 'a single match' : 'two legs, home and away');
  if (r.aggregate === 'points') {
    if (unstated.has('aggregate')) parts.push('each leg gives points, goal difference is not used');
    if (unstated.has('thirdMatch')) parts.push('a third match on neutral ground when level on points');
    return parts;
  }
  if (r.legs === 2 && unstated.has('awayGoals'))
    parts.push(r.awayGoals ? 'away goals count double' : 'no away goals rule');
  if (unstated.has('extraTime')) parts.push(r.extraTime ? 'extra time' : 'no extra time');
  if (unstated.has('penalties')) parts.push(r.penalties ? 'a penalty shoot-out' : 'no penalty shoot-out');
  if (r.legs === 1 && unstated.has('replay') && r.replay) parts.push('a replay');
  return parts;
}

/** The stated part of how a tie is settled (empty when nothing of it is stated). */
function statedDecision(r: TieRules, unstated: ReadonlySet<TieRuleField>): string {
  if (unstated.has('legs') || (r.aggregate === 'points' && unstated.has('aggregate'))) return '';
  if (r.aggregate === 'points') {
    if (unstated.has('thirdMatch')) return 'Each leg gives points and goal difference is not used.';
    const third = [
      r.thirdMatch.extraTime ? 'extra time' : '',
      r.thirdMatch.penalties ? 'penalties' : '',
    ].filter(Boolean);
    return `Each leg gives points and goal difference is not used; level on points after both legs, a third match is played on neutral ground${third.length ? `, with ${list(third)} if needed` : ''}.`;
  }
  const extraTime = r.extraTime && !unstated.has('extraTime');
  const penalties = r.penalties && !unstated.has('penalties');
  const after = [
    extraTime ? 'extra time is played' : '',
    penalties ? `${extraTime ? 'then ' : ''}a penalty shoot-out decides` : '',
  ]
    .filter(Boolean)
    .join(', and ');
  if (r.legs === 1) {
    if (r.replay && !unstated.has('replay'))
      return 'If the score is level after 90 minutes, the match is replayed.';
    return after ? `If the score is level after 90 minutes, ${after}.` : '';
  }
  const away =
    r.awayGoals && !unstated.has('awayGoals')
      ? '; level on aggregate, the team with more away goals goes through'
      : '';
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
