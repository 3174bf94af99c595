import type { IsoDate, MatchResult, MatchStatus, Score, Side } from '../../core/model/index.ts';
import { finalScore, isoDate } from '../../core/model/index.ts';
import { roundFacts, splitTitle } from '../football-txt/heading.ts';
import type { ImportResult, ImportedMatch, Refusal } from '../model/index.ts';
import { checkMatches } from '../quality/check-matches.ts';
import { splitTeamCountry } from '../team-country.ts';
import { assignTies } from '../ties/assign-ties.ts';

/**
 * Reads openfootball's football.json: `{ name, matches: [{ round, date, time, team1, team2,
 * score: { ht, ft, et, p }, status?, stage?, group? }] }`. `score.ft` is the score after 90
 * minutes, `score.et` the cumulative score after extra time, `score.p` the shoot-out. The older
 * layout (`rounds: [{ name, matches }]` with `score1`, `score2`, `score1i`, `score1et`,
 * `score1p`, and teams as `{ name, code }`) is read as well.
 */
export interface FootballJsonOptions {
  readonly file?: string;
  readonly asOf?: IsoDate;
}

type Json = Record<string, unknown>;

const STATUS: Record<string, MatchStatus> = {
  awarded: 'awarded',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  postponed: 'postponed',
  abandoned: 'abandoned',
  annulled: 'annulled',
  void: 'void',
  voided: 'void',
  scheduled: 'scheduled',
  played: 'played',
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isGoals = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function pair(v: unknown): Score | undefined | 'invalid' {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v) && v.length === 2 && isGoals(v[0]) && isGoals(v[1])) return { home: v[0], away: v[1] };
  return 'invalid';
}

function legacyPair(m: Json, suffix: string): Score | undefined | 'invalid' {
  const h = m[`score1${suffix}`];
  const a = m[`score2${suffix}`];
  if ((h === undefined || h === null) && (a === undefined || a === null)) return undefined;
  return isGoals(h) && isGoals(a) ? { home: h, away: a } : 'invalid';
}

function teamName(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (isObject(v) && typeof v.name === 'string') return v.code ? `${v.name} (${String(v.code)})` : v.name;
  return undefined;
}

/** Line of every `"team1"` key, in order: one per match, so each match can name its line. */
function matchLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (;;) {
    const at = text.indexOf('"team1"', from);
    if (at < 0) return lines;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    lines.push(line);
    from = at + 7;
  }
}

type Read = { match: ImportedMatch } | { error: string };

function readMatch(m: unknown, line: number, round: string | undefined, file?: string): Read {
  if (!isObject(m)) return { error: 'a match must be an object' };
  const home = teamName(m.team1);
  const away = teamName(m.team2);
  if (!home || !away) return { error: 'team1 and team2 must be names' };
  const date = m.date;
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
    return { error: `date must be YYYY-MM-DD, got ${JSON.stringify(date)}` };
  }
  const s = isObject(m.score) ? m.score : {};
  const ft = pair(s.ft) ?? legacyPair(m, '');
  const ht = pair(s.ht) ?? legacyPair(m, 'i');
  const et = pair(s.et) ?? legacyPair(m, 'et');
  const p = pair(s.p) ?? legacyPair(m, 'p');
  if ([ft, ht, et, p].includes('invalid'))
    return { error: 'scores must be pairs of whole numbers, e.g. [2, 1]' };
  const statusText = typeof m.status === 'string' ? m.status.toLowerCase() : undefined;
  const stated = statusText === undefined ? undefined : STATUS[statusText];
  if (statusText !== undefined && !stated) return { error: `unknown status "${String(m.status)}"` };
  const fullTime = (ft ?? et) as Score | undefined;
  const result: MatchResult | undefined = fullTime && {
    fullTime,
    ...(ht && { halfTime: ht as Score }),
    ...(et && { extraTime: et as Score }),
    ...(p && { penalties: p as Score }),
  };
  const status: MatchStatus = stated ?? (result ? 'played' : 'scheduled');
  const h = splitTeamCountry(home);
  const a = splitTeamCountry(away);
  const roundName = typeof m.round === 'string' ? m.round : round;
  const facts = roundName ? roundFacts(roundName) : undefined;
  const group = typeof m.group === 'string' ? m.group.replace(/^(?:Group|Gruppe)\s+/i, '') : facts?.group;
  let awardedTo: Side | undefined;
  if (status === 'awarded' && result) {
    const f = finalScore(result);
    awardedTo = f.home > f.away ? 'home' : f.away > f.home ? 'away' : undefined;
  }
  return {
    match: {
      line,
      ...(file && { file }),
      ...(typeof m.stage === 'string' && { stage: m.stage }),
      ...(roundName && { round: roundName }),
      ...(group && { group }),
      ...(facts?.matchday !== undefined && { matchday: facts.matchday }),
      ...(typeof date === 'string' && { date: isoDate(date) }),
      ...(typeof m.time === 'string' && { time: m.time }),
      home: h.name,
      away: a.name,
      ...(h.country && { homeCountry: h.country }),
      ...(a.country && { awayCountry: a.country }),
      ...(typeof m.ground === 'string' && { venue: m.ground }),
      status,
      ...(result && { result }),
      ...(!ft && et && { fullTimeUnknown: true }),
      ...(awardedTo && { awardedTo }),
      ...(facts?.leg !== undefined && { leg: facts.leg }),
      ...(facts?.replay && { replay: true }),
    },
  };
}

export function parseFootballJson(text: string, options: FootballJsonOptions = {}): ImportResult {
  const { file } = options;
  const refused: Refusal[] = [];
  const base = { ...(file && { file }), tables: [], issues: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String(e));
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
    refused.push({
      ...(file && { file }),
      line,
      text: '',
      reason: 'invalid_json',
      detail: String((e as Error).message),
    });
    return { ...base, matches: [], refused };
  }
  if (!isObject(doc)) {
    refused.push({
      ...(file && { file }),
      line: 1,
      text: '',
      reason: 'invalid_json',
      detail: 'expected an object',
    });
    return { ...base, matches: [], refused };
  }
  const title = typeof doc.name === 'string' ? splitTitle(doc.name) : undefined;
  const lines = matchLines(text);
  const entries: { m: unknown; round?: string }[] = [];
  if (Array.isArray(doc.matches)) for (const m of doc.matches) entries.push({ m });
  if (Array.isArray(doc.rounds)) {
    for (const r of doc.rounds) {
      if (!isObject(r) || !Array.isArray(r.matches)) continue;
      for (const m of r.matches) entries.push({ m, ...(typeof r.name === 'string' && { round: r.name }) });
    }
  }
  const drafts: ImportedMatch[] = [];
  entries.forEach(({ m, round }, i) => {
    const line = lines[i] ?? 1;
    const read = readMatch(m, line, round, file);
    if ('error' in read) {
      refused.push({
        ...(file && { file }),
        line,
        text: JSON.stringify(m).slice(0, 200),
        reason: 'invalid_match',
        detail: read.error,
      });
    } else drafts.push(read.match);
  });
  const matches = assignTies(drafts);
  return {
    ...base,
    ...(title?.competition && { competition: title.competition }),
    ...(title?.season && { season: title.season }),
    matches,
    refused,
    issues: checkMatches(matches, { ...(options.asOf && { asOf: options.asOf }) }),
  };
}
