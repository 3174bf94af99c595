import type { ImportedMatch } from '../model/index.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A match while its file is being read: scorers, notes and a referee may still be added. */
export type DraftMatch = Mutable<ImportedMatch>;

/**
 * A block that spans lines and ends when its brackets close: scorers `( … )`, a note `[ … ]`,
 * or a comment `<!-- … -->` (where RSSSF tables sit).
 */
export interface TextBlock {
  readonly kind: 'goals' | 'note' | 'comment';
  readonly line: number;
  text: string;
  depth: number;
  readonly match?: DraftMatch;
}

const depthOf = (s: string, open: string, close: string): number => {
  let d = 0;
  for (const c of s) d += c === open ? 1 : c === close ? -1 : 0;
  return d;
};

/** How far a line opens (positive) or closes (negative) a scorers or note block. */
export const blockDepth = (kind: 'goals' | 'note', s: string): number =>
  kind === 'goals' ? depthOf(s, '(', ')') + depthOf(s, '[', ']') : depthOf(s, '[', ']');

export function openBlock(kind: 'goals' | 'note', line: number, text: string, match?: DraftMatch): TextBlock {
  return { kind, line, text, depth: blockDepth(kind, text), ...(match && { match }) };
}

/** Adds one more line to a scorers or note block; true when the block is complete. */
export function continueBlock(block: TextBlock, raw: string): boolean {
  block.text += `\n${raw}`;
  if (block.kind !== 'comment') block.depth += blockDepth(block.kind, raw);
  return block.depth <= 0;
}
