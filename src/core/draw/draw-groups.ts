import type { TeamId } from '../model/index.ts';
import { createRandom } from '../random/index.ts';
import { drawCounter, type DrawCounter } from './draw-counter.ts';
import { drawProblem, type DrawProblem } from './draw-problem.ts';
import type { DrawError, DrawOutcome, DrawSpec, DrawStep, PlacedDrawConstraint } from './draw-spec.ts';

/**
 * How the draw is made uniform — and why not otherwise.
 *
 * A ceremony draws a ball, then puts the team into the first group that keeps the draw
 * valid. That sequential rule is biased: outcomes reachable by fewer paths come up less
 * often (the 2014 World Cup draw's pot-moving and UEFA's computer-assisted draws are known
 * cases). Rejection sampling — draw a uniform assignment, start again while it breaks a rule —
 * is unbiased, but its cost grows with 1 / (share of valid assignments), which becomes
 * astronomical once several separation rules hold, and it cannot say what chance each ball had.
 *
 * So the draw counts. Balls still come out pot by pot in a seeded random order; each ball
 * goes to a group with probability (valid complete draws through that group) / (valid
 * complete draws from here), counted exactly by `drawCounter`. The product of these
 * probabilities telescopes to 1 / (number of valid outcomes): every valid outcome is equally
 * likely, whatever the ball order, and every step records the exact odds it was drawn with.
 */
export function drawGroups(spec: DrawSpec, seed: number): DrawOutcome {
  const built = drawProblem(spec);
  if (!built.ok) return { ok: false, seed, error: built.error };
  const problem = built.problem;
  const random = createRandom(seed);
  const order = problem.pots.flatMap((pot) => random.shuffle(pot));
  const limit = spec.stateLimit ?? 2_000_000;
  const counter = seededCounter(problem, order, new Set(problem.placed.keys()), limit);
  if (!counter) return { ok: false, seed, error: noValidDraw(problem, order, limit) };
  const total = counter.count(0);
  if (counter.overflow)
    return { ok: false, seed, error: { code: 'draw-too-large', path: [], states: counter.states } };
  if (total === 0n) return { ok: false, seed, error: noValidDraw(problem, order, limit) };

  const members: TeamId[][] = problem.groupIds.map(() => []);
  const steps: DrawStep[] = problem.seeded.map((s, i) => {
    (members[s.group] as TeamId[]).push(problem.teams[s.team] as TeamId);
    const group = problem.groupIds[s.group] as string;
    return {
      step: i + 1,
      pot: null,
      team: problem.teams[s.team] as TeamId,
      group,
      options: [{ group, outcomes: total.toString(), probability: 1 }],
    };
  });
  let remaining = total;
  order.forEach((t, i) => {
    const options: { group: number; outcomes: bigint }[] = [];
    for (let g = 0; g < problem.groupIds.length; g++) {
      if (!counter.canPlace(t, g)) continue;
      counter.place(t, g);
      const outcomes = counter.count(i + 1);
      counter.unplace(t, g);
      if (outcomes > 0n) options.push({ group: g, outcomes });
    }
    let ticket = random.nextBigInt(remaining);
    const chosen = options.find((o) => (ticket -= o.outcomes) < 0n) as { group: number; outcomes: bigint };
    counter.place(t, chosen.group);
    (members[chosen.group] as TeamId[]).push(problem.teams[t] as TeamId);
    steps.push({
      step: steps.length + 1,
      pot: problem.potNames[problem.potOf[t] as number] as string,
      team: problem.teams[t] as TeamId,
      group: problem.groupIds[chosen.group] as string,
      options: options.map((o) => ({
        group: problem.groupIds[o.group] as string,
        outcomes: o.outcomes.toString(),
        probability: Number(o.outcomes) / Number(remaining),
      })),
    });
    remaining = chosen.outcomes;
  });
  return {
    ok: true,
    draw: {
      seed,
      method: 'exact-counting',
      outcomes: total.toString(),
      groups: problem.groupIds.map((id, g) => ({ id, teams: members[g] as TeamId[] })),
      steps,
    },
  };
}

/** The number of valid outcomes of a draw (team-to-group assignments), exactly. */
export function countDraws(spec: DrawSpec): { ok: true; outcomes: bigint } | { ok: false; error: DrawError } {
  const built = drawProblem(spec);
  if (!built.ok) return built;
  const order = built.problem.pots.flat();
  const counter = seededCounter(
    built.problem,
    order,
    new Set(built.problem.placed.keys()),
    spec.stateLimit ?? 2_000_000,
  );
  if (!counter) return { ok: true, outcomes: 0n };
  const outcomes = counter.count(0);
  if (counter.overflow)
    return { ok: false, error: { code: 'draw-too-large', path: [], states: counter.states } };
  return { ok: true, outcomes };
}

/**
 * A counter with the active seeded placements made, or `undefined` when the placements
 * themselves break a rule. A seeded placement left out (while looking for the conflicting
 * rules) becomes a team drawn freely at the end.
 */
function seededCounter(
  problem: DrawProblem,
  order: readonly number[],
  active: ReadonlySet<number>,
  limit: number,
): DrawCounter | undefined {
  const loose = problem.seeded.filter((s) => !active.has(s.origin)).map((s) => s.team);
  const counter = drawCounter(problem, [...order, ...loose], active, limit);
  for (const s of problem.seeded) {
    if (!active.has(s.origin)) continue;
    if (!counter.canPlace(s.team, s.group)) return undefined;
    counter.place(s.team, s.group);
  }
  return counter;
}

/**
 * The deletion filter over every rule that can make a draw impossible (seeded placements,
 * each pot's even spread, declared constraints): what remains is an irreducible conflict.
 * A trial that outgrows the state limit counts as possible, so a rule is dropped only on proof.
 */
function noValidDraw(problem: DrawProblem, order: readonly number[], limit: number): DrawError {
  let kept = [...problem.placed.keys()];
  const possible = (active: ReadonlySet<number>) => {
    const counter = seededCounter(problem, order, active, limit);
    if (!counter) return false;
    const n = counter.count(0);
    return counter.overflow || n > 0n;
  };
  for (const origin of [...kept]) {
    const without = kept.filter((o) => o !== origin);
    if (!possible(new Set(without))) kept = without;
  }
  return {
    code: 'no-valid-draw',
    path: [],
    conflicts: kept.map((o) => problem.placed[o] as PlacedDrawConstraint),
  };
}
