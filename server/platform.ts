import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createServices } from './services-factory.ts';

const SHUTDOWN_DEADLINE_MS = 4_000;

type Say = (line: string) => void;
export type RunningServices = Awaited<ReturnType<typeof createServices>>;

/**
 * What an entry adds around the platform (the demo: its data and its simulator). The
 * platform calls these at fixed points of its start and stop and knows nothing of what they do.
 */
export interface PlatformExtension {
  /** After the migrations, before the services start: data an empty database should begin with. */
  prepare?(database: Database, say: Say): Promise<void>;
  /** Once the services exist, before the server listens. */
  populate?(services: RunningServices, say: Say): Promise<void>;
  /** Once the server listens: work beside it, stopped before the server closes. */
  start?(services: RunningServices, log: FastifyBaseLogger): { stop(): Promise<void> } | null;
  /** Lines of the start-up banner after the address. */
  describe?(say: Say): Promise<void>;
}

/**
 * start: config → database → migrate → (extension's data) → services → HTTP. Without an
 * extension the platform runs alone: the demo settings do not apply (as with EPIGRID_DEMO=0).
 */
export async function runPlatform(extend?: (config: Config) => PlatformExtension | null): Promise<void> {
  try {
    await startPlatform(extend);
  } catch (error: unknown) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`EpiGrid failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  }
}

async function startPlatform(extend: ((config: Config) => PlatformExtension | null) | undefined): Promise<void> {
  const config = loadConfig(process.env, { demoWired: extend !== undefined });
  const extension = extend?.(config) ?? null;
  const started = Date.now();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(config.database.kind === 'pglite'
    ? `EpiGrid: embedded PGlite database in ${config.database.dataDir}`
    : 'EpiGrid: PostgreSQL database from DATABASE_URL');
  const database = await openDatabase(config.database.kind === 'pglite'
    ? { kind: 'pglite', dataDir: config.database.dataDir }
    : { kind: 'postgres', url: config.database.url });
  const applied = await migrate(database);
  if (applied.length > 0) say(`migrations applied: ${applied.join(', ')}`);

  await extension?.prepare?.(database, say);

  const services = await createServices(config, database);
  await extension?.populate?.(services, say);
  const app = await buildApp(services);
  await app.listen({ port: config.port, host: config.host });
  const companion = extension?.start?.(services, app.log) ?? null;
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  say(`\nEpiGrid is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  say(`API docs: ${url}/api/docs`);
  await extension?.describe?.(say);

  const sessionSweep = setInterval(() => void services.sessions.purgeExpired().catch(() => {}), 3_600_000);
  sessionSweep.unref();
  let stopping = false;
  const stop = async (signal: string) => {
    // Ctrl-C reaches npm and the server at once and npm forwards its copy: one stop is enough.
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // A supervisor sends SIGKILL some seconds after SIGTERM: stop on our own terms before
    // that. Whatever was not answered by then was not acknowledged either.
    setTimeout(() => {
      app.log.error({ afterMs: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    clearInterval(sessionSweep);
    await companion?.stop();
    // Stops accepting, answers what is in flight (a declaration waiting for its batch
    // included) and closes the live streams. Node closes the connections idle at that moment
    // only: one that goes idle after its last answer would hold the port until its
    // keep-alive timeout, so keep closing them until the server is closed.
    const idleSweep = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(idleSweep);
    await services.stop();
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
