import type { Config } from '../server/config.ts';
import type { Database } from '../server/db/database.ts';
import type { PlatformExtension } from '../server/platform.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { DEPARTMENT_ACCOUNTS } from './departments.ts';
import { describeHistory, seedDemoHistory } from './history/index.ts';
import { generatedWorkers } from './history/workers.ts';
import { resolveDemoPassword } from './password.ts';
import { seedDemoIfEmpty, syncDemoPassword } from './seed.ts';
import { startDemoSimulator } from './simulator/index.ts';

/**
 * The demo around the platform: the Liaocheng geography and accounts on an empty database,
 * 30 days of history on one without facts, the simulator once the server listens, and the
 * accounts in the start-up banner. None of it when EPIGRID_DEMO=0.
 */
export function demoExtension(config: Config): PlatformExtension | null {
  if (!config.demo) return null;
  let demoPassword: { password: string; source: string };
  let demoDatabase: Database;
  let simulating = false;
  return {
    async prepare(database, say) {
      demoDatabase = database;
      demoPassword = await resolveDemoPassword(config.dataDir, config.demoPassword);
      const seeded = await seedDemoIfEmpty(database, demoPassword.password);
      if (seeded.seeded) say(`demo data loaded: ${seeded.regions} regions of Liaocheng, ${seeded.accounts} demo accounts, ${seeded.checkpoints} checkpoints`);
      else if (seeded.checkpoints > 0) say(`demo checkpoints added: ${seeded.checkpoints}`);
      else if (demoPassword.source === 'env') await syncDemoPassword(database, demoPassword.password);
    },
    async populate(services, say) {
      const historyStarted = Date.now();
      // The demo works without its history: a failure here is reported, not fatal (nothing of it was kept).
      const history = await seedDemoHistory(services.database, services.pii, { password: demoPassword.password }).catch((error: unknown) => {
        process.stderr.write(`demo history not generated: ${error instanceof Error ? error.message : String(error)}\n`);
        return null;
      });
      if (history) say(describeHistory(history, (Date.now() - historyStarted) / 1000));
    },
    start(services, log) {
      if (!config.simulate) return null;
      simulating = true;
      return startDemoSimulator(services, log);
    },
    async describe(say) {
      if (config.hostIsLoopbackDefault) {
        say('Listening on 127.0.0.1 only, because the demo accounts below share one printed password.');
        say('To reach it from phones or other machines, start with HOST=0.0.0.0 (anyone who can reach it can then sign in with that password).');
      }
      say('\nDemo accounts (demo data only — never use them in production):');
      for (const a of DEMO_ACCOUNTS) say(`  ${a.username.padEnd(20)} ${a.role.padEnd(12)} ${a.displayName}`);
      for (const a of DEPARTMENT_ACCOUNTS) say(`  ${a.username.padEnd(20)} ${a.role.padEnd(12)} ${a.displayName}（${a.department}）`);
      const workers = await generatedWorkers(demoDatabase.db);
      if (workers) say(`  ${'gw<grid code>'.padEnd(20)} ${'grid_worker'.padEnd(12)} the workers of the other ${workers.count.toLocaleString('en-US')} grids, e.g. ${workers.example}`);
      say(`  password: ${demoPassword.password}${demoPassword.source === 'env' ? ' (from EPIGRID_DEMO_PASSWORD)' : ` (kept in ${config.dataDir}/demo-password.txt)`}`);
      if (simulating) say('\nDemo simulator on: simulated activity (marked 【模拟】) is added every few seconds; EPIGRID_SIMULATE=0 turns it off.');
    },
  };
}
