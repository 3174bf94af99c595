#!/usr/bin/env node
// The `torneo` command. `npm ci` builds dist/ (the prepare script); the CLI itself lives in src/cli.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
