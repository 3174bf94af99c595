import type { MatchFactDoc, SeasonDoc } from '../core/definition/index.ts';
import { suspendedInMatch, suspendedText } from '../core/eligibility/index.ts';
import { checkMatchFact } from '../core/season/check-match-fact.ts';
import { crossCheck } from '../core/season/cross-check.ts';
import { formatPath, type IssueWords, type SeasonIssue } from '../core/season/issue.ts';
import { FACT_SECTIONS, type FactKind } from '../storage/index.ts';
import type { FactEntry } from './fact-entry.ts';
import type { SeasonSnapshot } from './season-snapshot.ts';

/** What is wrong with a write in the season it would land in: a path into the fact written (when the problem is in it) and why. */
export interface WriteIssue {
  readonly code: SeasonIssue['code'];
  /** Into the fact as written (`['goals', 'home', 0]`); empty when the problem lies elsewhere in the season. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The message as data, for a surface to say in its language. */
  readonly words?: IssueWords;
}

/** A write refused because the season would no longer hold together: errors as data, rendered at the edges. */
export class FactRejected extends Error {
  constructor(readonly issues: readonly WriteIssue[]) {
    super(`the fact does not fit the season: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'FactRejected';
  }
}

/**
 * A write that fitted the season its writer saw but not the season as it stands now: another
 * write, recorded in between, and this one cannot both hold (a result for a team excluded from
 * that date on, say). The writer should read the season again.
 */
export class FactConflict extends FactRejected {
  constructor(issues: readonly WriteIssue[]) {
    super(issues);
    this.name = 'FactConflict';
  }
}

const issuesOf = new WeakMap<SeasonDoc, ReadonlySet<string>>();
const said = (i: SeasonIssue) => `${i.code}\n${formatPath(i.path)}\n${i.message}`;

/** The errors a season already has, worked out once per version. */
function standing(doc: SeasonDoc): ReadonlySet<string> {
  let known = issuesOf.get(doc);
  if (!known) issuesOf.set(doc, (known = new Set(crossCheck(doc).map(said))));
  return known;
}

export interface CheckedWrite {
  /** The errors the fact brings. */
  readonly issues: WriteIssue[];
  /** Every error of the season with the fact in place, when the whole season was checked: see `sameIssuesAs`. */
  readonly standing?: ReadonlySet<string>;
}

/**
 * The cross-checks (references, unique ids, goals against the score, shoot-outs against their
 * kicks, exclusions against results) of the season with this one fact in place, its schema
 * having been checked at the boundary: only the errors the fact brings are its own. A match —
 * nearly every write of a match day — is checked on its own against the definition and the
 * exclusions (check-match-fact.ts), at a cost that does not grow with the season; any other fact
 * can touch many matches (an exclusion, a draw) and has the whole season checked.
 */
export function checkWrite(
  s: SeasonSnapshot,
  kind: FactKind,
  key: string,
  entry: FactEntry,
  options: WriteOptions = {},
): CheckedWrite {
  const section = FACT_SECTIONS[kind];
  const existing = s.keys[kind].indexOf(key);
  const at = existing >= 0 ? existing : (s.doc[section] as readonly unknown[]).length;
  if (kind === 'match') {
    const check = (m: MatchFactDoc) => [
      ...checkMatchFact(s.doc, s.index, m, at),
      ...(options.reason ? [] : suspendedIssues(s, m, at)),
    ];
    const before = existing >= 0 ? new Set(check(s.doc.matches[existing]!).map(said)) : new Set<string>();
    return { issues: ownIssues(check(entry as MatchFactDoc), before, section, at) };
  }
  const entries = [...(s.doc[section] as readonly unknown[])];
  entries[at] = entry;
  const candidate = { ...s.doc, [section]: entries } as SeasonDoc;
  const after = crossCheck(candidate);
  return { issues: ownIssues(after, standing(s.doc), section, at), standing: new Set(after.map(said)) };
}

export interface WriteOptions {
  /**
   * Why the write is made. A line-up naming a banned player is refused without one: it is nearly
   * always a slip, but when the player did play (and the match may be awarded for it) the office
   * records what happened, and the reason stays in the match's history.
   */
  readonly reason?: string;
}

/** The banned players the match's line-ups name, as errors at the line-up that names them. */
function suspendedIssues(s: SeasonSnapshot, m: MatchFactDoc, at: number): SeasonIssue[] {
  const name = (id: string) => s.index.teams.get(id)?.name ?? s.index.people.get(id)?.name ?? id;
  return suspendedInMatch(s.index, m, at).map((x) => ({
    code: 'suspended_player',
    path: ['matches', at, 'lineups', m.home === x.team ? 'home' : 'away'],
    message: `${suspendedText(x, name)}; if he did play, write the line-up again with a reason (the match's history keeps it)`,
  }));
}

/** The errors in `after` not already in `before`, with paths into the fact when they lie in it. */
function ownIssues(
  after: readonly SeasonIssue[],
  before: ReadonlySet<string>,
  section: string,
  at: number,
): WriteIssue[] {
  return after
    .filter((i) => i.severity !== 'warning' && !before.has(said(i)))
    .map((i) => {
      const own = i.path[0] === section && i.path[1] === at;
      return {
        code: i.code,
        path: own ? i.path.slice(2) : [],
        message: own ? i.message : `${formatPath(i.path)}: ${i.message}`,
        ...(own && i.words ? { words: i.words } : {}),
      };
    });
}

/**
 * `doc` is the season a write was checked against with exactly that write folded in: its errors
 * are the ones the check found, and need not be worked out again for the next write.
 */
export function sameIssuesAs(doc: SeasonDoc, checked: CheckedWrite): void {
  if (checked.standing) issuesOf.set(doc, checked.standing);
}
