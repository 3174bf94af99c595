import type { YAMLError } from 'yaml';

/** A YAML syntax error said in a season writer's words, at the place where it starts. */
export interface SyntaxCause {
  /** Offset in the text: where the mistake is, which may be before where the parser noticed it. */
  readonly offset: number;
  readonly message: string;
  readonly expected: string;
}

/**
 * The first error of a file is the real cause; those after it usually follow from it (one
 * unclosed `[` makes every later line look wrong), so only the first is reported.
 */
export function syntaxCause(error: YAMLError, text: string): SyntaxCause {
  const at = error.pos[0];
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(first);
      if (!flow) break;
      const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
      return {
        offset: unclosed(text, at, open, close) ?? at,
        message: `this '${open}' is never closed with '${close}'`,
        expected: `'${close}' at the end of the list on the same line, or the list written one item per line`,
      };
    }
    case 'MISSING_CHAR':
      if (/quote/.test(first))
        return {
          offset: at,
          message: 'a quoted text is not closed',
          expected: 'the same quote mark at the end of the text',
        };
      break;
    case 'DUPLICATE_KEY':
      return {
        offset: at,
        message: 'a field is written twice in the same entry',
        expected: 'each field once',
      };
    case 'TAB_AS_INDENT':
      return { offset: at, message: 'a tab is used to indent', expected: 'spaces for indentation' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        offset: at,
        message: "a second ': ' on one line",
        expected: "one 'field: value' per line; quote a value that contains ': '",
      };
  }
  return { offset: at, message: `YAML syntax: ${first}`, expected: 'valid YAML' };
}

/** The last `open` before `at` that is not closed before it, ignoring quoted text: where a flow list began. */
function unclosed(text: string, at: number, open: string, close: string): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === open) stack.push(i);
    else if (c === close) stack.pop();
    if (c === '\n') quote = undefined;
  }
  return stack.at(-1);
}
