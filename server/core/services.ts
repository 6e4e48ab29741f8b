import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { GridLocator } from '../geo/grid-locator.ts';
import type { PiiCipher } from '../pii/crypto.ts';
import type { PhotoStore } from '../storage/photo-store.ts';

/**
 * What the routes are built from: created once by the server's wiring (or a test), passed to
 * every module. The platform's parts are named here; a module that owns a long-lived part
 * (sessions, the declaration intake…) adds it beside the class, by declaration merging, so
 * this file names no module and every module may import it.
 */
export interface AppServices {
  config: Config;
  database: Database;
  locator: GridLocator;
  pii: PiiCipher;
  photos: PhotoStore;
}
