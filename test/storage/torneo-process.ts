// The torneo command as a separate process, from the sources (bin/torneo.js needs a build):
// what the crash tests start and kill.
import { main } from '../../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
