import type { CompetitionDoc, ExclusionDoc, KnockoutRoundDoc, StageDoc } from '../definition/index.ts';
import { resolveTie, type TieFact } from '../knockout/index.ts';
import { teamId, type Match } from '../model/index.ts';
import type { KnockoutRoundState, TieState } from './engine-types.ts';
import { tieRulesFor } from './resolve-rules.ts';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A match belongs to a round when its `round` names the round (by id or name), or the stage has one round. */
export function inRound(m: Match, round: KnockoutRoundDoc, rounds: number): boolean {
  if (rounds === 1) return true;
  return (
    m.round !== undefined && (m.round === round.id || slug(m.round) === round.id || m.round === round.name)
  );
}

/** Ties of a round: declared pairings, or the matches grouped by tie id or by the pair of teams. */
export function buildRound(
  comp: CompetitionDoc,
  stage: StageDoc & { format: 'knockout' },
  round: KnockoutRoundDoc,
  matches: readonly Match[],
  exclusions: readonly ExclusionDoc[],
): KnockoutRoundState {
  const rules = tieRulesFor(comp, stage, round);
  const mine = matches.filter((m) => inRound(m, round, stage.rounds.length));
  const groups = new Map<string, Match[]>();
  for (const m of mine) {
    const key = m.tie ?? [m.home, m.away].sort().join('~');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const ties: TieState[] = [...groups.entries()].map(([id, ms]) => ({
    id,
    round: round.id,
    matches: ms,
    rules,
    outcome: resolveTie(ms, rules, tieFacts(id, ms, exclusions)),
  }));
  for (const ex of exclusions) {
    if (ex.scope !== 'tie' || !ex.tie || groups.has(ex.tie) || !belongsToRound(ex, round, stage)) continue;
    ties.push({
      id: ex.tie,
      round: round.id,
      matches: [],
      rules,
      outcome: { status: 'pending', awaiting: 'first_leg' },
    });
  }
  return { id: round.id, name: round.name, ties };
}

const belongsToRound = (ex: ExclusionDoc, round: KnockoutRoundDoc, stage: StageDoc) =>
  ex.stage === stage.id && ex.tie?.startsWith(round.id) === true;

function tieFacts(id: string, ms: readonly Match[], exclusions: readonly ExclusionDoc[]): TieFact[] {
  const teams = new Set(ms.flatMap((m) => [m.home, m.away]));
  const facts: TieFact[] = ms
    .filter((m) => m.reportedWinner)
    .map((m) => ({ kind: 'recorded_winner' as const, winner: m.reportedWinner!, source: `match ${m.id}` }));
  for (const ex of exclusions) {
    const applies =
      (ex.scope === 'tie' && ex.tie === id) || (ex.scope === 'match' && ms.some((m) => m.id === ex.match));
    if (applies && teams.has(teamId(ex.team)))
      facts.push({
        kind: 'exclusion',
        team: teamId(ex.team),
        reason: ex.reason,
        ...(ex.sources?.length ? { source: ex.sources.join(', ') } : {}),
      });
  }
  return facts;
}
