#!/usr/bin/env node
// The `torneo` command. `npm ci` compiles dist/ once (the prepare script) and this runs it. In a
// clone whose sources changed since (a pull, an edit) or that was never built, the compiled files
// would be missing or out of date: then the sources themselves run, through tsx, instead of stale
// code or an error; `npm run build` makes the compiled files current again. An installed package
// has no sources and always runs dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/cli/main.js', root);
const sources = fileURLToPath(new URL('src/', root));

/** The newest modification time of the TypeScript sources, or 0 when there are none. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const built = existsSync(compiled) ? statSync(compiled).mtimeMs : 0;
const current = built > 0 && (!existsSync(sources) || newestSource(sources) <= built);

let main;
if (current) ({ main } = await import(compiled.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('src/cli/main.ts', root).href));
}
process.exitCode = await main(process.argv.slice(2));
