import { isPartial, type TableCompleteness } from '../core/engine/index.ts';
import type { Translate } from './translate.ts';

/**
 * What a table counts, in words: "4 of 56 matches have a recorded result". Every number says
 * what it counts; matches with a result, played without one, and never recorded are told apart.
 */
export function countText(t: Translate, c: TableCompleteness): string {
  return c.expected !== undefined
    ? t('partial.counted', { n: c.withResult, expected: c.expected })
    : t('partial.countedNoExpected', { n: c.withResult });
}

/**
 * The warnings of a table computed from incomplete results, one sentence each, in the language
 * of `t`; none for a table that counts every result (or is in progress with nothing missing).
 */
export function partialWarnings(t: Translate, c: TableCompleteness): string[] {
  if (!isPartial(c)) return [];
  const out = [
    c.stageOver
      ? t('partial.over', { counted: countText(t, c) })
      : t('partial.soFar', { counted: countText(t, c) }),
  ];
  if (c.resultUnknown > 0) out.push(t('comp.resultsUnknown', { n: c.resultUnknown }));
  if (c.stageOver && c.notRecorded)
    out.push(t('partial.notRecorded', { n: c.notRecorded, expected: c.expected! }));
  return out;
}
