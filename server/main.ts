import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { resolveDemoPassword } from '../demo/password.ts';
import { seedDemoIfEmpty, syncDemoPassword } from '../demo/seed.ts';
import { describeHistory, seedDemoHistory } from '../demo/history/index.ts';
import { generatedWorkers } from '../demo/history/workers.ts';
import { startDemoSimulator } from '../demo/simulator/index.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createServices } from './services-factory.ts';

const SHUTDOWN_DEADLINE_MS = 4_000;

/** start: config → database → migrate → (demo data) → services → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
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

  let demoPassword: { password: string; source: string } | null = null;
  if (config.demo) {
    demoPassword = await resolveDemoPassword(config.dataDir, config.demoPassword);
    const seeded = await seedDemoIfEmpty(database, demoPassword.password);
    if (seeded.seeded) say(`demo data loaded: ${seeded.regions} regions of Liaocheng, ${seeded.accounts} demo accounts, ${seeded.checkpoints} checkpoints`);
    else if (seeded.checkpoints > 0) say(`demo checkpoints added: ${seeded.checkpoints}`);
    else if (demoPassword.source === 'env') await syncDemoPassword(database, demoPassword.password);
  }

  const services = await createServices(config, database);
  if (demoPassword) {
    const historyStarted = Date.now();
    // The demo works without its history: a failure here is reported, not fatal (nothing of it was kept).
    const history = await seedDemoHistory(database, services.pii, { password: demoPassword.password }).catch((error: unknown) => {
      process.stderr.write(`demo history not generated: ${error instanceof Error ? error.message : String(error)}\n`);
      return null;
    });
    if (history) say(describeHistory(history, (Date.now() - historyStarted) / 1000));
  }
  const app = await buildApp(services);
  await app.listen({ port: config.port, host: config.host });
  const simulator = config.simulate ? startDemoSimulator(services, app.log) : null;
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  say(`\nEpiGrid is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  say(`API docs: ${url}/api/docs`);
  if (config.hostIsLoopbackDefault) {
    say('Listening on 127.0.0.1 only, because the demo accounts below share one printed password.');
    say('To reach it from phones or other machines, start with HOST=0.0.0.0 (anyone who can reach it can then sign in with that password).');
  }
  if (demoPassword) {
    say('\nDemo accounts (demo data only — never use them in production):');
    for (const a of DEMO_ACCOUNTS) say(`  ${a.username.padEnd(20)} ${a.role.padEnd(12)} ${a.displayName}`);
    const workers = await generatedWorkers(database.db);
    if (workers) say(`  ${'gw<grid code>'.padEnd(20)} ${'grid_worker'.padEnd(12)} the workers of the other ${workers.count.toLocaleString('en-US')} grids, e.g. ${workers.example}`);
    say(`  password: ${demoPassword.password}${demoPassword.source === 'env' ? ' (from EPIGRID_DEMO_PASSWORD)' : ` (kept in ${config.dataDir}/demo-password.txt)`}`);
  }
  if (simulator) say('\nDemo simulator on: simulated activity (marked 【模拟】) is added every few seconds; EPIGRID_SIMULATE=0 turns it off.');

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
    await simulator?.stop();
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`EpiGrid failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
