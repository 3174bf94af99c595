import type { CardDoc, GoalDoc, MatchFactDoc, SeasonDoc } from '../definition/index.ts';
import {
  competitionId,
  groupId,
  isoDate,
  matchId,
  personId,
  stageId,
  teamId,
  venueId,
  type Card,
  type CardCounts,
  type Goal,
  type Match,
  type MatchResult,
  type MatchStatus,
  type ShootoutKick,
  type Side,
} from '../model/index.ts';
import { shootoutFromSides } from '../shootout/shootout.ts';
import { matchIdOf } from './match-id.ts';
import { PeopleResolver } from './people-resolver.ts';

/** Turns the season's match facts into the engine's matches, once. */
export function seasonMatches(doc: SeasonDoc): Match[] {
  const people = new PeopleResolver(doc.people);
  return doc.matches.map((m) => toMatch(m, people));
}

export function toMatch(m: MatchFactDoc, people: PeopleResolver): Match {
  const status: MatchStatus = m.status ?? (m.score ? 'played' : 'scheduled');
  const shootout = m.shootout ? kicks(m, people) : undefined;
  const result = resultOf(m, shootout);
  const goals = m.goals
    ? (['home', 'away'] as const).flatMap((side) => m.goals![side].map((g) => goal(g, side, people)))
    : undefined;
  const bookings = m.cards
    ? (['home', 'away'] as const).flatMap((side) => m.cards![side].map((c) => card(c, side, people)))
    : undefined;
  return {
    id: matchId(matchIdOf(m)),
    competition: competitionId(m.competition),
    stage: stageId(m.stage),
    ...(m.group ? { group: groupId(m.group) } : {}),
    ...(m.round ? { round: m.round } : {}),
    ...(m.tie ? { tie: m.tie } : {}),
    ...(m.leg ? { leg: m.leg } : {}),
    ...(m.playoff ? { playoff: true } : {}),
    ...(m.date ? { date: isoDate(m.date) } : {}),
    ...(m.time ? { time: m.time } : {}),
    home: teamId(m.home),
    away: teamId(m.away),
    ...(m.venue ? { venue: venueId(m.venue) } : {}),
    ...(m.neutral !== undefined ? { neutral: m.neutral } : {}),
    status,
    ...(result ? { result } : {}),
    ...(m.awardedTo ? { awardedTo: teamId(m.awardedTo) } : {}),
    ...(m.winner ? { reportedWinner: teamId(m.winner) } : {}),
    ...(bookings ? { bookings, cards: cardCounts(bookings) } : {}),
    ...(goals ? { goals } : {}),
    ...(shootout ? { shootout } : {}),
    ...(m.referee ? { referee: m.referee } : {}),
    ...(m.attendance !== undefined ? { attendance: m.attendance } : {}),
  };
}

function resultOf(m: MatchFactDoc, shootout: readonly ShootoutKick[] | undefined): MatchResult | undefined {
  if (!m.score) return undefined;
  const derived =
    shootout && m.shootout
      ? shootoutFromSides(m.shootout.home, m.shootout.away, m.shootout.first)
      : undefined;
  const penalties = m.penalties ?? (derived && derived.status === 'decided' ? derived.score : undefined);
  return {
    fullTime: m.score,
    ...(m.halfTime ? { halfTime: m.halfTime } : {}),
    ...(m.extraTime ? { extraTime: m.extraTime } : {}),
    ...(penalties ? { penalties } : {}),
  };
}

const named = (text: string, people: PeopleResolver) => {
  const id = people.resolve(text);
  return id ? { player: personId(id) } : { name: text };
};

function goal(g: GoalDoc, side: Side, people: PeopleResolver): Goal {
  const kind = g.kind === 'own-goal' ? 'own_goal' : g.kind;
  return { side, ...named(g.player, people), ...(g.minute ? { minute: g.minute } : {}), kind };
}

function card(c: CardDoc, side: Side, people: PeopleResolver): Card {
  const kind = c.card === 'second-yellow' ? 'second_yellow' : c.card;
  return { side, ...named(c.player, people), ...(c.minute ? { minute: c.minute } : {}), card: kind };
}

function kicks(m: MatchFactDoc, people: PeopleResolver): ShootoutKick[] {
  const verdict = shootoutFromSides(m.shootout!.home, m.shootout!.away, m.shootout!.first);
  if (verdict.status === 'invalid') return [];
  return verdict.kicks.map((k) => ({
    side: k.side,
    outcome: k.outcome,
    ...(k.player ? named(k.player, people) : {}),
  }));
}

/**
 * Card counts per side for fair play. A player with a yellow and then a straight red counts as
 * `yellowRed` (FIFA weight −5), not as a yellow plus a red; a second yellow (−3) absorbs the first.
 */
function cardCounts(cards: readonly Card[]): { home: CardCounts; away: CardCounts } {
  const count = (side: Side): CardCounts => {
    const mine = cards.filter((c) => c.side === side);
    const key = (c: Card) => c.player ?? c.name ?? '';
    const reds = mine.filter((c) => c.card === 'red');
    const hadYellow = (r: Card) =>
      key(r) !== '' && mine.some((c) => c.card === 'yellow' && key(c) === key(r));
    const yellowThenRed = reds.filter(hadYellow);
    // FIFA counts a sent-off player once: the first yellow is part of the −3 or −5, not an extra −1.
    const secondYellowsWithFirst = mine.filter((c) => c.card === 'second_yellow' && hadYellow(c)).length;
    return {
      yellow: mine.filter((c) => c.card === 'yellow').length - yellowThenRed.length - secondYellowsWithFirst,
      secondYellow: mine.filter((c) => c.card === 'second_yellow').length,
      red: reds.length - yellowThenRed.length,
      yellowRed: yellowThenRed.length,
    };
  };
  return { home: count('home'), away: count('away') };
}
