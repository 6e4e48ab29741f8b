import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { GridLocator } from './geo/grid-locator.ts';
import type { SessionStore } from './modules/auth/session-store.ts';
import type { PiiCipher } from './pii/crypto.ts';
import type { PhotoStore } from './storage/photo-store.ts';
import type { CheckpointTokenCache } from './modules/checkpoints/token-cache.ts';
import type { WarningRulesStore } from './modules/declarations/rules-store.ts';
import type { DeclarationIntake } from './modules/declarations/service.ts';
import type { LiveHub } from './live/hub.ts';

/** What the routes are built from: created once in main (or a test), passed to every module. */
export interface AppServices {
  config: Config;
  database: Database;
  locator: GridLocator;
  sessions: SessionStore;
  pii: PiiCipher;
  photos: PhotoStore;
  checkpointTokens: CheckpointTokenCache;
  warningRules: WarningRulesStore;
  declarations: DeclarationIntake;
  live: LiveHub;
}
