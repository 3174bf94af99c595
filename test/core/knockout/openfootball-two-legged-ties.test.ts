// Golden test over real data: every two-legged tie in the openfootball UEFA club competitions
// (2011/12–2025/26) and CONMEBOL Libertadores / Sudamericana (2012–2025) files, resolved under
// that competition's rules of that year, must give the club that actually played the next round:
// the one of the two that appears in a later round of the same file (for a qualifying file,
// `clq.txt`, also in the main competition's file, `cl.txt`). Data from ../shared/data (CC0, see
// its README); skipped when that folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { resolveTie, TIE_RULE_PRESETS } from '../../../src/core/knockout/index.ts';
import type { TieOutcome, TieRulePresetId } from '../../../src/core/knockout/index.ts';
import type { Match, MatchResult, TeamId } from '../../../src/core/model/index.ts';
import { isoDate, matchId, teamId } from '../../../src/core/model/index.ts';
import { parseFootballTxt } from '../../../src/import/football-txt/parse-football-txt.ts';
import type { ImportedMatch } from '../../../src/import/model/index.ts';
import { CONMEBOL_TWO_LEGGED_FINAL_WINNERS } from '../../fixtures/conmebol-two-legged-finals.ts';
import type { DataErrorKind } from './openfootball-known-data-errors.ts';
import { KNOWN_DATA_ERRORS } from './openfootball-known-data-errors.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const UEFA = 'openfootball-champions-league';
const CONMEBOL = join('openfootball-south-america', 'copa-libertadores');
const dataPresent = existsSync(join(DATA, UEFA)) && existsSync(join(DATA, CONMEBOL));
const SKIP =
  '../shared/data not found: the openfootball champions-league and south-america folders are needed';

/** Every UEFA season folder's files and the Libertadores (`copal`) / Sudamericana (`copas`) files. */
function sourceFiles(): string[] {
  const uefa = readdirSync(join(DATA, UEFA))
    .filter((d) => /^\d{4}-\d{2}$/.test(d))
    .flatMap((d) => readdirSync(join(DATA, UEFA, d)).map((f) => join(UEFA, d, f)));
  const conmebol = readdirSync(join(DATA, CONMEBOL)).map((f) => join(CONMEBOL, f));
  return [...uefa, ...conmebol].filter((f) => /(\d{4}-\d{2}\/\w+|\d{4}_copa[ls])\.txt$/.test(f)).sort();
}

const isFinal = (round: string): boolean => /(^|,\s*)Final$/i.test(round.trim());

/**
 * The rules of the competition in that year and round.
 * - UEFA: away goals, also in extra time, until 2020/21; abolished from 2021/22.
 * - CONMEBOL: from 2005 to 2021 away goals, then penalties straight after 90 minutes; the
 *   two-legged finals (until 2018) without away goals, with extra time; from 2022 no away goals.
 */
function rulesFor(file: string, round: string): TieRulePresetId {
  const uefaSeason = /(\d{4})-\d{2}\//.exec(file);
  if (uefaSeason) return Number(uefaSeason[1]) <= 2020 ? 'uefa-pre-2021' : 'uefa-2021';
  if (isFinal(round)) return 'conmebol-two-legged-final';
  return Number(/(\d{4})_copa/.exec(file)?.[1]) >= 2022
    ? 'conmebol-no-extra-time'
    : 'conmebol-away-goals-no-extra-time';
}

const teamOf = (name: string, country: string | undefined): TeamId =>
  teamId(country === undefined ? name : `${name} (${country})`);

function toMatch(m: ImportedMatch, file: string): Match {
  const home = teamOf(m.home, m.homeCountry);
  const away = teamOf(m.away, m.awayCountry);
  return {
    id: matchId(`${file}:${m.line}`),
    home,
    away,
    status: m.status,
    ...(m.result && { result: m.result }),
    ...(m.round && { round: m.round }),
    ...(m.tie && { tie: m.tie }),
    ...(m.leg !== undefined && { leg: m.leg }),
    ...(m.date && { date: isoDate(m.date) }),
    ...(m.awardedTo && { awardedTo: m.awardedTo === 'home' ? home : away }),
  };
}

interface Read {
  readonly line: number;
  readonly match: Match;
}

const readFile = (file: string): Read[] =>
  parseFootballTxt(readFileSync(join(DATA, file), 'utf8'), { file }).matches.map((m) => ({
    line: m.line,
    match: toMatch(m, file),
  }));

interface RealTie {
  readonly file: string;
  readonly key: string;
  readonly round: string;
  readonly preset: TieRulePresetId;
  readonly matches: readonly Match[];
  /** The tie's teams that play in a later round. */
  readonly advanced: readonly TeamId[];
  /** A team is still `N.N.`: the tie is not drawn yet. */
  readonly undrawn: boolean;
}

function tiesOf(file: string): RealTie[] {
  const read = readFile(file);
  // Qualifying winners play on in the main competition: clq.txt → cl.txt, elq → el, confq → conf.
  const mainFile = file.replace(/q\.txt$/, '.txt');
  const afterwards = mainFile !== file && existsSync(join(DATA, mainFile)) ? readFile(mainFile) : [];
  const byTie = new Map<string, Read[]>();
  for (const r of read) {
    if (r.match.tie === undefined || r.match.leg === undefined) continue;
    byTie.set(r.match.tie, [...(byTie.get(r.match.tie) ?? []), r]);
  }
  return [...byTie].flatMap(([tie, legs]) => {
    if (legs.length !== 2) return [];
    const lastLine = Math.max(...legs.map((l) => l.line));
    const rounds = new Set(legs.map((l) => l.match.round));
    const later = [...read.filter((r) => r.line > lastLine && !rounds.has(r.match.round)), ...afterwards];
    const teams = [legs[0]!.match.home, legs[0]!.match.away];
    const round = legs[0]!.match.round ?? '';
    return [
      {
        file,
        key: `${file.replace(/^.*?\//, '')} ${tie}`,
        round,
        preset: rulesFor(file, round),
        matches: legs.map((l) => l.match),
        advanced: teams.filter((t) => later.some((r) => r.match.home === t || r.match.away === t)),
        undrawn: teams.some((t) => t.startsWith('N.N.')),
      },
    ];
  });
}

const describe = (o: TieOutcome): string =>
  o.status === 'decided'
    ? `${o.winner} (${o.decidedBy})`
    : o.status === 'pending'
      ? `pending, awaiting ${o.awaiting}`
      : `inconsistent: ${o.reason}`;

/** The mechanical correction of a known data error, applied to the leg that carries it. */
function corrected(matches: readonly Match[], kind: DataErrorKind): readonly Match[] | undefined {
  const fix = (r: MatchResult): MatchResult => {
    if (r.extraTime === undefined) return r;
    const { extraTime, ...rest } = r;
    return kind === 'shootout_written_as_aet' ? { ...rest, penalties: extraTime } : rest;
  };
  switch (kind) {
    case 'aet_repeats_ninety':
    case 'aet_repeats_shootout':
    case 'shootout_written_as_aet':
      return matches.map((m) => (m.result ? { ...m, result: fix(m.result) } : m));
    case 'shootout_missing':
    case 'wrong_score':
    case 'team_mislabelled':
      return undefined;
  }
}

const allTies = dataPresent ? sourceFiles().flatMap(tiesOf) : [];

test('every two-legged tie in the openfootball UEFA and CONMEBOL files goes to the club that played the next round', (t) => {
  if (!dataPresent) return t.skip(SKIP);
  let checked = 0;
  const noLaterRound: string[] = [];
  const undrawn: string[] = [];
  const mismatches = new Map<string, string>();
  const decidedBy = new Map<string, number>();
  for (const tie of allTies) {
    if (tie.undrawn) {
      undrawn.push(tie.key);
      continue;
    }
    const [advanced, ...others] = tie.advanced;
    const outcome = resolveTie(tie.matches, TIE_RULE_PRESETS[tie.preset]);
    if (others.length > 0) {
      mismatches.set(tie.key, `both teams play on (resolved ${describe(outcome)})`);
      continue;
    }
    if (advanced === undefined) {
      noLaterRound.push(tie.key);
      continue;
    }
    checked++;
    if (outcome.status === 'decided')
      decidedBy.set(outcome.decidedBy, (decidedBy.get(outcome.decidedBy) ?? 0) + 1);
    if (outcome.status !== 'decided' || outcome.winner !== advanced) {
      mismatches.set(
        tie.key,
        `${tie.preset}: resolved ${describe(outcome)}, but ${advanced} played the next round`,
      );
    }
  }
  t.diagnostic(`${allTies.length} two-legged ties read; ${checked} checked against the next round`);
  t.diagnostic(`decided by: ${[...decidedBy].map(([by, n]) => `${by} ${n}`).join(', ')}`);
  t.diagnostic(
    `${noLaterRound.length} with no later round in the files (finals, last qualifying rounds): ${noLaterRound.join('; ')}`,
  );
  t.diagnostic(`${undrawn.length} not drawn yet (N.N.); ${mismatches.size} known data errors`);

  const unexplained = [...mismatches]
    .filter(([key]) => !KNOWN_DATA_ERRORS.has(key))
    .map(([k, why]) => `${k} — ${why}`);
  assert.deepEqual(unexplained, [], 'ties that resolve to another club than the one that played on');
  const stale = [...KNOWN_DATA_ERRORS.keys()].filter((key) => !mismatches.has(key));
  assert.deepEqual(stale, [], 'allow-listed data errors that no longer occur');
  assert.ok(checked > 1500, `only ${checked} ties checked: the reader or the tie grouping lost some`);
});

test('a known data error corrected the way its kind says resolves to the club that played on', (t) => {
  if (!dataPresent) return t.skip(SKIP);
  let corrections = 0;
  for (const tie of allTies) {
    const known = KNOWN_DATA_ERRORS.get(tie.key);
    const fixed = known && corrected(tie.matches, known.kind);
    const [advanced, ...others] = tie.advanced;
    if (fixed === undefined || advanced === undefined || others.length > 0) continue;
    corrections++;
    const outcome = resolveTie(fixed, TIE_RULE_PRESETS[tie.preset]);
    assert.equal(
      outcome.status === 'decided' && outcome.winner,
      advanced,
      `${tie.key}: ${describe(outcome)}`,
    );
  }
  t.diagnostic(`${corrections} corrected ties checked`);
  assert.ok(corrections >= 18);
});

test('the two-legged CONMEBOL finals 2012–2018 go to the clubs that won the cup', (t) => {
  if (!dataPresent) return t.skip(SKIP);
  const finals = allTies.filter((tie) => tie.file.includes('_copa') && isFinal(tie.round));
  const winners = new Map(
    finals.map((tie) => [
      tie.file.replace(/^.*\//, ''),
      resolveTie(tie.matches, TIE_RULE_PRESETS[tie.preset]),
    ]),
  );
  for (const [file, champion] of CONMEBOL_TWO_LEGGED_FINAL_WINNERS) {
    const outcome = winners.get(file);
    assert.ok(outcome, `${file}: no two-legged final read`);
    assert.equal(outcome.status === 'decided' && outcome.winner, champion, `${file}: ${describe(outcome)}`);
  }
  assert.equal(winners.size, CONMEBOL_TWO_LEGGED_FINAL_WINNERS.size);
});
