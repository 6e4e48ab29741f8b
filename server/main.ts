import { runPlatform } from './platform.ts';

/** The platform alone, for a process manager (the web apps built beforehand): no demo data, no simulator. */
await runPlatform();
