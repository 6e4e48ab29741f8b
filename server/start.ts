import { buildWebIfNeeded } from '../scripts/build-web.ts';

/**
 * `npm start`: build the web apps when their sources changed, then run the server in this
 * same process, so the signals npm forwards (SIGTERM, SIGINT) reach the server itself.
 */
const buildStarted = Date.now();
try {
  if (await buildWebIfNeeded()) process.stdout.write(`web apps built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s\n`);
} catch (error: unknown) {
  process.stderr.write(`web build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import('./main.ts');
