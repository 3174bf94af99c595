import type { ImportedMatch } from '../model/index.ts';
import { memoRoundFacts } from '../football-txt/heading.ts';

/**
 * Finds two-legged ties: in a knockout round, a match and its reverse fixture (home and away
 * swapped) are the two legs of one tie, in date order; a third meeting is leg 3. Headings that
 * name the leg (`First Legs`, `Second Legs`) win over the order. In competitions that replay
 * drawn ties (the FA Cup), the reverse fixture is a replay, not a second leg.
 *
 * Matches that were never completed (abandoned, void, annulled, cancelled) are not legs.
 */
export interface TieOptions {
  readonly replaysNotLegs?: boolean;
}

const COMPLETED = new Set(['played', 'awarded', 'scheduled', 'postponed']);

export function assignTies(matches: readonly ImportedMatch[], options: TieOptions = {}): ImportedMatch[] {
  const roundFacts = memoRoundFacts();
  const groups = new Map<string, number[]>();
  matches.forEach((m, i) => {
    const heading = m.round ?? m.stage;
    if (!heading || !COMPLETED.has(m.status)) return;
    const facts = roundFacts(heading);
    if (!facts.knockout) return;
    const pair = [m.home, m.away].sort().join('\u0000');
    const key = [m.competition ?? '', m.season ?? '', m.stage ?? '', facts.tieRound, pair].join('\u0001');
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });

  const out = [...matches];
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const ordered = [...indexes].sort((a, b) => {
      const da = matches[a]!.date ?? '';
      const db = matches[b]!.date ?? '';
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    const first = matches[ordered[0]!]!;
    const reversed = ordered.slice(1).some((i) => matches[i]!.home === first.away);
    if (!reversed) continue;
    const tie = `${roundFacts(first.round ?? first.stage!).tieRound}: ${first.home} v ${first.away}`;
    // A heading that says "Replay", or a competition that replays drawn ties: no legs at all.
    const replays = options.replaysNotLegs === true || ordered.some((i) => matches[i]!.replay === true);
    ordered.forEach((i, n) => {
      const { leg, ...m } = matches[i]!;
      out[i] = replays ? { ...m, tie, ...(n > 0 && { replay: true }) } : { ...m, tie, leg: leg ?? n + 1 };
    });
  }
  return out;
}
