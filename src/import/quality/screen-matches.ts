import type { DataIssueCode, ImportedMatch, ImportResult, Refusal, RefusalReason } from '../model/index.ts';
import { foldName } from '../../core/names/suggest.ts';
import { formatScore } from '../../core/model/index.ts';
import { planStages } from '../stages/plan-stages.ts';

/**
 * What every reading path checks before a match is counted anywhere (import, `table --results`,
 * `bracket --results`), so that a wrong number never passes in silence. A match is refused, with
 * its line and reason, when
 *
 * - a team plays itself;
 * - it repeats an earlier line exactly (the same day, teams, score and round);
 * - the same two teams already meet on that day in another line;
 * - its score cannot be (a level shoot-out, an a.e.t. score below the 90-minute one, a half-time
 *   score above the full-time one, a shoot-out or extra time after a match already won);
 * - it has a shoot-out but is a league or group match;
 * - a team name looks like scorers or a date (`Smith 36'`, `(Jones`, `Aug 12`, `2024-05-19`).
 *
 * Fixtures whose teams are not known yet (`N.N. v N.N.`) are set aside and counted as ignored.
 *
 * Pure: the result in, the result with those matches moved to `refused` out.
 */
const IMPOSSIBLE: ReadonlySet<DataIssueCode> = new Set([
  'shootout_level',
  'extra_time_below_full_time',
  'half_time_above_full_time',
  'shootout_after_decided_match',
  'extra_time_after_decided_match',
]);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const NOT_A_NAME = [
  { re: /\d{1,3}\s*(?:\+\s*\d{1,2}\s*)?['’′]/, why: 'a minute mark' },
  { re: /[[\]{};]|\((?!\d{4}(?:[-–]\d{2,4})?\)|[A-Z]{2,4}\))|^[^(]*\)/, why: 'a bracket or a semicolon' },
  { re: new RegExp(`^${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}$`, 'i'), why: 'a date' },
  { re: /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/, why: 'a date' },
  { re: /^\d+(?:[.,]\d+)?$/, why: 'only a number' },
];

export function screenMatches(result: ImportResult): ImportResult {
  const refused: Refusal[] = [];
  const bad = new Map<ImportedMatch, true>();
  const refuse = (m: ImportedMatch, reason: RefusalReason, detail: string): void => {
    if (bad.has(m)) return;
    bad.set(m, true);
    refused.push({
      ...((m.file ?? result.file) && { file: m.file ?? result.file }),
      line: m.line,
      text: `${m.home} v ${m.away}`,
      reason,
      detail,
    });
  };

  const impossible = result.issues.filter((i) => IMPOSSIBLE.has(i.code));
  const byLine = new Map(impossible.length ? result.matches.map((m) => [m.line, m]) : []);
  for (const i of impossible) {
    const m = byLine.get(i.line);
    if (m) refuse(m, 'impossible_score', i.message);
  }
  let placeholders = 0;
  const exact = new Map<string, ImportedMatch>();
  const daily = new Map<string, ImportedMatch>();
  // Names repeat thousands of times in a long file: each is folded and looked at once.
  const names = new Map<string, { folded: string; notAName?: string }>();
  const nameOf = (name: string) => {
    let n = names.get(name);
    if (!n) {
      const look = NOT_A_NAME.find((x) => x.re.test(name));
      names.set(name, (n = { folded: foldName(name), ...(look && { notAName: look.why }) }));
    }
    return n;
  };
  for (const m of result.matches) {
    if (!m.result && (PLACEHOLDER.test(m.home) || PLACEHOLDER.test(m.away))) {
      bad.set(m, true);
      placeholders++;
      continue;
    }
    const h = nameOf(m.home);
    const a = nameOf(m.away);
    const home = h.folded;
    const away = a.folded;
    if (home === away && home !== '') refuse(m, 'team_plays_itself', `${m.home} cannot play itself`);
    for (const [name, n] of [
      [m.home, h],
      [m.away, a],
    ] as const)
      if (n.notAName)
        refuse(m, 'not_a_team_name', `"${name}" holds ${n.notAName}: scorers or a date read as a team`);
    if (!m.date) continue;
    const scope = `${m.competition ?? ''}\u0001${m.season ?? ''}\u0001${m.date}`;
    const key = `${scope}\u0001${home}\u0001${away}\u0001${m.round ?? ''}\u0001${m.status}\u0001${scoreKey(m)}`;
    const twin = exact.get(key);
    if (twin) {
      refuse(m, 'duplicate_match', `the same match as line ${twin.line}`);
      continue;
    }
    exact.set(key, m);
    if (!COUNTED.has(m.status)) continue;
    const pair = `${scope}\u0001${home < away ? `${home}\u0001${away}` : `${away}\u0001${home}`}`;
    const other = daily.get(pair);
    if (other)
      refuse(
        m,
        'same_pair_same_day',
        `${m.home} and ${m.away} already meet on ${m.date} (line ${other.line})`,
      );
    else daily.set(pair, m);
  }
  refuseLeagueShootouts(result.matches, refuse);
  if (bad.size === 0) return result;
  return {
    ...result,
    matches: result.matches.filter((m) => !bad.has(m)),
    refused: [...result.refused, ...refused].sort((a, b) => a.line - b.line),
    ...(placeholders > 0 && {
      ignored: { ...result.ignored, placeholder: (result.ignored?.placeholder ?? 0) + placeholders },
    }),
  };
}

const COUNTED = new Set(['played', 'awarded']);
/** A team not known yet: `N.N.` (nomen nescio), `TBD`, `TBA`, `?`. */
const PLACEHOLDER = /^(?:N\.?\s?N\.?|TBD|TBA|\?+|-+)$/i;

function scoreKey(m: ImportedMatch): string {
  const r = m.result;
  if (!r) return '';
  return [r.fullTime, r.extraTime, r.penalties].map((s) => (s ? formatScore(s, '-') : '')).join('/');
}

/** Only the competitions that hold a shoot-out are planned: the check costs nothing elsewhere. */
function refuseLeagueShootouts(
  matches: readonly ImportedMatch[],
  refuse: (m: ImportedMatch, reason: RefusalReason, detail: string) => void,
): void {
  const scopeOf = (m: ImportedMatch) => `${m.competition ?? ''}\u0001${m.season ?? ''}`;
  const withShootout = new Set(matches.filter((m) => m.result?.penalties).map(scopeOf));
  if (withShootout.size === 0) return;
  const scopes = new Map<string, ImportedMatch[]>();
  for (const m of matches) {
    const scope = scopeOf(m);
    if (!withShootout.has(scope)) continue;
    const list = scopes.get(scope);
    if (list) list.push(m);
    else scopes.set(scope, [m]);
  }
  for (const list of scopes.values()) {
    const plan = planStages(list);
    for (const s of plan.stages) {
      if (s.format === 'knockout') continue;
      for (const m of s.matches)
        if (m.result?.penalties)
          refuse(
            m,
            'shootout_in_league',
            `a shoot-out (${formatScore(m.result.penalties, '-')}) on a ${s.format === 'groups' ? 'group' : 'league'} match; only a knockout tie has one`,
          );
    }
  }
}
