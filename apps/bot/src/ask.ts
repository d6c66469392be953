import { runAsk } from './console/run-ask.js';

const result = runAsk(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
