import type { KnockoutRoundState, Qualifier, SlotOrigin, TieState } from './engine-types.ts';

const withOrigin = (q: Qualifier, origin: SlotOrigin | undefined): Qualifier =>
  origin ? { ...q, origin } : q;
import { tieCertainty } from './tie-certainty.ts';

/**
 * The first `count` teams out of a knockout: the final's winner, its loser, then the losers of
 * the round before (in tie order), and so on. Region IV of the 2014 Copa Perú sent its two
 * finalists on; the final only named the regional winner.
 */
export function knockoutQualifiers(
  rounds: readonly KnockoutRoundState[],
  count: number,
  where: string,
  at?: { readonly competition: string; readonly stage: string; readonly group?: string },
): Qualifier[] {
  const last = rounds.at(-1);
  const final = last?.ties.length === 1 ? last.ties[0] : undefined;
  const place = (position: number): SlotOrigin | undefined => at && { kind: 'position', ...at, position };
  const out: Qualifier[] = [
    withOrigin(tieSide(final, true, `${where} winner`), place(1)),
    withOrigin(tieSide(final, false, `${where} runner-up`), place(2)),
  ];
  for (let r = rounds.length - 2; r >= 0 && out.length < count; r--)
    for (const tie of rounds[r]!.ties) out.push(tieSide(tie, false, `${where} ${rounds[r]!.id} loser`));
  return out.slice(0, count);
}

/** The winner (or loser) of a tie, once decided; before, the slot says which tie it waits for. */
export function tieSide(tie: TieState | undefined, winner: boolean, slot?: string): Qualifier {
  const where = slot ?? `${winner ? 'winner' : 'loser'} of ${tie?.name ?? tie?.id ?? '?'}`;
  const origin: SlotOrigin = {
    kind: winner ? 'winner' : 'loser',
    tie: tie?.id ?? '?',
    ...(tie?.name !== undefined && { name: tie.name }),
  };
  if (tie?.outcome.status !== 'decided') return { certainty: 'unknown', slot: where, origin };
  return {
    origin,
    team: winner ? tie.outcome.winner : tie.outcome.loser,
    certainty: tieCertainty(tie.outcome),
    slot: where,
    ...(tie.outcome.source !== undefined && { source: tie.outcome.source }),
  };
}
