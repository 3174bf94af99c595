import type { DrawError, PlacedDrawConstraint } from '../core/draw/index.ts';

function describe({ path, constraint: c }: PlacedDrawConstraint): string {
  const where = path.join('.');
  switch (c.kind) {
    case 'seeded':
      return `${c.team} seeded into group ${c.group} (${where})`;
    case 'pot-spread':
      return `${c.pot} spread evenly over the groups (${where})`;
    case 'separate':
      return `at most ${c.max ?? 1} per group from the same ${c.by} (${where})`;
    case 'category-limit':
      return `at most ${c.max} ${c.category} per group (${where})`;
    case 'apart':
      return `${c.teams.join(', ')} in different groups (${where})`;
  }
}

/** A draw error in English, for the CLI, the web pages and the HTTP API's `message`. */
export function drawErrorMessage(error: DrawError): string {
  const at = error.path.join('.');
  switch (error.code) {
    case 'unknown-team':
      return `${error.team} (${at}) is not among the draw's teams.`;
    case 'unknown-group':
      return `There is no group ${error.group} (${at}).`;
    case 'duplicate-team':
      return `${error.team} appears twice (${at}).`;
    case 'team-not-drawn':
      return `${error.team} is neither seeded nor in a pot.`;
    case 'sizes-mismatch':
      return `The groups have ${error.places} places for ${error.teams} teams.`;
    case 'group-overfull':
      return `Group ${error.group} has more seeded teams than places (${at}).`;
    case 'draw-too-large':
      return `The draw has too many intermediate states to count exactly (${error.states}).`;
    case 'no-valid-draw':
      return `No draw can satisfy all of these together (drop any one and a draw exists): ${error.conflicts.map(describe).join('; ')}.`;
  }
}
