/** Entry point of the built CLI (bin/clearpost.js imports this). */
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));
