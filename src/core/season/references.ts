import { suggest } from '../names/suggest.ts';
import type { IssuePath, SeasonIssue } from './issue.ts';

/** Collects reference errors: "unknown team 'X' — did you mean 'Y'?" with the path of the reference. */
export class ReferenceChecker {
  readonly issues: SeasonIssue[] = [];

  ref(
    kind: string,
    id: string | undefined,
    known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
    path: IssuePath,
    names?: ReadonlyMap<string, string>,
  ): boolean {
    if (id === undefined || known.has(id)) return true;
    const byName = names ? [...names.entries()].find(([, n]) => n === id)?.[0] : undefined;
    const candidates = [...known.keys()];
    const hint = byName ?? suggest(id, names ? [...candidates, ...names.values()] : candidates);
    const idHint =
      hint && names && !known.has(hint) ? [...names.entries()].find(([, n]) => n === hint)?.[0] : hint;
    this.issues.push({
      code: 'unknown_reference',
      path,
      message: `unknown ${kind} '${id}'${idHint ? ` — did you mean '${idHint}'?` : ''}`,
      expected: `the id of a ${kind} defined in this season`,
      ...(idHint ? { suggestion: idHint } : {}),
    });
    return false;
  }

  unique(kind: string, ids: readonly string[], path: (i: number) => IssuePath): void {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        this.issues.push({
          code: 'duplicate_id',
          path: path(i),
          message: `duplicate ${kind} id '${id}' (first defined at index ${first})`,
          expected: `a ${kind} id used once`,
        });
    });
  }

  add(issue: SeasonIssue): void {
    this.issues.push(issue);
  }
}
