import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { CHANNELS, PROCESS_ID } from './db/notify.ts';
import { GridLocator } from './geo/grid-locator.ts';
import { SessionStore } from './modules/auth/session-store.ts';
import { listGridShapes } from './modules/regions/store.ts';
import { PiiCipher } from './pii/crypto.ts';
import { checkKeyFingerprint } from './pii/key-check.ts';
import { loadOrCreateKeyFile } from './pii/key-store.ts';
import type { AppServices } from './core/services.ts';
import { PhotoStore } from './storage/photo-store.ts';
import { CheckpointTokenCache } from './modules/checkpoints/token-cache.ts';
import { CheckpointRateLimiter } from './modules/declarations/checkpoint-rate.ts';
import { WarningRulesStore } from './modules/declarations/rules-store.ts';
import { DeclarationIntake } from './modules/declarations/service.ts';
import { LiveHub } from './live/hub.ts';
import { startScheduledSends } from './modules/instructions/scheduled.ts';
import { startEscalations } from './modules/events/escalation.ts';
import { OutboundWorker } from './modules/outbound/worker.ts';

/** Wires the services over an open, migrated database; used by main and by the tests. */
export async function createServices(config: Config, database: Database, piiKey?: Buffer): Promise<AppServices & { stop(): Promise<void> }> {
  const pii = new PiiCipher(piiKey ?? config.piiKey ?? (await loadOrCreateKeyFile(config.dataDir)));
  await checkKeyFingerprint(database.db, pii);
  const locator = new GridLocator(() => listGridShapes(database.db));
  await locator.rebuild();
  // Another process imported regions: rebuild our index too (our own imports rebuild directly).
  // The old index keeps answering; the next change or a restart retries.
  const rebuildLocator = () => locator.rebuild().catch((error: unknown) => process.emitWarning(`grid index rebuild failed: ${(error as Error).message}`));
  // After a lost database connection the notices sent meanwhile are gone: reload as if one came.
  const unlisten = await database.listen(CHANNELS.regionsChanged, (sender) => {
    if (sender !== PROCESS_ID) void rebuildLocator();
  }, () => void rebuildLocator());
  const sessions = new SessionStore(database.db, config.sessionHours);
  const checkpointTokens = new CheckpointTokenCache(database.db);
  const warningRules = new WarningRulesStore(database.db);
  await Promise.all([checkpointTokens.reload(), warningRules.reload()]);
  const reloadCheckpoints = () => checkpointTokens.reload().catch((error: unknown) => process.emitWarning(`checkpoint cache reload failed: ${(error as Error).message}`));
  const reloadRules = () => warningRules.reload().catch((error: unknown) => process.emitWarning(`warning rules reload failed: ${(error as Error).message}`));
  const stopCheckpoints = await database.listen(CHANNELS.checkpointsChanged, (sender) => {
    if (sender !== PROCESS_ID) void reloadCheckpoints();
  }, () => void reloadCheckpoints());
  const stopRules = await database.listen(CHANNELS.settingsChanged, () => void reloadRules(), () => void reloadRules());
  const outbound = new OutboundWorker(database, pii, config.outbound);
  outbound.start();
  const declarations = new DeclarationIntake(database, pii, checkpointTokens, warningRules,
    new CheckpointRateLimiter(config.declarationLimits.perCheckpointPerMinute), outbound.routing,
    // PGlite has one connection: one batch at a time. A server takes a few in parallel.
    { maxBatch: 500, maxWaitMs: 4, maxConcurrent: database.kind === 'pglite' ? 1 : 3 });
  // Two messages a second at most per open panel: a morning rush must not flood the browsers.
  const live = new LiveHub({ coalesceMs: 500, maxClients: 2_000 });
  await live.start(database);
  const stopScheduledSends = startScheduledSends(database);
  const stopEscalations = startEscalations(database, outbound.routing);
  return {
    config, database, locator, sessions, pii, photos: new PhotoStore(config.uploadsDir), checkpointTokens, warningRules, declarations, live, outbound,
    async stop() {
      stopScheduledSends();
      stopEscalations();
      await outbound.stop();
      await declarations.drain();
      await live.stop();
      await Promise.all([unlisten(), stopCheckpoints(), stopRules()]);
    },
  };
}
