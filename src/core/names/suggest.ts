/**
 * "Did you mean …?" for near-miss names: compares without case and diacritics first, then by
 * edit distance, so `Universidad San Martin` finds `Universidad San Martín`.
 */
export const foldName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate, when it is close enough to be a plausible typo. */
export function suggest(input: string, candidateList: Iterable<string>): string | undefined {
  // Read once: the caller may hand over a one-shot iterator such as `map.keys()`.
  const candidates = [...candidateList];
  const folded = foldName(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const fc = foldName(c);
    if (fc === folded) return c;
    const d = editDistance(folded, fc);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(folded.length / 4));
  if (bestScore <= limit) return best;
  // An abbreviation ("goal_diff", "Univ San Martin") is a prefix of just one candidate.
  const prefixed = candidates.filter((c) => folded.length >= 3 && foldName(c).startsWith(folded));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
