import type { Certainty, LinkStatus } from './engine-types.ts';

/**
 * What a link did, from who it names, how certain they are and its condition: nobody named yet is
 * pending (or unknown when nothing can name them); a failed condition stops it; otherwise it is
 * recorded or applied once its teams are, and pending until then. The engine and the compiled
 * simulation both settle links with this, so a run and the engine cannot disagree.
 */
export function linkStatus(
  teams: number,
  certainty: Certainty,
  condition: { readonly failed: boolean; readonly undecided: boolean },
): LinkStatus {
  if (teams === 0) return certainty === 'unknown' ? 'unknown' : 'pending';
  if (condition.failed) return 'condition-failed';
  if (condition.undecided) return 'pending';
  return certainty === 'recorded' ? 'recorded' : certainty === 'derived' ? 'applied' : 'pending';
}
