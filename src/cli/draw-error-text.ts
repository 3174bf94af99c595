import type { DrawError, PlacedDrawConstraint } from '../core/draw/index.ts';

/** Whether the draw fills groups or knockout ties: the words a rule is said in. */
export type DrawUnit = 'group' | 'tie';

/** A draw's refusal in words; an impossible draw names the rules that cannot all hold. */
export function describeDrawError(e: DrawError, unit: DrawUnit, name: (team: string) => string): string {
  const at = e.path.join('.');
  switch (e.code) {
    case 'no-valid-draw':
      return `no outcome satisfies all of these rules together: ${e.conflicts.map((c) => describeRule(c, unit, name)).join('; ')}`;
    case 'sizes-mismatch':
      return unit === 'tie'
        ? `${e.teams} teams cannot be paired into ties with the byes declared (${e.places} would play)`
        : `${e.teams} teams for ${e.places} places`;
    case 'group-overfull':
      return `${unit} ${e.group} gets more placed teams than places`;
    case 'draw-too-large':
      return `too many possible draws to count exactly (${e.states} states)`;
    case 'unknown-group':
      return `unknown ${unit} '${e.group}' at ${at}`;
    case 'unknown-team':
    case 'duplicate-team':
    case 'team-not-drawn':
      return `${e.code.replace(/-/g, ' ')} '${e.team}' at ${at}`;
  }
}

function describeRule(p: PlacedDrawConstraint, unit: DrawUnit, name: (team: string) => string): string {
  const c = p.constraint;
  switch (c.kind) {
    case 'seeded':
      return `${name(c.team)} placed in ${unit} ${c.group}`;
    case 'pot-spread':
      return unit === 'tie' ? `${c.pot} spread over the ties` : `${c.pot} spread evenly over the groups`;
    case 'separate':
      return (c.max ?? 1) === 1
        ? `teams of the same ${c.by} kept apart`
        : `at most ${c.max} teams of the same ${c.by} per ${unit}`;
    case 'category-limit':
      return `at most ${c.max} ${c.category} teams per ${unit}`;
    case 'apart':
      return `${c.teams.map(name).join(', ')} kept apart`;
  }
}
