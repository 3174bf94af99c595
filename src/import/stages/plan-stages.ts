import { memoRoundFacts } from '../football-txt/heading.ts';
import type { ImportedMatch } from '../model/index.ts';

/**
 * The stages that a list of imported matches makes, read from their headings the way a person
 * reads them:
 *
 * - matches under a group heading (`Group A`) form a groups stage;
 * - matches under a knockout round heading (`Round of 16`, `Quarter-finals`, `Final`, `Match for
 *   third place`, `1/8 Finals`, `Play-offs`), or with legs, form a knockout stage, one round per
 *   heading (legs and replays belong to the round they replay);
 * - the rest is a league when its teams meet as a league's do (most pairs of teams meet), and a
 *   knockout with numbered rounds (a cup's `Round 3`, `Round 3, Replays`) when they do not. So a
 *   league that replayed one abandoned match (`Round 17, Replay`) stays a league.
 *
 * Matches are planned per section (`stage` heading); a section that holds groups and a knockout
 * (a World Cup) becomes two stages.
 */
export type StageFormat = 'league' | 'groups' | 'knockout';

export interface PlannedStage {
  /** The section heading the matches sat under, if any. */
  readonly section?: string;
  readonly name: string;
  readonly format: StageFormat;
  /** Knockout rounds in the order the source first lists them. */
  readonly rounds: readonly string[];
  readonly matches: readonly ImportedMatch[];
  /** Where each of `matches` sits in the list given to planStages. */
  readonly positions: readonly number[];
  /** For a knockout, the round of each of `matches` (legs and replays under their round's name). */
  readonly matchRounds: readonly string[];
}

export interface Placement {
  readonly stage: PlannedStage;
  /** The knockout round the match belongs to (legs and replays under their round's name). */
  readonly round?: string;
}

const NAMED_KNOCKOUT =
  /\b(?:Finals?|Semi-?finals?|Quarter-?finals?|Round of \d+|Last \d+|1\/\d+|Eighth-?finals?|Third[ -]place|third place|Play-?offs?|Knockout|Knock-?out)\b/i;

export function planStages(matches: readonly ImportedMatch[]): {
  readonly stages: readonly PlannedStage[];
  readonly placement: (m: ImportedMatch) => Placement | undefined;
} {
  const factsOf = memoRoundFacts();
  // Positions, not matches, are what the lists hold: keying maps by 200,000 match objects costs
  // more than the whole plan.
  const sections = new Map<string, number[]>();
  matches.forEach((m, i) => {
    const key = m.stage ?? '';
    const list = sections.get(key);
    if (list) list.push(i);
    else sections.set(key, [i]);
  });
  const stages: PlannedStage[] = [];
  const roundOf = (m: ImportedMatch): string => (m.round ? factsOf(m.round).tieRound || m.round : 'Round');
  const at = (list: readonly number[]) => list.map((i) => matches[i]!);

  for (const [section, list] of sections) {
    const grouped = list.filter((i) => matches[i]!.group !== undefined);
    const rest = list.filter((i) => matches[i]!.group === undefined);
    const isNamed = (i: number) => {
      const m = matches[i]!;
      return m.leg !== undefined || (m.round !== undefined && NAMED_KNOCKOUT.test(roundOf(m)));
    };
    const named = rest.filter(isNamed);
    const other = rest.filter((i) => !isNamed(i));
    const otherIsLeague = other.length > 0 && looksLikeLeague(at(other));
    const knockout = otherIsLeague ? named : [...other, ...named];
    const league = otherIsLeague ? other : [];
    const parts = [
      grouped.length > 0 && { format: 'groups' as const, positions: grouped, label: 'Group stage' },
      league.length > 0 && { format: 'league' as const, positions: league, label: 'League' },
      knockout.length > 0 && { format: 'knockout' as const, positions: knockout, label: 'Knockout stage' },
    ].filter((p) => p !== false);
    for (const p of parts) {
      const name =
        parts.length === 1
          ? section || (p.format === 'league' ? 'Season' : p.label)
          : [section, p.label].filter(Boolean).join(' / ');
      const stageMatches = at(p.positions);
      const matchRounds = p.format === 'knockout' ? stageMatches.map(roundOf) : [];
      stages.push({
        ...(section && { section }),
        name,
        format: p.format,
        rounds: [...new Set(matchRounds)],
        matches: stageMatches,
        positions: p.positions,
        matchRounds,
      });
    }
  }
  let placed: Map<ImportedMatch, Placement> | undefined;
  const placement = (m: ImportedMatch): Placement | undefined => {
    if (!placed) {
      placed = new Map();
      for (const stage of stages)
        stage.matches.forEach((x, i) =>
          placed!.set(x, { stage, ...(stage.format === 'knockout' && { round: stage.matchRounds[i]! }) }),
        );
    }
    return placed.get(m);
  };
  return { stages, placement };
}

/**
 * In a league a team that loses plays on; in a cup it is out. So the matches are walked in date
 * order, and a team that lost and then plays someone other than the team it lost to (a second
 * leg or a replay is the same pair) marks a league. When nobody has lost yet (a first matchday,
 * fixtures only), most pairs of a league meet and most pairs of a cup never do.
 */
function looksLikeLeague(matches: readonly ImportedMatch[]): boolean {
  // Sources list matches by date almost always: sort only when they do not.
  const dateOf = (m: ImportedMatch) => m.date ?? '';
  let sorted = true;
  for (let i = 1; sorted && i < matches.length; i++) sorted = dateOf(matches[i - 1]!) <= dateOf(matches[i]!);
  const byDate = sorted
    ? matches
    : [...matches].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
  const lostTo = new Map<string, string>();
  let playsOn = 0;
  let losses = 0;
  for (let i = 0; i < byDate.length;) {
    const day = byDate[i]!.date;
    let j = i;
    for (; j < byDate.length && byDate[j]!.date === day; j++) {
      const m = byDate[j]!;
      if (
        (lostTo.has(m.home) && lostTo.get(m.home) !== m.away) ||
        (lostTo.has(m.away) && lostTo.get(m.away) !== m.home)
      )
        playsOn++;
    }
    // Enough teams have played on after a defeat: no later match can undo that.
    if (playsOn * 20 >= matches.length) return true;
    for (; i < j; i++) {
      const m = byDate[i]!;
      const loser = loserOf(m);
      if (loser === undefined) continue;
      losses++;
      lostTo.set(loser === 'home' ? m.home : m.away, loser === 'home' ? m.away : m.home);
    }
  }
  if (losses > 0 && playsOn > 0) return playsOn * 20 >= matches.length;
  const teams = new Set<string>();
  const pairs = new Set<string>();
  for (const m of matches) {
    teams.add(m.home).add(m.away);
    pairs.add(m.home < m.away ? `${m.home}\u0000${m.away}` : `${m.away}\u0000${m.home}`);
  }
  const n = teams.size;
  return losses === 0 && n > 2 && pairs.size * 4 >= n * (n - 1);
}

function loserOf(m: ImportedMatch): 'home' | 'away' | undefined {
  if (m.status === 'awarded' && m.awardedTo) return m.awardedTo === 'home' ? 'away' : 'home';
  const r = m.result;
  if (m.status !== 'played' || !r) return undefined;
  const f = r.penalties ?? r.extraTime ?? r.fullTime;
  return f.home > f.away ? 'away' : f.away > f.home ? 'home' : undefined;
}
