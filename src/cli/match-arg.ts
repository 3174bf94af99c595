import { findMatch } from '../core/season/find-match.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import { CliError } from './cli-error.ts';

/** `<match>` on the command line: a match id or a short form, resolved within the season. */
export function resolveMatchArg(index: SeasonIndex, reference: string): { index: number; id: string } {
  const found = findMatch(index, reference);
  switch (found.kind) {
    case 'found':
      return { index: found.index, id: found.id };
    case 'ambiguous':
      throw new CliError(
        'usage',
        `'${reference}' names ${found.candidates.length} matches; give the match id, or add @date${found.example ? ` (e.g. ${reference.split('@')[0]}@${found.example})` : ' or @round'}`,
        found.candidates.map((c) => `  ${c}`),
      );
    case 'unknown':
      throw new CliError(
        'not_found',
        `no match '${reference}' in season '${index.doc.season.id}'${found.suggestion ? ` — did you mean '${found.suggestion}'?` : ''}`,
      );
  }
}
