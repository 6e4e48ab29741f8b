import { buildWebIfNeeded } from '../scripts/build-web.ts';
import type { Config } from './config.ts';
import { runPlatform, type PlatformExtension } from './platform.ts';

/**
 * Builds the web apps when their sources changed, then runs the platform in this same process,
 * so the signals npm forwards (SIGTERM, SIGINT) reach the server itself.
 */
export async function launch(extend?: (config: Config) => PlatformExtension | null): Promise<void> {
  const buildStarted = Date.now();
  try {
    if (await buildWebIfNeeded()) process.stdout.write(`web apps built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s\n`);
  } catch (error: unknown) {
    process.stderr.write(`web build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  await runPlatform(extend);
}
