import type { FixtureConstraint, FixtureError, PlacedConstraint } from '../core/fixtures/index.ts';

/** One constraint in words: what it asks and where it was declared. */
export function describeConstraint({ path, constraint: c }: PlacedConstraint): string {
  const where = path.join('.');
  return `${describe(c)} (${where})`;
}

function describe(c: FixtureConstraint): string {
  switch (c.kind) {
    case 'shared-venue':
      return `${c.teams.join(', ')} share ${c.venue}`;
    case 'fixed-pairing':
      return `${c.teams[0]} v ${c.teams[1]} in round ${c.round}${c.home ? `, ${c.home} at home` : ''}`;
    case 'forbidden-pairing':
      return `${c.teams[0]} and ${c.teams[1]} not to meet in round${c.rounds.length > 1 ? 's' : ''} ${c.rounds.join(', ')}`;
    case 'venue-unavailable':
      return `${c.venue} unavailable on ${c.dates.join(', ')}`;
    case 'min-rest':
      return `at least ${c.days} days of rest between matches`;
  }
}

/** A fixture error in English, for the CLI, the web pages and the HTTP API's `message`. */
export function fixtureErrorMessage(error: FixtureError): string {
  switch (error.code) {
    case 'too-few-teams':
      return `A round robin needs at least two teams; ${error.path.join('.')} has ${error.teams}.`;
    case 'duplicate-team':
      return `${error.team} is entered twice (${error.path.join('.')}).`;
    case 'unknown-team':
      return `${error.team} (${error.path.join('.')}) is not in the competition.`;
    case 'round-out-of-range':
      return `Round ${error.round} (${error.path.join('.')}) does not exist: the fixture list has ${error.rounds} rounds.`;
    case 'calendar-required':
      return `The constraint at ${error.path.join('.')} is about dates, but no calendar was given.`;
    case 'too-few-dates':
      return `The calendar lists ${error.dates} dates for ${error.rounds} rounds.`;
    case 'invalid-date':
      return `${error.value} (${error.path.join('.')}) is not a YYYY-MM-DD date.`;
    case 'search-limit':
      return `No fixture list was found within ${error.nodes} tries; the constraints may be too tight.`;
    case 'no-date-for-match':
      return (
        `Round ${error.round}, ${error.home} v ${error.away}: no day is left — ` +
        error.blocked.map((b) => `${b.date} ${b.by.replace(/-/g, ' ')}`).join('; ') +
        '.'
      );
    case 'unsatisfiable': {
      const list = error.conflicts.map(describeConstraint).join('; ');
      switch (error.reason.kind) {
        case 'venue-overbooked':
          return (
            `${error.reason.teams.length} clubs share ${error.reason.venue} (${error.reason.teams.join(', ')}), but a ` +
            `round robin's home-and-away patterns come in complementary pairs: only two clubs can share a ground ` +
            `without being at home on the same day. Conflict: ${list}.`
          );
        case 'teams-in-different-groups':
          return `${error.reason.teams.join(' and ')} are in different groups and never meet. Conflict: ${list}.`;
        case 'rest-between-rounds':
          return `Rounds ${error.reason.rounds.join(' and ')} leave only ${error.reason.days} days of rest. Conflict: ${list}.`;
        case 'combination':
          return `These constraints cannot all hold (drop any one and the others can): ${list}.`;
      }
    }
  }
}
