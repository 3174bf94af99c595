import { fileURLToPath } from 'node:url';

/**
 * The node arguments that run a sibling script of the calling module: the compiled `.js` when
 * the caller is compiled (the bench's normal way, see tsconfig.bench.json), else the `.ts`
 * through tsx.
 */
export function nodeScript(base: string, relative: string): string[] {
  const compiled = base.endsWith('.js');
  const path = fileURLToPath(new URL(compiled ? relative.replace(/\.ts$/, '.js') : relative, base));
  return compiled ? [path] : ['--import', 'tsx', path];
}
