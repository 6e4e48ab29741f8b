import { buildWebIfNeeded } from '../scripts/build-web.ts';

/** The browser tests drive the built console: build it first when its sources changed. */
export default async function setup(): Promise<void> {
  await buildWebIfNeeded();
}
